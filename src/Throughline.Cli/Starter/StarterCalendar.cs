namespace Throughline.Cli.Starter;

/// <summary>
/// The dates of the starter plan, all derived from the day it is written, so that a fresh starter always
/// describes the current quarter and the year ahead. The "year" is the twelve months from the start of the
/// current quarter, not the calendar year: work planned for next quarter must fit inside the year's objective
/// whenever the starter is written (in November too).
/// </summary>
internal sealed class StarterCalendar
{
    public StarterCalendar(DateOnly today)
    {
        Today = today;
        Quarter = ((today.Month - 1) / 3) + 1;
        QuarterStart = new DateOnly(today.Year, ((Quarter - 1) * 3) + 1, 1);
        QuarterEnd = QuarterStart.AddMonths(3).AddDays(-1);
        YearStart = QuarterStart;
        YearEnd = QuarterStart.AddYears(1).AddDays(-1);
        NextQuarterStart = QuarterEnd.AddDays(1);
        NextQuarterEnd = NextQuarterStart.AddMonths(3).AddDays(-1);
        GoalHorizon = new DateOnly(today.Year + 3, 12, 31);
        VisionHorizon = new DateOnly(today.Year + 5, 12, 31);
    }

    public DateOnly Today { get; }
    public int Year => Today.Year;
    public int Quarter { get; }
    public DateOnly YearStart { get; }
    public DateOnly YearEnd { get; }
    public DateOnly QuarterStart { get; }
    public DateOnly QuarterEnd { get; }
    public DateOnly NextQuarterStart { get; }
    public DateOnly NextQuarterEnd { get; }
    public DateOnly GoalHorizon { get; }
    public DateOnly VisionHorizon { get; }

    /// <summary>The vision's measures are taken to have started at their baseline at the start of last year.</summary>
    public DateOnly VisionBaselineDay => YearStart.AddYears(-1);
}
