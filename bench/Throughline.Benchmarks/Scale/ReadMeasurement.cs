using System.Diagnostics;
using Throughline.Core.Analysis;
using Throughline.Core.Plans;

namespace Throughline.Benchmarks.Scale;

/// <summary>Reads, validates and compiles a plan file, in a process of its own so that its peak memory is this step's alone.</summary>
public static class ReadMeasurement
{
    public static int Run(string planPath, string results)
    {
        var clock = Stopwatch.StartNew();
        var read = PlanReader.ReadFile(planPath);
        var readTime = clock.Elapsed;
        if (!read.Succeeded)
        {
            Console.Error.WriteLine($"{planPath} does not read: {read.Errors[0]}");
            return 2;
        }

        var graph = PlanGraphBuilder.Build(read.Plan!);
        var total = clock.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024);
        var size = new FileInfo(planPath).Length / (1024.0 * 1024);
        var detail = $"{size:0} MiB file, {graph.KeyResultCount:N0} key results, {graph.Plan.Objectives.Count:N0} objectives, {graph.ActionCount:N0} actions; " +
            $"read and validate {readTime.TotalSeconds:0.0} s, compile {(total - readTime).TotalSeconds:0.0} s; peak memory {peak:0.00} GiB (target ≤ 2 GiB).";
        new Figure("read-plan", "read + validate + build the graph from the plan file", total.TotalSeconds, "s", 10, LowerIsBetter: true, detail).Save(results);
        new Figure("read-plan-memory", "peak memory of reading the plan file", peak, "GiB", 2, LowerIsBetter: true, $"process peak working set, {size:0} MiB file").Save(results);
        return 0;
    }
}
