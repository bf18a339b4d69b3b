using System.Globalization;

namespace Throughline.Cli.Starter;

/// <summary>
/// The check-ins of the starter plan's key results: up to three, one cadence apart, ending today, with
/// values a little ahead of a straight line from baseline to target. Ahead, so that the starter's
/// forecasts read "on track" on the day it is written, with room for the values' rounding.
/// </summary>
internal static class StarterCheckIns
{
    /// <summary>The line reaches the target when this share of the period has gone.</summary>
    private const double AheadShare = 0.95;

    private static readonly double[] Confidences = [0.7, 0.75, 0.8];

    /// <summary>How many cadence steps before today each check-in is, oldest first.</summary>
    private static readonly int[] StepsBack = [2, 1, 0];

    private enum Period { Vision, Year, Quarter }

    /// <summary>One key result's series: the values move from <c>From</c> to <c>To</c> (equal for a maintained value).</summary>
    private sealed record Series(string Id, double From, double To, int Decimals, Period Period, int StepDays, string By, string Note);

    // The numbers must match the key results in starter.plan.yaml; StarterPlanTests checks they do.
    private static readonly Series[] All =
    [
        new("VS1", 1200, 10000, 0, Period.Vision, 91, "alex", "Renewals held in the last quarter"),
        new("VS2", 60, 90, 1, Period.Vision, 91, "lee", "From the quarterly customer survey"),
        new("KR1", 800, 1500, 0, Period.Year, 30, "sam", "Growth came from referrals"),
        new("KR2", 14, 3, 1, Period.Quarter, 14, "jo", "Measured on this fortnight's sign-ups"),
        new("KR3", 96, 96, 0, Period.Quarter, 7, "lee", "Steady with two people on the queue"),
    ];

    /// <summary>The YAML lines (<c>- { date: …, value: … }</c>) of one key result's check-ins, oldest first.</summary>
    public static IReadOnlyList<string> Lines(string keyResultId, StarterCalendar calendar)
    {
        var series = All.Single(s => s.Id == keyResultId);
        var (lineStart, lineEnd, notBefore) = series.Period switch
        {
            Period.Vision => (calendar.VisionBaselineDay, calendar.VisionHorizon.AddYears(-1), DateOnly.MinValue),
            Period.Year => (calendar.YearStart, AheadOf(calendar.YearStart, calendar.YearEnd), calendar.YearStart),
            _ => (calendar.QuarterStart, AheadOf(calendar.QuarterStart, calendar.QuarterEnd), calendar.QuarterStart),
        };

        var dates = StepsBack
            .Select(steps => calendar.Today.AddDays(-steps * series.StepDays))
            .Where(date => date >= notBefore)
            .ToList();
        var confidences = Confidences[^dates.Count..];
        return [.. dates.Select((date, i) => Line(series, date, Value(series, date, lineStart, lineEnd), confidences[i], i == dates.Count - 1))];
    }

    private static DateOnly AheadOf(DateOnly start, DateOnly end) =>
        start.AddDays((int)Math.Floor((end.DayNumber - start.DayNumber) * AheadShare));

    /// <summary>The straight-line value on a date, rounded toward the target so rounding never puts it behind.</summary>
    private static double Value(Series series, DateOnly date, DateOnly lineStart, DateOnly lineEnd)
    {
        var share = Math.Clamp((double)(date.DayNumber - lineStart.DayNumber) / (lineEnd.DayNumber - lineStart.DayNumber), 0, 1);
        var exact = series.From + ((series.To - series.From) * share);
        var scale = Math.Pow(10, series.Decimals);
        var rounded = series.To >= series.From ? Math.Ceiling(exact * scale) / scale : Math.Floor(exact * scale) / scale;
        return series.To >= series.From ? Math.Min(rounded, series.To) : Math.Max(rounded, series.To);
    }

    private static string Line(Series series, DateOnly date, double value, double confidence, bool latest)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"- {{ date: {date:yyyy-MM-dd}, value: {value}, confidence: {confidence}, by: {series.By}");
        return latest ? $"{text}, note: {series.Note} }}" : text + " }";
    }
}
