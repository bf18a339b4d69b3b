namespace Throughline.Core.Reports;

/// <summary>
/// The objectives' critical paths, late objectives first, and the dependency cycles that keep initiatives from
/// starting at all (docs/schedule.md). Both lists are capped; the counts say how many were left out.
/// </summary>
public sealed record ScheduleSection(
    IReadOnlyList<ObjectiveSchedule> Objectives,
    int ObjectivesNotShown,
    int ObjectivesUnscheduled,
    IReadOnlyList<CycleLine> Cycles,
    int CyclesNotShown);

/// <summary>
/// An objective with scheduled supporting initiatives: the chain that decides when its work can finish
/// (<see cref="CriticalPath"/>, first to last), the earliest finish of that chain, its due date and the slack
/// between them in days (negative: late). A path of more than 12 initiatives shows its first and its last nine;
/// <see cref="StepsNotShown"/> counts the ones between.
/// </summary>
public sealed record ObjectiveSchedule(
    string ObjectiveId,
    string Title,
    IReadOnlyList<PathStep> CriticalPath,
    int StepsNotShown,
    DateOnly EarliestFinish,
    DateOnly? Due,
    int? SlackDays,
    bool Late);

/// <summary>An initiative of a critical path, with the earliest day it can finish.</summary>
public sealed record PathStep(string InitiativeId, DateOnly EarliestFinish);

/// <summary>
/// A dependency cycle: <see cref="Path"/> goes from its first initiative back to it, each depending on the next
/// (shortened like a critical path, <see cref="StepsNotShown"/> counting what is left out); the members of the
/// knot that the path does not pass through follow in <see cref="OffPath"/> (at most 12, then counted).
/// </summary>
public sealed record CycleLine(
    IReadOnlyList<string> Path,
    int StepsNotShown,
    int Members,
    IReadOnlyList<string> OffPath,
    int OffPathNotShown);
