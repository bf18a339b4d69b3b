using Throughline.Core.Model;

namespace Throughline.Core.Tests.Capacity;

/// <summary><c>configure</c> callbacks for initiatives in capacity tests: which unit carries them, how much, and when.</summary>
internal static class Work
{
    /// <summary>An initiative of the unit with an effort in person-weeks over [start, end], both days included.</summary>
    public static Action<Initiative> In(
        string unit, double? effort, string? start, string? end, InitiativeStatus? status = InitiativeStatus.Active) =>
        initiative =>
        {
            initiative.Unit = unit;
            initiative.Effort = effort;
            initiative.Start = start is null ? null : PlanBuilder.Day(start);
            initiative.End = end is null ? null : PlanBuilder.Day(end);
            initiative.Status = status;
        };

    /// <summary>A unit with a capacity in FTE.</summary>
    public static Action<Unit> Fte(double capacity) => unit => unit.Capacity = capacity;
}
