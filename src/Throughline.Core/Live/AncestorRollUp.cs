using Throughline.Core.Analysis;

namespace Throughline.Core.Live;

/// <summary>
/// Recomputes what lies above one key result: its objective, every objective and goal that objective
/// contributes to (directly or through parent objectives), and the vision. Each ancestor is visited once
/// even where links form a diamond, and objectives are recomputed children first, so a parent reads its
/// children's new states. The buffers are reused from one check-in to the next; they grow with the number of
/// ancestors of one key result, never with the organization.
/// </summary>
internal sealed class AncestorRollUp
{
    private readonly AnalysisResult result;
    private readonly PlanGraph graph;

    // Position of each objective in ObjectivesChildrenFirst: sorting ancestors by it puts children first.
    private readonly int[] childrenFirstPosition;

    // An element was reached in the current walk when its stamp equals the walk's: no clearing between walks.
    private readonly int[] objectiveStamp;
    private readonly int[] goalStamp;
    private int stamp;

    private int[] objectives = new int[16];
    private int[] positions = new int[16];
    private int objectiveCount;
    private int[] goals = new int[8];
    private int goalCount;
    private readonly Stack<int> pending = new();

    public AncestorRollUp(AnalysisResult result)
    {
        this.result = result;
        graph = result.Graph;
        childrenFirstPosition = new int[graph.ObjectiveCount];
        for (var at = 0; at < graph.ObjectivesChildrenFirst.Length; at++)
        {
            childrenFirstPosition[graph.ObjectivesChildrenFirst[at]] = at;
        }

        objectiveStamp = new int[graph.ObjectiveCount];
        goalStamp = new int[graph.GoalCount];
    }

    /// <summary>The ancestors of the latest key result rolled up, in the order <see cref="CheckInResult.Ancestors"/> describes.</summary>
    public List<AncestorState> Ancestors { get; } = [];

    /// <summary>Recomputes every ancestor of key result k from the key result's current forecast.</summary>
    public void Run(int k)
    {
        Ancestors.Clear();
        NextStamp();
        objectiveCount = 0;
        goalCount = 0;
        var o = graph.KrObjective[k];
        if (o >= 0)
        {
            CollectObjectives(o);
            positions.AsSpan(0, objectiveCount).Sort(objectives.AsSpan(0, objectiveCount));
            for (var i = 0; i < objectiveCount; i++)
            {
                var objective = objectives[i];
                var previous = result.Objectives[objective];
                RollUp.RollObjective(result, objective);
                Ancestors.Add(new AncestorState(new NodeRef(ElementKind.Objective, objective), previous, result.Objectives[objective]));
                CollectGoals(objective);
            }

            for (var i = 0; i < goalCount; i++)
            {
                var g = goals[i];
                var previous = result.Goals[g];
                RollUp.RollGoal(result, g);
                Ancestors.Add(new AncestorState(new NodeRef(ElementKind.Goal, g), previous, result.Goals[g]));
            }
        }

        var vision = result.Vision;
        RollUp.RollVision(result);
        Ancestors.Add(new AncestorState(new NodeRef(ElementKind.Vision, 0), vision, result.Vision));
    }

    private void CollectObjectives(int start)
    {
        objectiveStamp[start] = stamp;
        pending.Push(start);
        while (pending.TryPop(out var o))
        {
            Append(ref objectives, ref positions, objectiveCount, o, childrenFirstPosition[o]);
            objectiveCount++;
            foreach (var parent in graph.ObjectiveParentObjectives.Of(o))
            {
                if (objectiveStamp[parent] != stamp)
                {
                    objectiveStamp[parent] = stamp;
                    pending.Push(parent);
                }
            }
        }
    }

    private void CollectGoals(int o)
    {
        foreach (var g in graph.ObjectiveParentGoals.Of(o))
        {
            if (goalStamp[g] != stamp)
            {
                goalStamp[g] = stamp;
                if (goalCount == goals.Length)
                {
                    Array.Resize(ref goals, goalCount * 2);
                }

                goals[goalCount++] = g;
            }
        }
    }

    private static void Append(ref int[] items, ref int[] keys, int count, int item, int key)
    {
        if (count == items.Length)
        {
            Array.Resize(ref items, count * 2);
            Array.Resize(ref keys, count * 2);
        }

        items[count] = item;
        keys[count] = key;
    }

    private void NextStamp()
    {
        if (stamp == int.MaxValue)
        {
            Array.Clear(objectiveStamp);
            Array.Clear(goalStamp);
            stamp = 0;
        }

        stamp++;
    }
}
