using BenchmarkDotNet.Attributes;
using Throughline.Core.Analysis;
using Throughline.Core.Live;
using Throughline.Core.Model;

namespace Throughline.Benchmarks;

/// <summary>
/// One check-in on a live analysis: the key result's forecast and status, every ancestor's roll-up and the
/// findings it affects. Run at two sizes: time and allocation must not grow with the organization.
/// </summary>
[MemoryDiagnoser]
public class CheckInBenchmarks
{
    private LiveAnalysis live = null!;
    private int[] keyResults = [];
    private double[] values = [];
    private int next;

    /// <summary>People in the organization: a tenth of the benchmark's size, and the size itself.</summary>
    [ParamsSource(nameof(Sizes))]
    public int People { get; set; }

    public static IEnumerable<int> Sizes() => BenchData.People >= 20_000 ? [BenchData.People / 10, BenchData.People] : [BenchData.People];

    [GlobalSetup]
    public void Setup()
    {
        var graph = BenchData.Graph(People);
        live = new LiveAnalysis(graph, BenchData.AsOf);

        // Every key result of an objective, in a shuffled order, each with a value that moves it: a fifth to nine tenths of the way.
        var random = new Random(7);
        keyResults = [.. Enumerable.Range(0, graph.FirstSuccessMeasure).OrderBy(_ => random.Next())];
        values = new double[keyResults.Length];
        for (var i = 0; i < keyResults.Length; i++)
        {
            var k = keyResults[i];
            var share = 0.2 + (0.7 * random.NextDouble());
            values[i] = graph.KrDirection[k] == Direction.Maintain
                ? (graph.KrLow[k] + graph.KrHigh[k]) / 2
                : Baseline(graph, k) + ((Target(graph, k) - Baseline(graph, k)) * share);
        }

        // One round first: a key result's first check-in after a full analysis copies its history once, and the
        // findings settle. What is measured is the steady state, the same at every size.
        for (var i = 0; i < keyResults.Length; i++)
        {
            CheckIn();
        }
    }

    [Benchmark(Description = "one check-in")]
    public CheckInResult CheckIn()
    {
        var i = next;
        next = next + 1 == keyResults.Length ? 0 : next + 1;
        return live.CheckIn(keyResults[i], BenchData.AsOf, values[i], 0.8);
    }

    private static double Baseline(PlanGraph graph, int k) => double.IsNaN(graph.KrBaseline[k]) ? 0 : graph.KrBaseline[k];

    private static double Target(PlanGraph graph, int k) => double.IsNaN(graph.KrTarget[k]) ? Baseline(graph, k) + 1 : graph.KrTarget[k];
}
