using Throughline.Web.Analysis;
using Throughline.Web.Messages;
using Throughline.Web.Storage;
using Throughline.Web.Wins;

namespace Throughline.Web.Pages.Org;

/// <summary>
/// The home page: the vision, its goals with rolled-up progress, the scores, the findings that matter most, how the
/// latest strategic messages came across and the latest wins.
/// </summary>
public sealed class HomeModel(ThroughlineDb db, PlanCache cache, MessageBook messages) : OrgPageModel
{
    /// <summary>The home page shows the latest few wins; the wins page has them all.</summary>
    public const int WinCount = 5;

    public HomeResponse Home { get; private set; } = null!;

    public WinsCard Wins { get; private set; } = null!;

    /// <summary>The home page shows how the latest few strategic messages came across; the messages page has them all.</summary>
    public const int MessageCount = 3;

    public MessagesCard Messages { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Home = await ReadAsync(view => HomeApi.Build(Access, view, Date));
        var wins = await WinsApi.ReadAsync(db, cache, Access, Date, WinCount, cancellationToken);
        Wins = new WinsCard(Slug, wins.Wins, Access.CanWrite && AsOf is null);
        Messages = await messages.CardAsync(Access, MessageCount, cancellationToken);
    }
}
