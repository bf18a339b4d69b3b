namespace Throughline.Core.Analysis;

/// <summary>
/// The headline numbers of an analysis. Shares are from 0 to 1; a share is null when there is nothing to
/// take it of (no work at all, no goals or objectives).
/// </summary>
public sealed record Scores(
    double? LineOfSightCoverage,
    double? ExecutionCoverage,
    double OverallProgress,
    IReadOnlyDictionary<string, int> FindingsByFamily);
