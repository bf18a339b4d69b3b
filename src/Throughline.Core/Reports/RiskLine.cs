using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>
/// A key result that is off track or at risk. <see cref="Pace"/> is the share of its target it is on course
/// to reach: its forecast progress at the due date when its check-ins give a trend, else its progress
/// divided by the share of its period elapsed.
/// </summary>
public sealed record RiskLine(
    string KeyResultId,
    string Title,
    string? ObjectiveId,
    string? Owner,
    DateOnly? Due,
    ProgressStatus Status,
    double Progress,
    double? Elapsed,
    double? ForecastProgress,
    double Pace);
