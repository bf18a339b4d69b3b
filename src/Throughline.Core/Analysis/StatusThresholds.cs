namespace Throughline.Core.Analysis;

/// <summary>The numbers that classify a key result; docs/forecast.md explains them with worked examples.</summary>
public static class StatusThresholds
{
    /// <summary>Projected progress at the due date (or progress against time elapsed) at or above which a key result is on track.</summary>
    public const double OnTrack = 0.9;

    /// <summary>At or above this (and below <see cref="OnTrack"/>) a key result is at risk; below it, off track.</summary>
    public const double AtRisk = 0.7;

    /// <summary>A key result with no check-in is "not started" until this share of its period has elapsed.</summary>
    public const double NotStartedUntilElapsed = 0.25;

    /// <summary>An objective with a due date but no start is taken to run for this many days before it is due.</summary>
    public const int DefaultPeriodDays = 90;

    /// <summary>A parent's health (on track 1, at risk 0.5, off track 0, weighted) at or above which it is on track.</summary>
    public const double ParentOnTrack = 0.8;

    /// <summary>A parent's health at or above which (and below <see cref="ParentOnTrack"/>) it is at risk.</summary>
    public const double ParentAtRisk = 0.5;

    /// <summary>Classifies a progress figure (projected at the due date, or achieved against time elapsed).</summary>
    public static ProgressStatus Classify(double ratio) =>
        ratio >= OnTrack ? ProgressStatus.OnTrack : ratio >= AtRisk ? ProgressStatus.AtRisk : ProgressStatus.OffTrack;
}
