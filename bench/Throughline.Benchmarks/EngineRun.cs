using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Throughline.Benchmarks.Scale;

namespace Throughline.Benchmarks;

/// <summary>Runs the BenchmarkDotNet benchmarks of the engine and turns their summaries into the table's figures.</summary>
public static class EngineRun
{
    public static int Run(bool smoke, string results)
    {
        // In process: the benchmarks need no generated project, and a smoke run takes seconds. A fixed number
        // of iterations keeps a noisy machine from running one benchmark for many minutes.
        var toolchain = new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true);
        var job = (smoke ? Job.Dry : Job.Default.WithWarmupCount(3).WithIterationCount(15)).WithToolchain(toolchain);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(results, "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);

        var analysis = BenchmarkRunner.Run<AnalysisBenchmarks>(config);
        var checkIns = BenchmarkRunner.Run<CheckInBenchmarks>(config);
        if (analysis.HasCriticalValidationErrors || checkIns.HasCriticalValidationErrors || analysis.Reports.Concat(checkIns.Reports).Any(r => !r.Success))
        {
            Console.Error.WriteLine("A benchmark failed; see the output above.");
            return 1;
        }

        var people = BenchData.People;
        var full = Median(analysis, nameof(AnalysisBenchmarks.FullAnalysis)) / 1e6;
        var floor = Median(analysis, nameof(AnalysisBenchmarks.SequentialPass)) / 1e6;
        new Figure("analysis", $"full analysis of the {people:N0}-person organization from the in-memory graph", full, "ms", 500, LowerIsBetter: true,
            "forecasts, roll-ups, line of sight, capacity, schedule, priorities, silos, every rule and the scores; BenchmarkDotNet median").Save(results);
        new Figure("analysis-vs-floor", "full analysis against a plain sequential pass over the same data", full / floor, "×", 10, LowerIsBetter: true,
            $"sequential pass {floor:0.0} ms, the memory-bound floor, in the same run").Save(results);

        var sizes = CheckInBenchmarks.Sizes().ToList();
        var largest = sizes[^1];
        var time = Median(checkIns, nameof(CheckInBenchmarks.CheckIn), largest) / 1e3;
        var bytes = Allocated(checkIns, largest);
        var detail = sizes.Count > 1
            ? $"{Median(checkIns, nameof(CheckInBenchmarks.CheckIn), sizes[0]) / 1e3:0.0} µs and {Allocated(checkIns, sizes[0]):N0} B allocated at {sizes[0]:N0} people; {bytes:N0} B allocated at {largest:N0}"
            : $"{bytes:N0} B allocated";
        new Figure("check-in", $"one check-in on the {largest:N0}-person organization (forecast, ancestors' roll-ups, findings)", time, "µs", 20, LowerIsBetter: true, detail).Save(results);
        if (sizes.Count > 1)
        {
            // What a check-in allocates is the check-in, its messages and a key result's first history copy: never more in a larger organization.
            var small = Allocated(checkIns, sizes[0]);
            new Figure("check-in-allocation", $"allocation per check-in at {largest:N0} people, against {sizes[0]:N0}", bytes / Math.Max(small, 1), "×", 1.25, LowerIsBetter: true,
                $"{small:N0} B at {sizes[0]:N0} people, {bytes:N0} B at {largest:N0}: no allocation grows with the organization").Save(results);
        }

        return 0;
    }

    private static double Median(Summary summary, string method, int? people = null) =>
        Report(summary, method, people).ResultStatistics!.Median;

    private static double Allocated(Summary summary, int people) =>
        Report(summary, nameof(CheckInBenchmarks.CheckIn), people).GcStats.GetBytesAllocatedPerOperation(Report(summary, nameof(CheckInBenchmarks.CheckIn), people).BenchmarkCase) ?? 0;

    private static BenchmarkReport Report(Summary summary, string method, int? people) =>
        summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (people is null || Equals(r.BenchmarkCase.Parameters["People"], people)));
}
