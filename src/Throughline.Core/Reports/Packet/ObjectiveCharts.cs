using Throughline.Core.Analysis;

namespace Throughline.Core.Reports.Packet;

/// <summary>An objective of the plan with its standing, the goals (or objectives) it contributes to, and a chart per key result.</summary>
public sealed record ObjectiveCharts(
    string Id,
    string Title,
    string? Owner,
    DateOnly? Due,
    double Progress,
    ProgressStatus Status,
    IReadOnlyList<string> ContributesTo,
    IReadOnlyList<KeyResultChart> KeyResults)
{
    /// <summary>Every objective in plan order.</summary>
    internal static IReadOnlyList<ObjectiveCharts> From(AnalysisResult result, WorkIndex work)
    {
        var graph = result.Graph;
        var objectives = new List<ObjectiveCharts>(graph.ObjectiveCount);
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            var objective = result.Plan.Objectives[o];
            var state = result.Objective(o);
            var range = graph.KeyResultsOf(o);
            var (first, count) = range.GetOffsetAndLength(graph.KeyResultCount);
            objectives.Add(new ObjectiveCharts(
                objective.Id,
                objective.Title,
                objective.Owner,
                objective.Due,
                state.Progress,
                state.Status,
                [.. objective.ContributesTo.Select(c => c.Id)],
                [.. Enumerable.Range(first, count).Select(k => KeyResultChart.From(result, k, work))]));
        }

        return objectives;
    }
}
