using Throughline.Core.Analysis;

namespace Throughline.Core.Schedule;

/// <summary>
/// When each initiative can start and finish at the earliest given what it depends on, the cycles that
/// keep initiatives from starting at all, and each objective's critical path (docs/schedule.md).
/// Initiative and objective indices are those of <see cref="PlanGraph"/>.
/// </summary>
public sealed class PlanSchedule
{
    internal PlanSchedule(PlanGraph graph, IReadOnlyList<DependencyCycle> cycles, int[] cycleOf, int count)
    {
        Graph = graph;
        Cycles = cycles;
        CycleOf = cycleOf;
        States = new InitiativeScheduleState[count];
        StartDay = new int[count];
        FinishDay = new int[count];
        Driver = new int[count];
        BlockedByIndex = new int[count];
        ChainLength = new int[count];
        ChainStart = new int[count];
        CriticalPaths = new ObjectiveCriticalPath?[graph.ObjectiveCount];
    }

    public PlanGraph Graph { get; }

    /// <summary>The dependency cycles, ordered by their first initiative in file order.</summary>
    public IReadOnlyList<DependencyCycle> Cycles { get; }

    internal int[] CycleOf { get; }
    internal InitiativeScheduleState[] States { get; }
    internal int[] StartDay { get; }
    internal int[] FinishDay { get; }
    internal int[] Driver { get; }
    internal int[] BlockedByIndex { get; }
    internal int[] ChainLength { get; }
    internal int[] ChainStart { get; }
    internal ObjectiveCriticalPath?[] CriticalPaths { get; }

    public InitiativeScheduleState State(int initiative) => States[initiative];

    public bool IsScheduled(int initiative) => States[initiative] == InitiativeScheduleState.Scheduled;

    /// <summary>The cycle the initiative is caught in, or null.</summary>
    public DependencyCycle? CycleWith(int initiative) => CycleOf[initiative] is var c && c >= 0 ? Cycles[c] : null;

    /// <summary>The earliest day the initiative can start (ES); null when it is not scheduled.</summary>
    public DateOnly? EarliestStart(int initiative) => IsScheduled(initiative) ? DateOnly.FromDayNumber(StartDay[initiative]) : null;

    /// <summary>The earliest day the initiative can finish (EF); null when it is not scheduled.</summary>
    public DateOnly? EarliestFinish(int initiative) => IsScheduled(initiative) ? DateOnly.FromDayNumber(FinishDay[initiative]) : null;

    /// <summary>
    /// The dependency whose finish decided the initiative's earliest start, or -1 when its own start date
    /// did (or it is not scheduled).
    /// </summary>
    public int DrivingPredecessor(int initiative) => Driver[initiative];

    /// <summary>For a <see cref="InitiativeScheduleState.Blocked"/> initiative, the dependency that could not be scheduled; else -1.</summary>
    public int BlockedBy(int initiative) => BlockedByIndex[initiative];

    /// <summary>The chain of driving predecessors that ends with the initiative, first to last; empty when it is not scheduled.</summary>
    public IReadOnlyList<int> DrivingChain(int initiative)
    {
        var chain = new int[IsScheduled(initiative) ? ChainLength[initiative] : 0];
        var at = initiative;
        for (var n = chain.Length - 1; n >= 0; n--)
        {
            chain[n] = at;
            at = Driver[at];
        }

        return chain;
    }

    /// <summary>The objective's critical path; null when none of its supporting initiatives is scheduled.</summary>
    public ObjectiveCriticalPath? CriticalPath(int objective) => CriticalPaths[objective];
}
