using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Heart;

/// <summary>
/// The counts behind the behavioural parts of the HEART index, per unit, from the plan and its analysis.
/// An item belongs to its <c>unit</c>; without one, to its owner's home unit. A key result belongs with its
/// objective, an action with its initiative (or, without one, with its owner's unit).
/// </summary>
internal sealed class UnitBehaviour
{
    public UnitBehaviour(int units)
    {
        RunningKeyResults = new int[units];
        OnTimeKeyResults = new int[units];
        Items = new int[units];
        OwnedItems = new int[units];
        PlanWeight = new double[units];
        PlanScore = new double[units];
        LevelledWork = new int[units];
        WorkBelowExecutive = new int[units];
    }

    /// <summary>Key results whose period is under way and that are not done.</summary>
    public int[] RunningKeyResults { get; }

    /// <summary>Of those, the ones whose latest check-in is no older than their cadence.</summary>
    public int[] OnTimeKeyResults { get; }

    /// <summary>Objectives, open initiatives and open actions; and how many of them have an owner.</summary>
    public int[] Items { get; }
    public int[] OwnedItems { get; }

    /// <summary>Σ weight and Σ weight × min(1, progress / elapsed) over the measurable key results whose period has begun.</summary>
    public double[] PlanWeight { get; }
    public double[] PlanScore { get; }

    /// <summary>Initiatives and actions (not cancelled) whose owner has a level; and how many of those owners are managers or frontline.</summary>
    public int[] LevelledWork { get; }
    public int[] WorkBelowExecutive { get; }

    public static UnitBehaviour Measure(AnalysisResult result)
    {
        var graph = result.Graph;
        var plan = graph.Plan;
        var asOf = result.AsOf.DayNumber;
        var behaviour = new UnitBehaviour(graph.UnitCount);
        var levels = plan.Organization.People.Select(p => p.Level).ToArray();
        int HomeOf(int person) => person >= 0 ? graph.PersonUnit[person] : -1;

        var objectiveUnit = new int[graph.ObjectiveCount];
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            var u = objectiveUnit[o] = graph.ObjectiveUnit[o] >= 0 ? graph.ObjectiveUnit[o] : HomeOf(graph.ObjectiveOwner[o]);
            if (u >= 0)
            {
                behaviour.Items[u]++;
                behaviour.OwnedItems[u] += graph.ObjectiveOwner[o] >= 0 ? 1 : 0;
            }
        }

        for (var k = 0; k < graph.FirstSuccessMeasure; k++)
        {
            if (graph.KrObjective[k] is var o && o >= 0 && objectiveUnit[o] is var u && u >= 0)
            {
                behaviour.KeyResult(graph, result.KeyResult(k), k, u, asOf);
            }
        }

        var initiativeUnit = new int[graph.InitiativeCount];
        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            var u = initiativeUnit[i] = graph.InitiativeUnit[i] >= 0 ? graph.InitiativeUnit[i] : HomeOf(graph.InitiativeOwner[i]);
            var status = plan.Initiatives[i].Status;
            if (u < 0 || status == InitiativeStatus.Cancelled)
            {
                continue;
            }

            behaviour.Work(u, graph.InitiativeOwner[i], levels, open: status != InitiativeStatus.Done);
        }

        var personIndex = PlanGraphBuilder.IndexById(plan.Organization.People);
        for (var a = 0; a < graph.ActionCount; a++)
        {
            var action = plan.Actions[a];
            var owner = action.Owner is { } id && personIndex.TryGetValue(id, out var p) ? p : -1;
            var i = graph.ActionInitiative[a];
            if (i >= 0 && graph.InitiativeCancelled[i])
            {
                continue;
            }

            var u = i >= 0 && initiativeUnit[i] >= 0 ? initiativeUnit[i] : HomeOf(owner);
            if (u >= 0)
            {
                behaviour.Work(u, owner, levels, open: !action.Done);
            }
        }

        return behaviour;
    }

    private void KeyResult(PlanGraph graph, KeyResultForecast forecast, int k, int u, int asOf)
    {
        var measurable = graph.KrDirection[k] == Direction.Maintain ? !double.IsNaN(graph.KrLow[k]) && !double.IsNaN(graph.KrHigh[k]) : !double.IsNaN(graph.KrTarget[k]);
        var started = forecast.StartDay != PlanGraph.NoDay && forecast.StartDay <= asOf;
        var running = started && (forecast.DueDay == PlanGraph.NoDay || asOf <= forecast.DueDay);
        if (running && forecast.Status != ProgressStatus.Done)
        {
            RunningKeyResults[u]++;
            OnTimeKeyResults[u] += forecast.CheckInCount > 0 && asOf - forecast.LastCheckInDay <= graph.KrCadenceDays[k] ? 1 : 0;
        }

        if (measurable && forecast.Elapsed > 0)
        {
            PlanWeight[u] += graph.KrWeight[k];
            PlanScore[u] += graph.KrWeight[k] * Math.Min(1.0, forecast.Progress / forecast.Elapsed);
        }
    }

    private void Work(int u, int owner, PersonLevel?[] levels, bool open)
    {
        if (open)
        {
            Items[u]++;
            OwnedItems[u] += owner >= 0 ? 1 : 0;
        }

        if (owner >= 0 && levels[owner] is { } level)
        {
            LevelledWork[u]++;
            WorkBelowExecutive[u] += level == PersonLevel.Executive ? 0 : 1;
        }
    }
}
