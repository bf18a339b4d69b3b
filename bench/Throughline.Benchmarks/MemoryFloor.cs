using Throughline.Core.Analysis;

namespace Throughline.Benchmarks;

/// <summary>
/// The memory-bound floor of an analysis: one plain sequential pass that reads every array of the compiled plan
/// and every element the rules look at, once, and does nothing else. No analysis can read its input faster.
/// </summary>
internal static class MemoryFloor
{
    public static double Pass(PlanGraph graph)
    {
        var sum = 0.0;
        sum += Sum(graph.CheckInDay) + Sum(graph.CheckInValue) + Sum(graph.CheckInConfidence) + Sum(graph.KrCheckInStart);
        sum += Sum(graph.KrBaseline) + Sum(graph.KrTarget) + Sum(graph.KrLow) + Sum(graph.KrHigh) + Sum(graph.KrWeight);
        sum += Sum(graph.KrObjective) + Sum(graph.KrCadenceDays) + Sum(graph.KrOwner) + Sum(graph.KrDirectWork);
        sum += Sum(graph.ObjectiveKrStart) + Sum(graph.ObjectiveStartDay) + Sum(graph.ObjectiveDueDay) + Sum(graph.ObjectiveOwner);
        sum += Sum(graph.ObjectiveUnit) + Sum(graph.ObjectiveDirectWork) + Sum(graph.ObjectivesChildrenFirst);
        sum += Sum(graph.InitiativeOwner) + Sum(graph.InitiativeUnit) + Sum(graph.InitiativeStartDay) + Sum(graph.InitiativeEndDay);
        sum += Sum(graph.InitiativeWork) + Sum(graph.ActionWork) + Sum(graph.ActionInitiative);
        sum += Sum(graph.UnitParent) + Sum(graph.UnitDepth) + Sum(graph.UnitDepartment) + Sum(graph.PersonUnit);
        foreach (var adjacency in new[]
        {
            graph.GoalChildren, graph.ObjectiveChildren, graph.ObjectiveParentGoals, graph.ObjectiveParentObjectives,
            graph.InitiativeObjectives, graph.InitiativeKeyResults, graph.ActionObjectives, graph.ActionKeyResults, graph.InitiativeDependsOn,
        })
        {
            sum += Sum(adjacency.Offsets) + Sum(adjacency.Targets) + Sum(adjacency.Weights);
        }

        // The rules read the elements themselves too: titles, owners, statuses.
        var plan = graph.Plan;
        foreach (var objective in plan.Objectives)
        {
            sum += objective.Title.Length + (objective.Owner?.Length ?? 0);
        }

        foreach (var initiative in plan.Initiatives)
        {
            sum += initiative.Title.Length + (initiative.Owner?.Length ?? 0);
        }

        foreach (var action in plan.Actions)
        {
            sum += action.Title.Length + (action.Owner?.Length ?? 0);
        }

        return sum;
    }

    private static double Sum(int[] values)
    {
        long sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    private static double Sum(double[] values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += double.IsNaN(value) ? 0 : value;
        }

        return sum;
    }
}
