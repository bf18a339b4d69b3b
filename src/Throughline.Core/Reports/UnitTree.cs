using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>The organization's units as the planning sections list them: depth first, sub-units in plan order under their parent.</summary>
internal static class UnitTree
{
    /// <summary>
    /// Every unit once, each followed by its sub-units. A unit the graph treats as a root (no parent, or caught
    /// in a cycle the reader missed) starts a tree of its own. Linear in the number of units.
    /// </summary>
    public static int[] PreOrder(PlanGraph graph)
    {
        var count = graph.UnitCount;
        var edges = new List<(int, int, double)>();
        for (var u = 0; u < count; u++)
        {
            if (graph.UnitDepth[u] > 0)
            {
                edges.Add((graph.UnitParent[u], u, 0));
            }
        }

        var children = Adjacency.FromEdges(count, edges);
        var order = new List<int>(count);
        var pending = new Stack<int>();
        for (var root = count - 1; root >= 0; root--)
        {
            if (graph.UnitDepth[root] == 0)
            {
                pending.Push(root);
            }
        }

        while (pending.Count > 0)
        {
            var unit = pending.Pop();
            order.Add(unit);
            var below = children.Of(unit);
            for (var c = below.Length - 1; c >= 0; c--)
            {
                pending.Push(below[c]);
            }
        }

        return [.. order];
    }

    /// <summary>A unit's name, or its id when the plan gives it none.</summary>
    public static string NameOf(PlanGraph graph, int unit)
    {
        var u = graph.Plan.Organization.Units[unit];
        return string.IsNullOrWhiteSpace(u.Name) ? u.Id : u.Name;
    }

    /// <summary>The plan index of a unit id; -1 when the plan has no such unit.</summary>
    public static int IndexOf(PlanGraph graph, string unitId) =>
        graph.Find(unitId) is { Kind: ElementKind.Unit, Index: var u } ? u : -1;
}
