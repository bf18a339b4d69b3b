using Throughline.Core.Analysis;

namespace Throughline.Core.Silos;

/// <summary>
/// Builds the <see cref="SiloMap"/> of a plan in time near-linear in its size: goals are propagated once
/// down the objective tree, a unit's links to a goal are counted from the goal's units sorted in tree order,
/// and dependencies are read once each.
/// </summary>
internal static class SiloMapBuilder
{
    public static SiloMap Build(PlanGraph graph)
    {
        var lines = new UnitLines(graph);
        var served = new ServedGoals(graph);
        var units = graph.Plan.Organization.Units;
        var links = new UnitLinks?[graph.UnitCount];
        UnitLinks LinksOf(int u) => links[u] ??= new UnitLinks(u, units[u].Id, units[lines.Department[u]].Id);

        foreach (var u in graph.ObjectiveUnit.Where(u => u >= 0))
        {
            LinksOf(u).ObjectiveCount++;
        }

        foreach (var u in graph.InitiativeUnit.Where(u => u >= 0))
        {
            LinksOf(u).InitiativeCount++;
        }

        var departments = new DepartmentLinks(graph, lines);
        departments.AddGoals(served);
        LinkGoals(graph, lines, served, links);
        LinkDependencies(graph, lines, links, departments);
        var bridges = Bridges.Find(graph);
        foreach (var (u, bridge, bridgeDepartments) in bridges)
        {
            links[u]?.Bridge = bridge;
            departments.AddBridge(bridge, bridgeDepartments);
        }

        var mapped = new List<UnitLinks>();
        for (var u = 0; u < graph.UnitCount; u++)
        {
            if (links[u] is not { } unit)
            {
                continue;
            }

            unit.IsIsolated = unit.ObjectiveCount > 0 && unit.SharedGoals.Count == 0
                && unit.DependsOn.Count == 0 && unit.DependedOnBy.Count == 0 && lines.OutsideLineCount(u) > 0;
            mapped.Add(unit);
        }

        return new SiloMap(mapped, [.. bridges.Select(b => b.Bridge)], departments.ToList()) { Served = served };
    }

    private static void LinkGoals(PlanGraph graph, UnitLines lines, ServedGoals served, UnitLinks?[] links)
    {
        var goals = graph.Plan.Goals;
        var units = graph.Plan.Organization.Units;
        var enters = new int[graph.GoalCount][];
        for (var g = 0; g < graph.GoalCount; g++)
        {
            enters[g] = [.. served.UnitsOf[g].Select(u => lines.Enter[u])];
            Array.Sort(enters[g]);
        }

        for (var u = 0; u < graph.UnitCount; u++)
        {
            if (links[u] is not { } unit || served.GoalsOfUnit[u].Length == 0)
            {
                continue;
            }

            var shared = new List<SharedGoal>();
            foreach (var g in served.GoalsOfUnit[u])
            {
                var others = lines.OutsideLineCount(u, enters[g]);
                if (others > 0)
                {
                    var goal = g;
                    var unitIndex = u;
                    shared.Add(new SharedGoal(goals[g].Id, others, () => [.. served.UnitsOf[goal]
                        .Where(v => !lines.SameLine(unitIndex, v))
                        .Select(v => units[v].Id)]));
                }
            }

            unit.Goals = [.. served.GoalsOfUnit[u].Select(g => goals[g].Id)];
            unit.SharedGoals = shared;
        }
    }

    private static void LinkDependencies(PlanGraph graph, UnitLines lines, UnitLinks?[] links, DepartmentLinks departments)
    {
        var initiatives = graph.Plan.Initiatives;
        var units = graph.Plan.Organization.Units;
        var dependsOn = new List<UnitDependency>?[graph.UnitCount];
        var dependedOnBy = new List<UnitDependency>?[graph.UnitCount];
        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            var unit = graph.InitiativeUnit[i];
            foreach (var j in graph.InitiativeDependsOn.Of(i))
            {
                var other = graph.InitiativeUnit[j];
                if (unit < 0 || other < 0 || lines.SameLine(unit, other))
                {
                    continue;
                }

                (dependsOn[unit] ??= []).Add(new UnitDependency(initiatives[i].Id, units[other].Id, initiatives[j].Id));
                (dependedOnBy[other] ??= []).Add(new UnitDependency(initiatives[j].Id, units[unit].Id, initiatives[i].Id));
                departments.AddDependency(unit, other);
            }
        }

        for (var u = 0; u < graph.UnitCount; u++)
        {
            if (links[u] is { } unitLinks)
            {
                unitLinks.DependsOn = dependsOn[u] ?? [];
                unitLinks.DependedOnBy = dependedOnBy[u] ?? [];
            }
        }
    }
}
