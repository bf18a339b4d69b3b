namespace Throughline.Core.Analysis;

/// <summary>
/// What the check-ins of one key result say as of the analysis date. Days are day numbers;
/// <see cref="PlanGraph.NoDay"/> and NaN mark what cannot be known.
/// </summary>
public readonly record struct KeyResultForecast
{
    /// <summary>The latest value as of the analysis date, or the baseline when nothing was checked in.</summary>
    public double Current { get; init; }

    public double Progress { get; init; }
    public ProgressStatus Status { get; init; }

    /// <summary>Check-ins dated on or before the analysis date.</summary>
    public int CheckInCount { get; init; }

    public int LastCheckInDay { get; init; }

    /// <summary>Confidence of the latest check-in; NaN when it gave none.</summary>
    public double LastConfidence { get; init; }

    /// <summary>The least-squares trend of the check-ins, in the key result's unit per day; NaN with fewer than two check-in dates.</summary>
    public double SlopePerDay { get; init; }

    /// <summary>The trend's value at the due date; NaN without a trend or a due date.</summary>
    public double Projected { get; init; }

    /// <summary>The progress the projected value would be; NaN without a projection.</summary>
    public double ProjectedProgress { get; init; }

    /// <summary>The share of the key result's period elapsed at the analysis date; NaN when its dates are unknown.</summary>
    public double Elapsed { get; init; }

    public int StartDay { get; init; }
    public int DueDay { get; init; }

    public DateOnly? LastCheckIn => LastCheckInDay == PlanGraph.NoDay ? null : DateOnly.FromDayNumber(LastCheckInDay);
    public DateOnly? Due => DueDay == PlanGraph.NoDay ? null : DateOnly.FromDayNumber(DueDay);
}
