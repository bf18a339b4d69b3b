using Throughline.Core.Analysis;

namespace Throughline.Core.Silos;

/// <summary>
/// Which goals each objective serves (the goals it contributes to, and those its parent objectives
/// serve), and from there which units serve each goal. Lists are sorted by index and hold no duplicates.
/// </summary>
internal sealed class ServedGoals
{
    public ServedGoals(PlanGraph graph)
    {
        ByObjective = Propagate(graph);

        var pairs = new List<(int, int, double)>();
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            if (graph.ObjectiveUnit[o] is var unit && unit >= 0)
            {
                foreach (var g in ByObjective[o])
                {
                    pairs.Add((g, unit, 1));
                }
            }
        }

        var unitsOfGoal = Adjacency.FromEdges(graph.GoalCount, pairs);
        ObjectivesWithUnit = new int[graph.GoalCount];
        for (var g = 0; g < graph.GoalCount; g++)
        {
            ObjectivesWithUnit[g] = unitsOfGoal.CountOf(g);
        }

        UnitsOf = Distinct(unitsOfGoal, graph.UnitCount);
        GoalsOfUnit = Distinct(unitsOfGoal.Reversed(graph.UnitCount), graph.GoalCount);
    }

    /// <summary>The goals each objective serves, directly or through its parent objectives.</summary>
    public int[][] ByObjective { get; }

    /// <summary>The units whose objectives serve each goal.</summary>
    public int[][] UnitsOf { get; }

    /// <summary>The goals each unit's objectives serve.</summary>
    public int[][] GoalsOfUnit { get; }

    /// <summary>How many objectives that name a unit serve each goal.</summary>
    public int[] ObjectivesWithUnit { get; }

    /// <summary>
    /// Parents first, each objective takes its own goals and those of its parent objectives. Plans seldom
    /// give an objective more than a handful, so a small sorted array per objective beats a bit set sized
    /// by the goal count.
    /// </summary>
    private static int[][] Propagate(PlanGraph graph)
    {
        var served = new int[graph.ObjectiveCount][];
        var seenBy = new int[graph.GoalCount];
        var buffer = new List<int>();
        var order = graph.ObjectivesChildrenFirst;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var o = order[i];
            buffer.Clear();
            void Take(int goal)
            {
                if (seenBy[goal] != o + 1)
                {
                    seenBy[goal] = o + 1;
                    buffer.Add(goal);
                }
            }

            foreach (var g in graph.ObjectiveParentGoals.Of(o))
            {
                Take(g);
            }

            // A parent still unset is one caught in a contribution cycle, which the reader rejects.
            foreach (var p in graph.ObjectiveParentObjectives.Of(o))
            {
                foreach (var g in served[p] ?? [])
                {
                    Take(g);
                }
            }

            buffer.Sort();
            served[o] = [.. buffer];
        }

        return served;
    }

    private static int[][] Distinct(Adjacency lists, int valueCount)
    {
        var result = new int[lists.NodeCount][];
        var seenBy = new int[valueCount];
        var buffer = new List<int>();
        for (var n = 0; n < lists.NodeCount; n++)
        {
            buffer.Clear();
            foreach (var value in lists.Of(n))
            {
                if (seenBy[value] != n + 1)
                {
                    seenBy[value] = n + 1;
                    buffer.Add(value);
                }
            }

            buffer.Sort();
            result[n] = [.. buffer];
        }

        return result;
    }
}
