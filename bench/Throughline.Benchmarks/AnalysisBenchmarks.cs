using BenchmarkDotNet.Attributes;
using Throughline.Core.Analysis;
using Throughline.Core.Rules;

namespace Throughline.Benchmarks;

/// <summary>
/// The full analysis of the organization from its compiled plan — forecasts, roll-ups, line of sight, capacity,
/// schedule, priorities, silos, every rule and the scores — next to the plain pass over the same data (the floor).
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private PlanGraph graph = null!;
    private RuleConfiguration rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchData.Graph(BenchData.People);
        rules = new RuleConfiguration(graph.Plan.Rules);
    }

    [Benchmark(Baseline = true, Description = "sequential pass over the same data")]
    public double SequentialPass() => MemoryFloor.Pass(graph);

    [Benchmark(Description = "full analysis")]
    public AnalysisResult FullAnalysis() => Analyzer.Analyze(graph, BenchData.AsOf, rules);
}
