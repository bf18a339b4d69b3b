namespace Throughline.Core.Schedule;

/// <summary>Whether the schedule could place an initiative, and if not, why (docs/schedule.md).</summary>
public enum InitiativeScheduleState
{
    /// <summary>It has an earliest start and an earliest finish.</summary>
    Scheduled,

    /// <summary>Cancelled: it takes no time and holds nobody up.</summary>
    Cancelled,

    /// <summary>It is in a dependency cycle (<c>dependency/cycle</c>), so it can never start.</summary>
    InCycle,

    /// <summary>It lacks a start or an end date, so its duration is unknown.</summary>
    MissingDates,

    /// <summary>It depends on an initiative that could not be scheduled.</summary>
    Blocked,
}
