using Throughline.Core.Analysis;

namespace Throughline.Core.Capacity;

/// <summary>
/// How many of its own planned and active initiatives each unit runs at once, from the as-of date to the end of
/// the months analysed (docs/capacity.md). An initiative occupies [start, end]; a missing start is taken as the
/// as-of date and a missing end as the end of the window, so one without dates runs throughout. One sort of the
/// start and end events of all units, then one sweep: O(n log n) for n initiatives.
/// </summary>
public sealed class InitiativeConcurrency
{
    private readonly int[] from;
    private readonly int[] to;
    private readonly Adjacency runningByUnit;
    private readonly int[] peakCount;
    private readonly int[] peakDay;

    internal InitiativeConcurrency(PlanGraph graph, int firstDay, int lastDay)
    {
        var initiatives = graph.Plan.Initiatives;
        from = new int[initiatives.Count];
        to = new int[initiatives.Count];
        var running = new List<(int Unit, int Initiative, double)>();
        for (var i = 0; i < initiatives.Count; i++)
        {
            var start = graph.InitiativeStartDay[i] == PlanGraph.NoDay ? firstDay : Math.Max(graph.InitiativeStartDay[i], firstDay);
            var end = graph.InitiativeEndDay[i] == PlanGraph.NoDay ? lastDay : Math.Min(graph.InitiativeEndDay[i], lastDay);
            (from[i], to[i]) = (start, end);
            if (InitiativeCounting.RunsConcurrently(initiatives[i].Status) && graph.InitiativeUnit[i] >= 0 && start <= end)
            {
                running.Add((graph.InitiativeUnit[i], i, 0));
            }
        }

        runningByUnit = Adjacency.FromEdges(graph.UnitCount, running);
        (peakCount, peakDay) = Sweep(graph.UnitCount, running);
    }

    /// <summary>The most initiatives the unit runs at once; 0 when it runs none.</summary>
    public int PeakCount(int unit) => peakCount[unit];

    /// <summary>The unit's peak: how many, the first day it is reached, and which initiatives run then; null when it runs none.</summary>
    public ConcurrencyPeak? Peak(int unit) => peakCount[unit] == 0
        ? null
        : new ConcurrencyPeak(peakCount[unit], DateOnly.FromDayNumber(peakDay[unit]), RunningOn(unit, peakDay[unit]));

    /// <summary>The unit's own counted initiatives that run on the day, in plan order.</summary>
    public IReadOnlyList<int> RunningOn(int unit, DateOnly day) => RunningOn(unit, day.DayNumber);

    private List<int> RunningOn(int unit, int day)
    {
        var found = new List<int>();
        foreach (var i in runningByUnit.Of(unit))
        {
            if (from[i] <= day && day <= to[i])
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>
    /// Sorts every start (at its day) and end (the day after) by unit, day, and ends before starts on the same day,
    /// then counts up and down: the first time a unit's count beats its best so far is its peak day.
    /// </summary>
    private (int[] Count, int[] Day) Sweep(int unitCount, List<(int Unit, int Initiative, double)> running)
    {
        // Day numbers stay below 2^22 (DateOnly.MaxValue is day 3,652,058), so unit, day and kind pack into a long.
        var events = new long[running.Count * 2];
        for (var at = 0; at < running.Count; at++)
        {
            var (unit, i, _) = running[at];
            events[2 * at] = ((long)unit << 24) | ((long)from[i] << 1) | 1;
            events[(2 * at) + 1] = ((long)unit << 24) | ((long)(to[i] + 1) << 1);
        }

        Array.Sort(events);
        var count = new int[unitCount];
        var day = new int[unitCount];
        var current = 0;
        var previousUnit = -1;
        foreach (var e in events)
        {
            var unit = (int)(e >> 24);
            if (unit != previousUnit)
            {
                (current, previousUnit) = (0, unit);
            }

            current += (e & 1) == 1 ? 1 : -1;
            if (current > count[unit])
            {
                (count[unit], day[unit]) = (current, (int)((e >> 1) & 0x7FFFFF));
            }
        }

        return (count, day);
    }
}
