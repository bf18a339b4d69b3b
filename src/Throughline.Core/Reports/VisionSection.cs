using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>The vision with its rolled-up progress and its success measures.</summary>
public sealed record VisionSection(
    string Statement,
    string? Purpose,
    DateOnly? Horizon,
    double Progress,
    ProgressStatus Status,
    IReadOnlyList<KeyResultLine> SuccessMeasures)
{
    /// <summary>Null when the plan states no vision.</summary>
    internal static VisionSection? From(AnalysisResult result, WorkIndex work)
    {
        var vision = result.Plan.Vision;
        if (vision is null)
        {
            return null;
        }

        var graph = result.Graph;
        var measures = Enumerable.Range(graph.FirstSuccessMeasure, graph.KeyResultCount - graph.FirstSuccessMeasure)
            .Select(k => KeyResultLine.From(result, k, work))
            .ToList();
        return new VisionSection(vision.Statement, vision.Purpose, vision.Horizon, result.Vision.Progress, result.Vision.Status, measures);
    }
}
