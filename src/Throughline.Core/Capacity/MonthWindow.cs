using Throughline.Core.Analysis;

namespace Throughline.Core.Capacity;

/// <summary>
/// The calendar months analysed: from the as-of month through the last month an initiative that carries load
/// runs, at least the as-of month and at most <see cref="MonthsAfterAsOf"/> months after it. Earlier months are
/// history, and the cap bounds the work: no initiative touches more than 37 months of the window.
/// </summary>
internal sealed class MonthWindow
{
    public const int MonthsAfterAsOf = 36;

    // The first day of each month, then the day after the last month.
    private readonly int[] starts;
    private readonly int firstMonthNumber;

    private MonthWindow(DateOnly first, int count)
    {
        firstMonthNumber = MonthNumber(first);
        starts = new int[count + 1];
        var months = new DateOnly[count];
        for (var m = 0; m <= count; m++)
        {
            var day = first.AddMonths(m);
            starts[m] = day.DayNumber;
            if (m < count)
            {
                months[m] = day;
            }
        }

        Months = months;
    }

    public static MonthWindow For(PlanGraph graph, DateOnly asOf)
    {
        var first = new DateOnly(asOf.Year, asOf.Month, 1);
        var lastDay = PlanGraph.NoDay;
        var initiatives = graph.Plan.Initiatives;
        for (var i = 0; i < initiatives.Count; i++)
        {
            if (InitiativeCounting.CarriesLoad(initiatives[i].Status))
            {
                lastDay = Math.Max(lastDay, Math.Max(graph.InitiativeStartDay[i], graph.InitiativeEndDay[i]));
            }
        }

        var count = lastDay == PlanGraph.NoDay
            ? 1
            : Math.Clamp(MonthNumber(DateOnly.FromDayNumber(lastDay)) - MonthNumber(first) + 1, 1, MonthsAfterAsOf + 1);
        return new MonthWindow(first, count);
    }

    /// <summary>The first day of each month analysed.</summary>
    public IReadOnlyList<DateOnly> Months { get; }

    public int Count => starts.Length - 1;

    /// <summary>The last day of the last month analysed.</summary>
    public int LastDay => starts[^1] - 1;

    public int StartDay(int month) => starts[month];

    public int DaysIn(int month) => starts[month + 1] - starts[month];

    /// <summary>The index of the month a day falls in: negative before the window, <see cref="Count"/> or more after it.</summary>
    public int MonthOf(int day) => MonthNumber(DateOnly.FromDayNumber(day)) - firstMonthNumber;

    /// <summary>How many days of [start, end] (both included) fall in the month; zero or less when none.</summary>
    public int Overlap(int month, int start, int end) =>
        Math.Min(end, starts[month + 1] - 1) - Math.Max(start, starts[month]) + 1;

    private static int MonthNumber(DateOnly day) => (day.Year * 12) + day.Month - 1;
}
