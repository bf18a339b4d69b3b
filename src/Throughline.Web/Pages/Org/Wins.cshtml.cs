using Microsoft.AspNetCore.Mvc;
using Throughline.Web.Analysis;
using Throughline.Web.Storage;
using Throughline.Web.Wins;

namespace Throughline.Web.Pages.Org;

/// <summary>The wins of the plan, newest first, and kudos on them (docs/cadences.md#wins-and-kudos).</summary>
public sealed class WinsModel(ThroughlineDb db, PlanCache cache, TimeProvider time) : OrgPageModel
{
    public WinsCard Card { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var wins = await WinsApi.ReadAsync(db, cache, Access, Date, 200, cancellationToken);
        Card = new WinsCard(Slug, wins.Wins, Access.CanWrite && AsOf is null);
    }

    public async Task<IActionResult> OnPostAsync(string? win, CancellationToken cancellationToken)
    {
        var refusal = await WinsApi.GiveAsync(db, cache, Access, win ?? "", time, cancellationToken);
        Notice = refusal is null ? "Kudos given." : refusal.ProblemDetails.Detail;
        return Redirect(OrgUrl("wins"));
    }
}
