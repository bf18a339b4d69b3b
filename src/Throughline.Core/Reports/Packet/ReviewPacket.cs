using Throughline.Core.Analysis;

namespace Throughline.Core.Reports.Packet;

/// <summary>
/// The quarterly review packet of one analysis (docs/report.md): the strategy report's figures, plus a chart
/// per key result, the wins of the quarter and the decisions the findings call for.
/// </summary>
public sealed record ReviewPacket(
    ReviewQuarter Quarter,
    StrategyReport Report,
    IReadOnlyList<ObjectiveCharts> Objectives,
    QuarterWins Wins,
    IReadOnlyList<DecisionNeeded> Decisions)
{
    public static ReviewPacket From(AnalysisResult result, ReviewQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = StrategyReport.From(result);
        var work = WorkIndex.From(result.Plan);
        return new ReviewPacket(quarter, report, ObjectiveCharts.From(result, work), QuarterWins.From(result, quarter), DecisionList.From(result, report));
    }
}
