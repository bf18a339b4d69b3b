using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports;

/// <summary>
/// A key result (or a success measure of the vision) as of the analysis date: where it stands, where its
/// check-ins point, and who works on it. Unknown figures are null.
/// </summary>
public sealed record KeyResultLine(
    string Id,
    string Title,
    string? Owner,
    string? Unit,
    Direction Direction,
    double? Baseline,
    double? Target,
    ValueRange? Range,
    double Weight,
    double? Current,
    double Progress,
    ProgressStatus Status,
    double? Forecast,
    double? ForecastProgress,
    DateOnly? Due,
    DateOnly? LastCheckIn,
    double? Confidence,
    IReadOnlyList<WorkItem> Work)
{
    internal static KeyResultLine From(AnalysisResult result, int k, WorkIndex work)
    {
        var kr = result.Graph.KeyResult(k);
        var forecast = result.KeyResult(k);
        return new KeyResultLine(
            kr.Id,
            kr.Title,
            kr.Owner ?? result.Graph.ObjectiveOf(k)?.Owner,
            kr.Unit,
            kr.EffectiveDirection,
            kr.Baseline,
            kr.Target,
            kr.Range,
            kr.EffectiveWeight,
            forecast.CheckInCount > 0 ? forecast.Current : kr.Baseline,
            forecast.Progress,
            forecast.Status,
            Known(forecast.Projected),
            Known(forecast.ProjectedProgress),
            forecast.Due,
            forecast.LastCheckIn,
            Known(forecast.LastConfidence),
            work.For(kr.Id));
    }

    /// <summary>The engine marks what it cannot know with NaN; the report says null, which every format can carry.</summary>
    internal static double? Known(double value) => double.IsNaN(value) ? null : value;
}
