using Throughline.Web.Analysis;

namespace Throughline.Web.Pages.Org;

/// <summary>The home page: the vision, its goals with rolled-up progress, the scores and the findings that matter most.</summary>
public sealed class HomeModel : OrgPageModel
{
    public HomeResponse Home { get; private set; } = null!;

    public async Task OnGetAsync() => Home = await ReadAsync(view => HomeApi.Build(Access, view, Date));
}
