using Throughline.Core.Model;

namespace Throughline.Core.Analysis;

/// <summary>
/// Compiles a plan into a <see cref="PlanGraph"/>. The plan is expected to have passed the reader's
/// validation; a reference that does not resolve is left out rather than failing the build.
/// </summary>
public static class PlanGraphBuilder
{
    public static PlanGraph Build(Plan plan)
    {
        var graph = new PlanGraph(plan);
        var goalIndex = IndexById(plan.Goals);
        var objectiveIndex = IndexById(plan.Objectives);
        var initiativeIndex = IndexById(plan.Initiatives);

        graph.GoalCount = plan.Goals.Count;
        graph.ObjectiveCount = plan.Objectives.Count;
        graph.InitiativeCount = plan.Initiatives.Count;
        graph.ActionCount = plan.Actions.Count;
        graph.GoalWeight = plan.Goals.Select(goal => goal.Weight ?? 1.0).ToArray();

        var krIndex = BuildKeyResults(graph, plan);
        BuildContributions(graph, plan, goalIndex, objectiveIndex);
        BuildWork(graph, plan, objectiveIndex, krIndex, initiativeIndex);
        OrganizationGraph.Build(graph, plan, initiativeIndex);
        return graph;
    }

    internal static Dictionary<string, int> IndexById<T>(List<T> items) where T : IdentifiedElement
    {
        var byId = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            byId.TryAdd(items[i].Id, i);
        }

        return byId;
    }

    private static Dictionary<string, int> BuildKeyResults(PlanGraph graph, Plan plan)
    {
        var keyResults = new List<KeyResult>();
        var owner = new List<int>();
        var objectiveKrStart = new int[plan.Objectives.Count + 1];
        for (var o = 0; o < plan.Objectives.Count; o++)
        {
            objectiveKrStart[o] = keyResults.Count;
            foreach (var kr in plan.Objectives[o].KeyResults)
            {
                keyResults.Add(kr);
                owner.Add(o);
            }
        }

        objectiveKrStart[plan.Objectives.Count] = keyResults.Count;
        graph.FirstSuccessMeasure = keyResults.Count;
        foreach (var kr in plan.Vision?.Success ?? [])
        {
            keyResults.Add(kr);
            owner.Add(-1);
        }

        var count = keyResults.Count;
        graph.KeyResultCount = count;
        graph.KeyResults = [.. keyResults];
        graph.KrObjective = [.. owner];
        graph.ObjectiveKrStart = objectiveKrStart;
        graph.KrBaseline = new double[count];
        graph.KrTarget = new double[count];
        graph.KrLow = new double[count];
        graph.KrHigh = new double[count];
        graph.KrDirection = new Direction[count];
        graph.KrWeight = new double[count];
        graph.KrCadenceDays = new int[count];
        graph.KrCheckInStart = new int[count + 1];

        var checkInCount = keyResults.Sum(kr => kr.CheckIns.Count);
        graph.CheckInDay = new int[checkInCount];
        graph.CheckInValue = new double[checkInCount];
        graph.CheckInConfidence = new double[checkInCount];

        var byId = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var next = 0;
        for (var k = 0; k < count; k++)
        {
            var kr = keyResults[k];
            byId.TryAdd(kr.Id, k);
            graph.KrBaseline[k] = kr.Baseline ?? 0;
            graph.KrTarget[k] = kr.Target ?? double.NaN;
            graph.KrLow[k] = kr.Range?.Low ?? double.NaN;
            graph.KrHigh[k] = kr.Range?.High ?? double.NaN;
            graph.KrDirection[k] = kr.EffectiveDirection;
            graph.KrWeight[k] = kr.EffectiveWeight;
            graph.KrCadenceDays[k] = Cadences.Days(kr.Cadence);
            graph.KrCheckInStart[k] = next;

            // A stable sort keeps file order among check-ins of the same day, so the last one written wins.
            // Check-ins are nearly always written in date order already; then the sort is skipped.
            var checkIns = kr.CheckIns;
            IEnumerable<CheckIn> ordered = InDateOrder(checkIns) ? checkIns : checkIns.OrderBy(c => c.Date);
            foreach (var checkIn in ordered)
            {
                graph.CheckInDay[next] = checkIn.Date.DayNumber;
                graph.CheckInValue[next] = checkIn.Value;
                graph.CheckInConfidence[next] = checkIn.Confidence ?? double.NaN;
                next++;
            }
        }

        graph.KrCheckInStart[count] = next;
        return byId;
    }

    private static bool InDateOrder(List<CheckIn> checkIns)
    {
        for (var i = 1; i < checkIns.Count; i++)
        {
            if (checkIns[i].Date < checkIns[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    private static void BuildContributions(
        PlanGraph graph, Plan plan, Dictionary<string, int> goalIndex, Dictionary<string, int> objectiveIndex)
    {
        var objectiveCount = plan.Objectives.Count;
        var toGoal = new List<(int, int, double)>();
        var toObjective = new List<(int, int, double)>();
        graph.ObjectiveStartDay = new int[objectiveCount];
        graph.ObjectiveDueDay = new int[objectiveCount];
        for (var o = 0; o < objectiveCount; o++)
        {
            var objective = plan.Objectives[o];
            graph.ObjectiveStartDay[o] = objective.Start?.DayNumber ?? PlanGraph.NoDay;
            graph.ObjectiveDueDay[o] = objective.Due?.DayNumber ?? PlanGraph.NoDay;
            foreach (var link in objective.ContributesTo)
            {
                if (goalIndex.TryGetValue(link.Id, out var g))
                {
                    toGoal.Add((o, g, link.EffectiveWeight));
                }
                else if (objectiveIndex.TryGetValue(link.Id, out var parent) && parent != o)
                {
                    toObjective.Add((o, parent, link.EffectiveWeight));
                }
            }
        }

        graph.ObjectiveParentGoals = Adjacency.FromEdges(objectiveCount, toGoal);
        graph.ObjectiveParentObjectives = Adjacency.FromEdges(objectiveCount, toObjective);
        graph.GoalChildren = graph.ObjectiveParentGoals.Reversed(plan.Goals.Count);
        graph.ObjectiveChildren = graph.ObjectiveParentObjectives.Reversed(objectiveCount);
        graph.ObjectivesChildrenFirst = OrderChildrenFirst(graph.ObjectiveChildren, objectiveCount);
    }

    /// <summary>
    /// A depth-first post-order over contributing objectives. The reader rejects cycles; should one reach
    /// this far anyway, each objective is still listed exactly once.
    /// </summary>
    private static int[] OrderChildrenFirst(Adjacency children, int count)
    {
        var order = new int[count];
        var written = 0;
        var state = new byte[count]; // 0 unseen, 1 on the stack, 2 listed
        var stack = new Stack<(int Node, int Next)>();
        for (var root = 0; root < count; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var kids = children.Of(node);
                if (next < kids.Length)
                {
                    stack.Push((node, next + 1));
                    var child = kids[next];
                    if (state[child] == 0)
                    {
                        state[child] = 1;
                        stack.Push((child, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                    order[written++] = node;
                }
            }
        }

        return order;
    }

    private static void BuildWork(
        PlanGraph graph,
        Plan plan,
        Dictionary<string, int> objectiveIndex,
        Dictionary<string, int> krIndex,
        Dictionary<string, int> initiativeIndex)
    {
        var initiativeCount = plan.Initiatives.Count;
        var actionCount = plan.Actions.Count;
        var objectiveDirectWork = new int[plan.Objectives.Count];
        var krDirectWork = new int[graph.KeyResultCount];

        (Adjacency Objectives, Adjacency KeyResults) Links(int count, Func<int, List<string>> supports, Func<int, bool> counts)
        {
            var objectives = new List<(int, int, double)>();
            var keyResults = new List<(int, int, double)>();
            for (var i = 0; i < count; i++)
            {
                foreach (var id in supports(i))
                {
                    if (objectiveIndex.TryGetValue(id, out var o))
                    {
                        objectives.Add((i, o, 1));
                        if (counts(i))
                        {
                            objectiveDirectWork[o]++;
                        }
                    }
                    else if (krIndex.TryGetValue(id, out var k))
                    {
                        keyResults.Add((i, k, 1));
                        if (counts(i))
                        {
                            krDirectWork[k]++;
                        }
                    }
                }
            }

            return (Adjacency.FromEdges(count, objectives), Adjacency.FromEdges(count, keyResults));
        }

        graph.InitiativeCancelled = plan.Initiatives.Select(i => i.Status == InitiativeStatus.Cancelled).ToArray();
        graph.ActionInitiative = plan.Actions
            .Select(a => a.Initiative is { } id && initiativeIndex.TryGetValue(id, out var i) ? i : -1)
            .ToArray();

        // Cancelled work moves nothing: neither a cancelled initiative nor the actions under it count as work
        // on what they support (line-of-sight coverage leaves the same work out).
        (graph.InitiativeObjectives, graph.InitiativeKeyResults) =
            Links(initiativeCount, i => plan.Initiatives[i].Supports, i => !graph.InitiativeCancelled[i]);
        (graph.ActionObjectives, graph.ActionKeyResults) = Links(
            actionCount,
            a => plan.Actions[a].Supports,
            a => graph.ActionInitiative[a] < 0 || !graph.InitiativeCancelled[graph.ActionInitiative[a]]);
        graph.InitiativeWork = plan.Initiatives.Select(i => i.Effort ?? 1.0).ToArray();
        graph.ActionWork = plan.Actions.Select(a => a.Effort ?? 1.0).ToArray();

        graph.ObjectiveDirectWork = objectiveDirectWork;
        graph.KrDirectWork = krDirectWork;
    }
}
