using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Schedule;

/// <summary>
/// The what-if of a slip: move some initiatives' end dates (their starts stay), recompute the schedule and
/// report what moves with them: initiatives, objectives' slack, and the goals put at risk (docs/schedule.md).
/// </summary>
public static class SlipScenario
{
    /// <summary>Analyses the plan as of the date, then applies the slips (initiative id → days, negative for earlier).</summary>
    public static SlipReport Run(Plan plan, DateOnly asOf, IReadOnlyDictionary<string, int> slips) =>
        Run(Analyzer.Analyze(plan, asOf), slips);

    /// <exception cref="ArgumentException">A slip names no initiative of the plan, or would end an initiative before it starts.</exception>
    public static SlipReport Run(AnalysisResult baseline, IReadOnlyDictionary<string, int> slips)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(slips);
        var graph = baseline.Graph;
        var before = baseline.Schedule;
        var endDay = (int[])graph.InitiativeEndDay.Clone();
        var outcomes = new List<SlipOutcome>();
        foreach (var (id, days) in slips)
        {
            if (graph.Find(id) is not { Kind: ElementKind.Initiative, Index: var i })
            {
                throw new ArgumentException($"No initiative has the id '{id}'.", nameof(slips));
            }

            var initiative = graph.Plan.Initiatives[i];
            if (initiative.End is { } end)
            {
                if (initiative.Start is { } start && end.AddDays(days) < start)
                {
                    throw new ArgumentException(
                        $"Initiative {id} would end on {end.AddDays(days):yyyy-MM-dd}, before it starts on {start:yyyy-MM-dd}.", nameof(slips));
                }

                endDay[i] = end.DayNumber + days;
            }

            outcomes.Add(new SlipOutcome(i, id, days, before.State(i), initiative.End, initiative.End?.AddDays(days)));
        }

        outcomes.Sort((a, b) => a.Initiative.CompareTo(b.Initiative));
        var after = Scheduler.Compute(graph, before.Cycles, before.CycleOf, endDay);
        var objectives = ObjectiveShifts(graph, before, after);
        return new SlipReport(baseline, after, outcomes, InitiativeShifts(graph, before, after), objectives, GoalsAtRisk(baseline, objectives));
    }

    /// <summary>The plan's initiative id closest to a mistyped one (by edit distance, then file order); null when the plan has none.</summary>
    public static string? ClosestInitiative(Plan plan, string id)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(id);
        var typed = id.ToUpperInvariant();
        return plan.Initiatives.MinBy(i => Suggestions.Distance(typed, i.Id.ToUpperInvariant()))?.Id;
    }

    private static List<InitiativeShift> InitiativeShifts(PlanGraph graph, PlanSchedule before, PlanSchedule after)
    {
        var shifts = new List<InitiativeShift>();
        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            if (before.EarliestFinish(i) is { } was && after.EarliestFinish(i) is { } now && was != now)
            {
                shifts.Add(new InitiativeShift(i, graph.Plan.Initiatives[i].Id, was, now));
            }
        }

        return shifts;
    }

    private static List<ObjectiveShift> ObjectiveShifts(PlanGraph graph, PlanSchedule before, PlanSchedule after)
    {
        var shifts = new List<ObjectiveShift>();
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            if (before.CriticalPath(o) is { SlackDays: not null } was && after.CriticalPath(o) is { } now
                && was.FinishDay != now.FinishDay)
            {
                shifts.Add(new ObjectiveShift(o, graph.Plan.Objectives[o].Id, was, now));
            }
        }

        return shifts;
    }

    /// <summary>
    /// Walks up from each objective that becomes late, or later, through parent objectives to the goals. A
    /// stamp per walk keeps each walk from visiting an objective or goal twice without clearing arrays.
    /// </summary>
    private static List<GoalAtRisk> GoalsAtRisk(AnalysisResult baseline, List<ObjectiveShift> objectives)
    {
        var graph = baseline.Graph;
        var objectiveStamp = new int[graph.ObjectiveCount];
        var goalStamp = new int[graph.GoalCount];
        var through = new List<string>?[graph.GoalCount];
        var pending = new Stack<int>();
        var walk = 0;
        foreach (var shift in objectives.Where(s => s.LateOrLater))
        {
            walk++;
            pending.Push(shift.Objective);
            objectiveStamp[shift.Objective] = walk;
            while (pending.TryPop(out var o))
            {
                foreach (var g in graph.ObjectiveParentGoals.Of(o))
                {
                    if (goalStamp[g] != walk)
                    {
                        goalStamp[g] = walk;
                        (through[g] ??= []).Add(shift.Id);
                    }
                }

                foreach (var parent in graph.ObjectiveParentObjectives.Of(o))
                {
                    if (objectiveStamp[parent] != walk)
                    {
                        objectiveStamp[parent] = walk;
                        pending.Push(parent);
                    }
                }
            }
        }

        var goals = new List<GoalAtRisk>();
        for (var g = 0; g < graph.GoalCount; g++)
        {
            if (through[g] is { } late)
            {
                goals.Add(new GoalAtRisk(g, graph.Plan.Goals[g].Id, baseline.Goal(g), late));
            }
        }

        return goals;
    }
}
