using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Schedule;

/// <summary>
/// Computes the earliest start and finish of every initiative in dependency order, then each objective's
/// critical path (docs/schedule.md). Linear in initiatives plus dependencies plus support links.
/// </summary>
internal static class Scheduler
{
    public static PlanSchedule Compute(PlanGraph graph)
    {
        var (cycles, cycleOf) = DependencyCycles.Find(graph.InitiativeDependsOn, graph.InitiativeCount);
        return Compute(graph, cycles, cycleOf, graph.InitiativeEndDay);
    }

    /// <summary>The schedule with the given end days (the plan's, or slipped ones); cycles do not depend on dates, so they are passed in.</summary>
    public static PlanSchedule Compute(PlanGraph graph, IReadOnlyList<DependencyCycle> cycles, int[] cycleOf, int[] endDay)
    {
        var count = graph.InitiativeCount;
        var schedule = new PlanSchedule(graph, cycles, cycleOf, count);
        var done = graph.Plan.Initiatives.Select(i => i.Status == InitiativeStatus.Done).ToArray();
        var cancelled = graph.InitiativeCancelled;

        // A cancelled initiative, or a done one with no end date, holds nobody up; a done initiative waits for nobody.
        bool HoldsNobodyUp(int i) => cancelled[i] || (done[i] && endDay[i] == PlanGraph.NoDay);
        bool Waits(int dependent, int dependency) =>
            !cancelled[dependent] && !done[dependent] && !HoldsNobodyUp(dependency);

        var dependsOn = graph.InitiativeDependsOn;
        var waitingFor = new int[count];
        for (var i = 0; i < count; i++)
        {
            foreach (var dependency in dependsOn.Of(i))
            {
                waitingFor[i] += Waits(i, dependency) ? 1 : 0;
            }
        }

        // Kahn's algorithm: an initiative is placed once everything it waits for is placed.
        var dependents = dependsOn.Reversed(count);
        var queue = new Queue<int>();
        for (var i = 0; i < count; i++)
        {
            if (waitingFor[i] == 0)
            {
                queue.Enqueue(i);
            }
        }

        var placed = new bool[count];
        while (queue.TryDequeue(out var i))
        {
            Place(schedule, i, endDay, done[i], cancelled[i], Waits);
            placed[i] = true;
            foreach (var dependent in dependents.Of(i))
            {
                if (Waits(dependent, i) && --waitingFor[dependent] == 0)
                {
                    queue.Enqueue(dependent);
                }
            }
        }

        // What was never placed is in a cycle or waits, directly or not, for one.
        for (var i = 0; i < count; i++)
        {
            if (!placed[i])
            {
                schedule.Driver[i] = -1;
                schedule.States[i] = cycleOf[i] >= 0 ? InitiativeScheduleState.InCycle : InitiativeScheduleState.Blocked;
                schedule.BlockedByIndex[i] = cycleOf[i] >= 0 ? -1 : FirstUnplaced(dependsOn.Of(i), placed, i, Waits);
            }
        }

        CriticalPaths(schedule);
        return schedule;
    }

    private static void Place(PlanSchedule schedule, int i, int[] endDay, bool done, bool cancelled, Func<int, int, bool> waits)
    {
        var graph = schedule.Graph;
        var start = graph.InitiativeStartDay[i];
        var end = endDay[i];
        schedule.Driver[i] = -1;
        schedule.BlockedByIndex[i] = -1;
        schedule.ChainLength[i] = 1;
        schedule.ChainStart[i] = i;
        if (cancelled || schedule.CycleOf[i] >= 0)
        {
            schedule.States[i] = cancelled ? InitiativeScheduleState.Cancelled : InitiativeScheduleState.InCycle;
            return;
        }

        if (end == PlanGraph.NoDay || (start == PlanGraph.NoDay && !done))
        {
            schedule.States[i] = InitiativeScheduleState.MissingDates;
            return;
        }

        if (done)
        {
            // Finished: it keeps the dates it happened on, whatever it once waited for.
            Schedule(schedule, i, start == PlanGraph.NoDay ? end : start, end);
            return;
        }

        var earliest = start;
        var driver = -1;
        foreach (var dependency in graph.InitiativeDependsOn.Of(i))
        {
            if (!waits(i, dependency))
            {
                continue;
            }

            if (!schedule.IsScheduled(dependency))
            {
                schedule.States[i] = InitiativeScheduleState.Blocked;
                schedule.BlockedByIndex[i] = dependency;
                return;
            }

            // The day after the dependency finishes; a dependency that leaves no slack at all still drives.
            var after = schedule.FinishDay[dependency] + 1;
            if (after > earliest || (after == earliest && driver < 0))
            {
                earliest = after;
                driver = dependency;
            }
        }

        schedule.Driver[i] = driver;
        if (driver >= 0)
        {
            schedule.ChainLength[i] = schedule.ChainLength[driver] + 1;
            schedule.ChainStart[i] = schedule.ChainStart[driver];
        }

        Schedule(schedule, i, earliest, earliest + (end - start));
    }

    private static void Schedule(PlanSchedule schedule, int i, int startDay, int finishDay)
    {
        schedule.States[i] = InitiativeScheduleState.Scheduled;
        schedule.StartDay[i] = startDay;
        schedule.FinishDay[i] = finishDay;
    }

    private static int FirstUnplaced(ReadOnlySpan<int> dependencies, bool[] placed, int i, Func<int, int, bool> waits)
    {
        foreach (var dependency in dependencies)
        {
            if (waits(i, dependency) && !placed[dependency])
            {
                return dependency;
            }
        }

        return -1;
    }

    /// <summary>
    /// For each objective, the scheduled initiative that supports it (directly or through one of its key
    /// results) and finishes last; on a tie, the first in file order. One pass over the support links.
    /// </summary>
    private static void CriticalPaths(PlanSchedule schedule)
    {
        var graph = schedule.Graph;
        var last = new int[graph.ObjectiveCount];
        Array.Fill(last, -1);
        void Consider(int objective, int initiative)
        {
            if (last[objective] < 0 || schedule.FinishDay[initiative] > schedule.FinishDay[last[objective]])
            {
                last[objective] = initiative;
            }
        }

        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            if (!schedule.IsScheduled(i))
            {
                continue;
            }

            foreach (var objective in graph.InitiativeObjectives.Of(i))
            {
                Consider(objective, i);
            }

            foreach (var keyResult in graph.InitiativeKeyResults.Of(i))
            {
                if (graph.KrObjective[keyResult] is var objective && objective >= 0)
                {
                    Consider(objective, i);
                }
            }
        }

        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            if (last[o] is var end && end >= 0)
            {
                schedule.CriticalPaths[o] = new ObjectiveCriticalPath(
                    o, schedule.ChainStart[end], end, schedule.ChainLength[end], schedule.FinishDay[end], graph.ObjectiveDueDay[o], schedule.Driver);
            }
        }
    }
}
