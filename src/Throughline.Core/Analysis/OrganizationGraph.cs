using Throughline.Core.Model;

namespace Throughline.Core.Analysis;

/// <summary>Compiles the organization (the unit tree, people) and who owns and carries what into the graph.</summary>
internal static class OrganizationGraph
{
    public static void Build(PlanGraph graph, Plan plan, Dictionary<string, int> initiativeIndex)
    {
        var units = plan.Organization.Units;
        var people = plan.Organization.People;
        var unitIndex = PlanGraphBuilder.IndexById(units);
        var personIndex = PlanGraphBuilder.IndexById(people);
        int UnitOf(string? id) => id is not null && unitIndex.TryGetValue(id, out var u) ? u : -1;
        int PersonOf(string? id) => id is not null && personIndex.TryGetValue(id, out var p) ? p : -1;

        graph.UnitCount = units.Count;
        graph.PersonCount = people.Count;
        graph.UnitParent = units.Select(u => UnitOf(u.Parent)).ToArray();
        (graph.UnitDepth, graph.UnitDepartment, graph.UnitsChildrenFirst) = Tree(graph.UnitParent);
        graph.PersonUnit = people.Select(p => UnitOf(p.Unit)).ToArray();

        graph.GoalOwner = plan.Goals.Select(g => PersonOf(g.Owner)).ToArray();
        graph.ObjectiveOwner = plan.Objectives.Select(o => PersonOf(o.Owner)).ToArray();
        graph.ObjectiveUnit = plan.Objectives.Select(o => UnitOf(o.Unit)).ToArray();
        graph.KrOwner = graph.KeyResults.Select(kr => PersonOf(kr.Owner)).ToArray();
        graph.InitiativeOwner = plan.Initiatives.Select(i => PersonOf(i.Owner)).ToArray();
        graph.InitiativeUnit = plan.Initiatives.Select(i => UnitOf(i.Unit)).ToArray();
        graph.InitiativeStartDay = plan.Initiatives.Select(i => i.Start?.DayNumber ?? PlanGraph.NoDay).ToArray();
        graph.InitiativeEndDay = plan.Initiatives.Select(i => i.End?.DayNumber ?? PlanGraph.NoDay).ToArray();

        var dependencies = new List<(int, int, double)>();
        for (var i = 0; i < plan.Initiatives.Count; i++)
        {
            foreach (var id in plan.Initiatives[i].DependsOn)
            {
                if (initiativeIndex.TryGetValue(id, out var on))
                {
                    dependencies.Add((i, on, 1));
                }
            }
        }

        graph.InitiativeDependsOn = Adjacency.FromEdges(plan.Initiatives.Count, dependencies);
    }

    /// <summary>
    /// Depth, department and a children-first order of the unit tree. The reader rejects cycles; a unit
    /// caught in one anyway is treated as a root.
    /// </summary>
    private static (int[] Depth, int[] Department, int[] ChildrenFirst) Tree(int[] parent)
    {
        var count = parent.Length;
        var depth = new int[count];
        var department = new int[count];
        var resolved = new bool[count];
        var chain = new List<int>();
        for (var u = 0; u < count; u++)
        {
            chain.Clear();
            var at = u;
            while (at >= 0 && !resolved[at] && chain.Count <= count)
            {
                chain.Add(at);
                at = parent[at];
            }

            // Walk back down the chain from the highest unresolved unit.
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                var unit = chain[i];
                var up = i == chain.Count - 1 ? at : chain[i + 1];
                if (up < 0 || chain.Count > count)
                {
                    depth[unit] = 0;
                    department[unit] = unit;
                }
                else
                {
                    depth[unit] = depth[up] + 1;
                    department[unit] = depth[up] == 0 ? unit : department[up];
                }

                resolved[unit] = true;
            }
        }

        var childrenFirst = Enumerable.Range(0, count).OrderByDescending(u => depth[u]).ThenBy(u => u).ToArray();
        return (depth, department, childrenFirst);
    }
}
