using Throughline.Core.Analysis;

namespace Throughline.Core.Schedule;

/// <summary>What slipping some initiatives' end dates would change (docs/schedule.md, "What if").</summary>
public sealed class SlipReport
{
    internal SlipReport(
        AnalysisResult baseline,
        PlanSchedule after,
        IReadOnlyList<SlipOutcome> slips,
        IReadOnlyList<InitiativeShift> initiatives,
        IReadOnlyList<ObjectiveShift> objectives,
        IReadOnlyList<GoalAtRisk> goals)
    {
        Baseline = baseline;
        After = after;
        Slips = slips;
        Initiatives = initiatives;
        Objectives = objectives;
        Goals = goals;
    }

    /// <summary>The plan analysed as it is written, as of the report's date.</summary>
    public AnalysisResult Baseline { get; }

    public PlanSchedule Before => Baseline.Schedule;
    public PlanSchedule After { get; }

    /// <summary>The slips asked for, in the plan's order of initiatives.</summary>
    public IReadOnlyList<SlipOutcome> Slips { get; }

    /// <summary>Initiatives whose earliest finish moves, in file order.</summary>
    public IReadOnlyList<InitiativeShift> Initiatives { get; }

    /// <summary>Objectives with a due date whose slack changes, in file order.</summary>
    public IReadOnlyList<ObjectiveShift> Objectives { get; }

    /// <summary>Goals that an objective which becomes late, or later, contributes to (directly or through parent objectives), in file order.</summary>
    public IReadOnlyList<GoalAtRisk> Goals { get; }

    public bool AffectsObjectivesOrGoals => Objectives.Count > 0 || Goals.Count > 0;
}

/// <summary>
/// One slip asked for: the initiative's end moves by <paramref name="Days"/>. It moves nothing when the
/// initiative is not scheduled (<paramref name="State"/> says why).
/// </summary>
public sealed record SlipOutcome(int Initiative, string Id, int Days, InitiativeScheduleState State, DateOnly? EndBefore, DateOnly? EndAfter)
{
    public bool Moves => State == InitiativeScheduleState.Scheduled && Days != 0;
}

/// <summary>An initiative whose earliest finish moves.</summary>
public sealed record InitiativeShift(int Initiative, string Id, DateOnly FinishBefore, DateOnly FinishAfter)
{
    public int Days => FinishAfter.DayNumber - FinishBefore.DayNumber;
}

/// <summary>An objective whose critical path now finishes on another day, so that its slack changes.</summary>
public sealed record ObjectiveShift(int Objective, string Id, ObjectiveCriticalPath Before, ObjectiveCriticalPath After)
{
    public DateOnly Due => After.Due!.Value;
    public int SlackBefore => Before.SlackDays!.Value;
    public int SlackAfter => After.SlackDays!.Value;

    /// <summary>On time before, late after.</summary>
    public bool BecomesLate => SlackBefore >= 0 && SlackAfter < 0;

    /// <summary>Late after, and later than before: what puts its goals at risk.</summary>
    public bool LateOrLater => SlackAfter < 0 && SlackAfter < SlackBefore;
}

/// <summary>A goal put at risk, its state as of the report's date, and the objectives (late, or later) that put it at risk.</summary>
public sealed record GoalAtRisk(int Goal, string Id, ItemState State, IReadOnlyList<string> Through);
