using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Organizations;

namespace Throughline.Web.Pages.Org;

/// <summary>Builds the unit page from the analysis: linear in the plan, with the capacity figures read as the engine computed them.</summary>
public static class UnitPages
{
    /// <summary>The page of unit <paramref name="id"/>; null when the plan has no such unit.</summary>
    public static UnitPage? Build(OrganizationAccess access, OrganizationView view, string id)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Index.Find(id) is not { Kind: Core.Plans.PlanItemKind.Unit, Element: Unit unit })
        {
            return null;
        }

        var hidden = Permissions.Hidden(access, view);
        var figures = new UnitFigures(view, hidden);
        var units = view.Plan.Organization.Units;
        var u = figures.IndexOf(id)!.Value;
        var tree = figures.Tree();
        var people = figures.PeopleBelow(tree);
        var result = view.Result;
        var plan = view.Plan;

        var objectives = figures.Objectives[u].Select(o =>
        {
            var objective = plan.Objectives[o];
            var state = result.Objective(o);
            return new UnitObjective(objective.Id, objective.Title, objective.Owner, objective.Due, objective.KeyResults.Count, state.Progress, state.Status.Key());
        }).ToList();

        var initiatives = figures.Initiatives[u].Select(i =>
        {
            var initiative = plan.Initiatives[i];
            return new UnitInitiative(
                initiative.Id,
                initiative.Title,
                initiative.Owner,
                (initiative.Status ?? InitiativeStatus.Planned).ToString().ToLowerInvariant(),
                initiative.Start,
                initiative.End,
                initiative.Effort,
                result.HasLineOfSight(ElementKind.Initiative, i));
        }).ToList();

        var months = new List<UnitMonth>();
        if (figures.GraphIndex(units, u) is { } g)
        {
            var capacity = result.Capacity;
            for (var m = 0; m < capacity.MonthCount; m++)
            {
                var row = capacity.Row(g, m);
                months.Add(new UnitMonth(row.Month, row.Load, row.OwnLoad, row.Capacity, row.Utilization, capacity.IsOver(g, m, figures.Tolerance)));
            }

            // After the unit's last month with load only its capacity goes on: the chart and table stop there.
            var kept = months.FindLastIndex(month => month.Load > 0) + 1;
            months.RemoveRange(kept, months.Count - kept);
        }

        var links = result.Silos.Find(id);
        var sharedGoals = links?.SharedGoals
            .Select(shared => new UnitSharedGoal(shared.GoalId, view.Index.Find<Goal>(shared.GoalId)?.Title, [.. shared.OtherUnitIds.Select(other => Ref(view, other))]))
            .ToList() ?? [];
        var dependsOn = links?.DependsOn.Select(d => new UnitDependencyLine(d.InitiativeId, Ref(view, d.OtherUnitId), d.OtherInitiativeId)).ToList() ?? [];
        var dependedOnBy = links?.DependedOnBy.Select(d => new UnitDependencyLine(d.InitiativeId, Ref(view, d.OtherUnitId), d.OtherInitiativeId)).ToList() ?? [];
        var bridge = links?.Bridge?.Departments.Select(d => Ref(view, d.DepartmentId)).ToList() ?? [];

        var siloFindings = new List<FindingResponse>();
        var findings = new List<FindingResponse>();
        foreach (var finding in result.Findings)
        {
            if (!Permissions.Conceals(hidden, finding) && AnalysisApi.UnitOf(view, finding) == id)
            {
                (finding.Family == "silo" ? siloFindings : findings).Add(FindingResponse.From(finding));
            }
        }

        var ancestors = new List<UnitRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        for (var parent = unit.Parent; parent is not null && seen.Add(parent) && view.Index.Find<Unit>(parent) is { } above; parent = above.Parent)
        {
            ancestors.Insert(0, Ref(view, above.Id));
        }

        return new UnitPage(
            Ref(view, id),
            unit.Capacity,
            ancestors,
            [.. units.Where(child => child.Parent == id && child.Id != id).Select(child => Ref(view, child.Id))],
            people[u],
            [.. unit.Members.Select(member => view.Index.Find<Person>(member)?.Name ?? member)],
            objectives,
            initiatives,
            months,
            figures.Tolerance,
            sharedGoals,
            dependsOn,
            dependedOnBy,
            bridge,
            links?.IsIsolated ?? false,
            siloFindings,
            findings);
    }

    private static UnitRef Ref(OrganizationView view, string unitId) =>
        new(unitId, view.Index.Find<Unit>(unitId) is { Name: { Length: > 0 } name } ? name : unitId);
}
