using Throughline.Core.Analysis;
using Throughline.Core.Schedule;

namespace Throughline.Core.Reports;

/// <summary>Reads the schedule section out of <see cref="AnalysisResult.Schedule"/>.</summary>
internal static class ScheduleSectionBuilder
{
    public const int MaxObjectives = 50;
    public const int MaxCycles = 20;
    public const int MaxOffPath = 12;

    public static ScheduleSection Build(AnalysisResult result)
    {
        var schedule = result.Schedule;
        var graph = result.Graph;
        var withPath = new List<ObjectiveCriticalPath>();
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            if (schedule.CriticalPath(o) is { } path)
            {
                withPath.Add(path);
            }
        }

        // Least slack first, so the late ones lead, latest of all on top; no due date last; then plan order.
        var shown = withPath
            .OrderBy(p => p.SlackDays ?? int.MaxValue)
            .ThenBy(p => p.Objective)
            .Take(MaxObjectives)
            .Select(p => Objective(result, p))
            .ToList();

        var cycles = schedule.Cycles.Take(MaxCycles).Select(c => Cycle(graph, c)).ToList();
        return new ScheduleSection(
            shown,
            withPath.Count - shown.Count,
            UnscheduledCount(result),
            cycles,
            schedule.Cycles.Count - cycles.Count);
    }

    private static ObjectiveSchedule Objective(AnalysisResult result, ObjectiveCriticalPath path)
    {
        var schedule = result.Schedule;
        var (steps, hidden) = path.Length <= InitiativePath.ShownInFull
            ? (path.Tail(path.Length), 0)
            : ([path.Start, .. path.Tail(InitiativePath.ShownAtEnd)], path.Length - InitiativePath.ShownAtEnd - 1);
        var objective = result.Plan.Objectives[path.Objective];
        return new ObjectiveSchedule(
            objective.Id,
            objective.Title,
            [.. steps.Select(i => new PathStep(result.Plan.Initiatives[i].Id, schedule.EarliestFinish(i)!.Value))],
            hidden,
            path.EarliestFinish,
            path.Due,
            path.SlackDays,
            path.IsLate);
    }

    private static CycleLine Cycle(PlanGraph graph, DependencyCycle cycle)
    {
        var initiatives = graph.Plan.Initiatives;
        var path = cycle.Path;
        var (steps, hidden) = path.Count <= InitiativePath.ShownInFull
            ? (path, 0)
            : ([path[0], .. path.Skip(path.Count - InitiativePath.ShownAtEnd)], path.Count - InitiativePath.ShownAtEnd - 1);
        var onPath = path.ToHashSet();
        var offPath = cycle.Members.Where(m => !onPath.Contains(m)).ToList();
        return new CycleLine(
            [.. steps.Select(i => initiatives[i].Id)],
            hidden,
            cycle.Members.Count,
            [.. offPath.Take(MaxOffPath).Select(i => initiatives[i].Id)],
            Math.Max(offPath.Count - MaxOffPath, 0));
    }

    /// <summary>Objectives that some initiative, not cancelled, supports (directly or through a key result) yet have no critical path.</summary>
    private static int UnscheduledCount(AnalysisResult result)
    {
        var graph = result.Graph;
        var supported = new bool[graph.ObjectiveCount];
        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            if (result.Schedule.State(i) == InitiativeScheduleState.Cancelled)
            {
                continue;
            }

            foreach (var o in graph.InitiativeObjectives.Of(i))
            {
                supported[o] = true;
            }

            foreach (var k in graph.InitiativeKeyResults.Of(i))
            {
                if (graph.KrObjective[k] is var o && o >= 0)
                {
                    supported[o] = true;
                }
            }
        }

        return Enumerable.Range(0, graph.ObjectiveCount).Count(o => supported[o] && result.Schedule.CriticalPath(o) is null);
    }
}
