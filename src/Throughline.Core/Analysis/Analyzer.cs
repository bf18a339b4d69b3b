using System.Collections.Concurrent;
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
    /// <summary>Key results per forecasting task: enough to outweigh scheduling, few enough to balance the cores.</summary>
    private const int ForecastRange = 4096;

    public static AnalysisResult Analyze(Plan plan, DateOnly asOf) => Analyze(PlanGraphBuilder.Build(plan), asOf);

    public static AnalysisResult Analyze(PlanGraph graph, DateOnly asOf, RuleConfiguration? rules = null)
    {
        var result = new AnalysisResult(graph, asOf, rules ?? new RuleConfiguration(graph.Plan.Rules));
        var asOfDay = asOf.DayNumber;
        var horizonDay = graph.Plan.Vision?.Horizon?.DayNumber ?? PlanGraph.NoDay;

        // Independent per key result: forecast them in ranges, on every core when there are many.
        void Forecast(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                result.KeyResults[k] = Forecaster.Evaluate(graph, k, asOfDay, horizonDay);
            }
        }

        if (graph.KeyResultCount <= ForecastRange)
        {
            Forecast(0, graph.KeyResultCount);
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, graph.KeyResultCount, ForecastRange), range => Forecast(range.Item1, range.Item2));
        }

        // Execution planning reads only the graph, so it runs beside the roll-up and line of sight; the ranking
        // reads the line of sight.
        Parallel.Invoke(
            () =>
            {
                RollUp.Run(result);
                LineOfSight.Run(result);
                result.Priorities = PriorityRanking.Compute(result);
            },
            () => result.Capacity = CapacityAnalysis.Compute(graph, asOf),
            () => result.Schedule = Scheduler.Compute(graph),
            () => result.Silos = SiloMapBuilder.Build(graph));

        // Every rule only reads the analysis, so they run in parallel, each into a list of its own; the lists
        // are joined in the rules' order, so the findings are the same as one rule after another would give.
        var perRule = new List<Finding>[RuleSet.All.Count];
        Parallel.For(0, perRule.Length, r =>
        {
            perRule[r] = [];
            new RuleContext(result, result.Rules, perRule[r]).Run(RuleSet.All[r]);
        });
        var findings = new List<Finding>(perRule.Sum(list => list.Count));
        foreach (var list in perRule)
        {
            findings.AddRange(list);
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
