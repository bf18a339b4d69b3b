using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>The key results furthest behind: off track before at risk, then by pace, lowest first.</summary>
internal static class RiskList
{
    public const int Limit = 10;

    public static IReadOnlyList<RiskLine> From(AnalysisResult result)
    {
        var graph = result.Graph;
        var risks = new List<RiskLine>();
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var forecast = result.KeyResult(k);
            if (forecast.Status is not (ProgressStatus.OffTrack or ProgressStatus.AtRisk))
            {
                continue;
            }

            var kr = graph.KeyResult(k);
            var objective = graph.ObjectiveOf(k);
            risks.Add(new RiskLine(
                kr.Id,
                kr.Title,
                objective?.Id,
                kr.Owner ?? objective?.Owner,
                forecast.Due,
                forecast.Status,
                forecast.Progress,
                KeyResultLine.Known(forecast.Elapsed),
                KeyResultLine.Known(forecast.ProjectedProgress),
                Pace(forecast)));
        }

        // The status goes first because a "maintain" key result outside its range is off track whatever its trend says.
        return risks
            .OrderBy(r => r.Status == ProgressStatus.OffTrack ? 0 : 1)
            .ThenBy(r => r.Pace)
            .ThenBy(r => r.KeyResultId, StringComparer.Ordinal)
            .Take(Limit)
            .ToList();
    }

    /// <summary>The figure the forecaster classified the key result by (docs/forecast.md).</summary>
    private static double Pace(KeyResultForecast forecast) =>
        !double.IsNaN(forecast.ProjectedProgress) ? forecast.ProjectedProgress
        : forecast.Elapsed > 0 ? forecast.Progress / forecast.Elapsed
        : forecast.Progress;
}
