using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;
using Throughline.Web.Analysis;
using Throughline.Web.Items;

namespace Throughline.Web.Pages.Org;

public sealed record UnitRef(string Id, string Name);

public sealed record UnitObjective(string Id, string Title, string? Owner, DateOnly? Due, int KeyResults, double Progress, string Status);

public sealed record UnitInitiative(string Id, string Title, string? Owner, string Status, DateOnly? Start, DateOnly? End, double? Effort, bool Aligned);

public sealed record UnitMonth(DateOnly Month, double Load, double OwnLoad, double? Capacity, double? Fill, bool Over);

public sealed record UnitSharedGoal(string GoalId, string? GoalTitle, IReadOnlyList<UnitRef> OtherUnits);

public sealed record UnitDependencyLine(string InitiativeId, UnitRef OtherUnit, string OtherInitiativeId);

/// <summary>Everything the unit page shows, copied out of the analysis.</summary>
public sealed record UnitPage(
    UnitRef Unit,
    double? CapacityFte,
    IReadOnlyList<UnitRef> Ancestors,
    IReadOnlyList<UnitRef> SubUnits,
    int People,
    IReadOnlyList<string> Members,
    IReadOnlyList<UnitObjective> Objectives,
    IReadOnlyList<UnitInitiative> Initiatives,
    IReadOnlyList<UnitMonth> Months,
    double Tolerance,
    IReadOnlyList<UnitSharedGoal> SharedGoals,
    IReadOnlyList<UnitDependencyLine> DependsOn,
    IReadOnlyList<UnitDependencyLine> DependedOnBy,
    IReadOnlyList<UnitRef> BridgeDepartments,
    bool Isolated,
    IReadOnlyList<FindingResponse> SiloFindings,
    IReadOnlyList<FindingResponse> Findings);

/// <summary>One unit: its objectives and initiatives, load against capacity by month, links to other units and findings.</summary>
public sealed class UnitModel : OrgPageModel
{
    public UnitPage Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var page = await ReadAsync(view => UnitPages.Build(Access, view, id));
        if (page is null)
        {
            return NotFound();
        }

        Details = page;
        return Page();
    }
}
