using Throughline.Core.Capacity;
using Throughline.Core.Model;
using Throughline.Core.Priorities;
using Throughline.Core.Rules;
using Throughline.Core.Schedule;
using Throughline.Core.Silos;

namespace Throughline.Core.Analysis;

/// <summary>The alignment engine: progress, forecasts, line of sight, findings and scores of one plan as of one date.</summary>
public static class Analyzer
{
    public static AnalysisResult Analyze(Plan plan, DateOnly asOf) => Analyze(PlanGraphBuilder.Build(plan), asOf);

    public static AnalysisResult Analyze(PlanGraph graph, DateOnly asOf, RuleConfiguration? rules = null)
    {
        var result = new AnalysisResult(graph, asOf, rules ?? new RuleConfiguration(graph.Plan.Rules));
        var asOfDay = asOf.DayNumber;
        var horizonDay = graph.Plan.Vision?.Horizon?.DayNumber ?? PlanGraph.NoDay;
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            result.KeyResults[k] = Forecaster.Evaluate(graph, k, asOfDay, horizonDay);
        }

        RollUp.Run(result);
        LineOfSight.Run(result);

        // Execution planning; the ranking reads the line of sight computed above.
        result.Capacity = CapacityAnalysis.Compute(graph, asOf);
        result.Schedule = Scheduler.Compute(graph);
        result.Priorities = PriorityRanking.Compute(result);
        result.Silos = SiloMapBuilder.Build(graph);

        var findings = new List<Finding>();
        var context = new RuleContext(result, result.Rules, findings);
        foreach (var rule in RuleSet.All)
        {
            context.Run(rule);
        }

        findings.Sort(FindingOrder.Compare);
        result.Findings = findings;
        result.Scores = ScoreCard.Compute(result);
        return result;
    }
}

/// <summary>Findings in file order, as a compiler lists diagnostics; then by rule and subject so the order is stable.</summary>
internal static class FindingOrder
{
    public static int Compare(Finding a, Finding b)
    {
        var byLine = (a.Location?.Line ?? 0).CompareTo(b.Location?.Line ?? 0);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = (a.Location?.Column ?? 0).CompareTo(b.Location?.Column ?? 0);
        if (byColumn != 0)
        {
            return byColumn;
        }

        var byRule = string.CompareOrdinal(a.RuleId, b.RuleId);
        return byRule != 0 ? byRule : string.CompareOrdinal(a.SubjectId, b.SubjectId);
    }
}
