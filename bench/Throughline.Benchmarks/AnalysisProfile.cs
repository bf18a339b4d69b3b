using System.Diagnostics;
using Throughline.Core.Analysis;
using Throughline.Core.Capacity;
using Throughline.Core.Priorities;
using Throughline.Core.Rules;
using Throughline.Core.Schedule;
using Throughline.Core.Silos;

namespace Throughline.Benchmarks;

/// <summary>Where a full analysis spends its time, stage by stage and rule by rule: the median of several runs of each.</summary>
public static class AnalysisProfile
{
    public static int Run()
    {
        var graph = BenchData.Graph(BenchData.People);
        var rules = new RuleConfiguration(graph.Plan.Rules);
        var asOf = BenchData.AsOf;
        var result = Analyzer.Analyze(graph, asOf, rules);
        var horizon = graph.Plan.Vision?.Horizon?.DayNumber ?? PlanGraph.NoDay;
        var stages = new List<(string Name, Action Run)>
        {
            ("forecasts", () =>
            {
                for (var k = 0; k < graph.KeyResultCount; k++)
                {
                    result.KeyResults[k] = Forecaster.Evaluate(graph, k, asOf.DayNumber, horizon);
                }
            }),
            ("roll-up", () => RollUp.Run(result)),
            ("line of sight", () => LineOfSight.Run(result)),
            ("capacity", () => CapacityAnalysis.Compute(graph, asOf)),
            ("schedule", () => Scheduler.Compute(graph)),
            ("priorities", () => PriorityRanking.Compute(result)),
            ("silos", () => SiloMapBuilder.Build(graph)),
        };
        foreach (var rule in RuleSet.All)
        {
            stages.Add(("rule " + rule.Descriptor.Id, () => new RuleContext(result, rules, []).Run(rule)));
        }

        stages.Add(("sort findings", () => new List<Finding>(result.Findings).Sort(FindingOrder.Compare)));
        stages.Add(("scores", () => ScoreCard.Compute(result)));
        var total = 0.0;
        foreach (var (name, run) in stages)
        {
            var times = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                var clock = Stopwatch.StartNew();
                run();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            var median = times.Order().ElementAt(times.Count / 2);
            total += median;
            Console.WriteLine($"{median,9:0.00} ms  {name}");
        }

        Console.WriteLine($"{total,9:0.00} ms  total");
        return 0;
    }
}
