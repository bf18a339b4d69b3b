using Throughline.Core.Analysis;

namespace Throughline.Core.Silos;

/// <summary>
/// The unit tree numbered in depth-first pre-order, so that "is one unit above or below the other" is
/// an interval test: the subtree of u is exactly the units numbered from <c>Enter[u]</c> to
/// <c>Exit[u]</c>. A unit's <em>line</em> is itself, its ancestors and its descendants; every other unit
/// is outside its line, and only links to those count as links across the organization.
/// </summary>
internal sealed class UnitLines
{
    private readonly int[] parent;

    public UnitLines(PlanGraph graph)
    {
        var count = graph.UnitCount;
        Department = graph.UnitDepartment;

        // A unit at depth 0 is a root even when its parent field points somewhere (a cycle the reader would
        // have rejected): below depth 0 every parent is one level up, so walking up always ends.
        parent = new int[count];
        var edges = new List<(int, int, double)>(count);
        for (var u = 0; u < count; u++)
        {
            parent[u] = graph.UnitDepth[u] == 0 ? -1 : graph.UnitParent[u];
            if (parent[u] >= 0)
            {
                edges.Add((parent[u], u, 1));
            }
        }

        (Enter, Exit) = Number(Adjacency.FromEdges(count, edges), parent);
    }

    /// <summary>The unit's pre-order number.</summary>
    public int[] Enter { get; }

    /// <summary>The largest pre-order number in the unit's subtree.</summary>
    public int[] Exit { get; }

    public int[] Department { get; }

    public int Count => parent.Length;

    public int ParentOf(int unit) => parent[unit];

    /// <summary>True when one unit is the other, or above or below it.</summary>
    public bool SameLine(int a, int b) =>
        (Enter[a] <= Enter[b] && Enter[b] <= Exit[a]) || (Enter[b] <= Enter[a] && Enter[a] <= Exit[b]);

    /// <summary>How many units of the organization lie outside the unit's line.</summary>
    public int OutsideLineCount(int unit)
    {
        var ancestors = 0;
        for (var up = parent[unit]; up >= 0; up = parent[up])
        {
            ancestors++;
        }

        return Count - (Exit[unit] - Enter[unit] + 1) - ancestors;
    }

    /// <summary>
    /// How many of a set of units lie outside the unit's line, the set given as its sorted pre-order numbers:
    /// the set's size less those in the unit's subtree (one contiguous run) and those among its ancestors.
    /// </summary>
    public int OutsideLineCount(int unit, int[] sortedEnters)
    {
        var inSubtree = LowerBound(sortedEnters, Exit[unit] + 1) - LowerBound(sortedEnters, Enter[unit]);
        var ancestors = 0;
        for (var up = parent[unit]; up >= 0; up = parent[up])
        {
            if (Array.BinarySearch(sortedEnters, Enter[up]) >= 0)
            {
                ancestors++;
            }
        }

        return sortedEnters.Length - inSubtree - ancestors;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var at = Array.BinarySearch(sorted, value);
        return at >= 0 ? at : ~at;
    }

    private static (int[] Enter, int[] Exit) Number(Adjacency children, int[] parent)
    {
        var count = parent.Length;
        var enter = new int[count];
        var exit = new int[count];
        var next = 0;
        var stack = new Stack<(int Unit, int Child)>();
        for (var root = 0; root < count; root++)
        {
            if (parent[root] >= 0)
            {
                continue;
            }

            enter[root] = next++;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (unit, child) = stack.Pop();
                var kids = children.Of(unit);
                if (child < kids.Length)
                {
                    stack.Push((unit, child + 1));
                    enter[kids[child]] = next++;
                    stack.Push((kids[child], 0));
                }
                else
                {
                    exit[unit] = next - 1;
                }
            }
        }

        return (enter, exit);
    }
}
