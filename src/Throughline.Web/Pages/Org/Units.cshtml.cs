using Throughline.Core.Analysis;
using Throughline.Web.Items;

namespace Throughline.Web.Pages.Org;

/// <summary>The units: the organization's tree, each unit with its people, objectives, initiatives and load against capacity.</summary>
public sealed class UnitsModel : OrgPageModel
{
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync() => Units = await ReadAsync(view =>
    {
        var figures = new UnitFigures(view, Permissions.Hidden(Access, view));
        var tree = figures.Tree();
        var people = figures.PeopleBelow(tree);
        var units = view.Plan.Organization.Units;
        var rows = new List<UnitRow>(tree.Count);
        foreach (var (u, depth) in tree)
        {
            var unit = units[u];
            var atRisk = figures.Objectives[u].Count(o => view.Result.Objective(o).Status is ProgressStatus.AtRisk or ProgressStatus.OffTrack);
            rows.Add(new UnitRow(
                unit.Id,
                string.IsNullOrWhiteSpace(unit.Name) ? unit.Id : unit.Name,
                depth,
                people[u],
                unit.Members.Count,
                figures.Objectives[u].Count,
                atRisk,
                figures.Initiatives[u].Count,
                figures.Load(u)));
        }

        return rows;
    });
}
