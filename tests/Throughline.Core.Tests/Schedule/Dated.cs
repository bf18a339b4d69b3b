using Throughline.Core.Model;

namespace Throughline.Core.Tests.Schedule;

/// <summary><c>configure</c> callbacks for initiatives with dates and dependencies, for schedule and dependency tests.</summary>
internal static class Dated
{
    /// <summary>An active initiative running from start to end (either may be null), waiting for the given initiatives.</summary>
    public static Action<Initiative> Runs(string? start, string? end, params string[] dependsOn) =>
        initiative =>
        {
            initiative.Start = start is null ? null : PlanBuilder.Day(start);
            initiative.End = end is null ? null : PlanBuilder.Day(end);
            initiative.DependsOn = [.. dependsOn];
        };

    public static Action<Initiative> Runs(string? start, string? end, InitiativeStatus status, params string[] dependsOn) =>
        initiative =>
        {
            Runs(start, end, dependsOn)(initiative);
            initiative.Status = status;
        };

    public static Action<Initiative> DependsOn(params string[] ids) => initiative => initiative.DependsOn = [.. ids];

    public static Action<Objective> Due(string? due) => objective => objective.Due = due is null ? null : PlanBuilder.Day(due);

    /// <summary>The indices of the given initiatives, in the order given.</summary>
    public static int[] Indices(Plan plan, params string[] ids) =>
        [.. ids.Select(id => plan.Initiatives.FindIndex(i => i.Id == id))];

    public static string[] Ids(Plan plan, IEnumerable<int> indices) => [.. indices.Select(i => plan.Initiatives[i].Id)];
}
