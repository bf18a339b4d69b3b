using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Throughline.Benchmarks.Scale;

/// <summary>Writes the measured figures, with the machine they were measured on, between the markers of docs/performance.md.</summary>
public static class PerformanceTable
{
    public const string Start = "<!-- measured: bench/run.sh writes from here -->";
    public const string End = "<!-- measured: to here -->";

    /// <summary>The table's rows in the order of the targets they answer; anything else after them.</summary>
    private static readonly string[] Order =
    [
        "analysis", "analysis-vs-floor", "check-in", "check-in-allocation", "read-plan", "read-plan-memory",
        "import-sqlite", "import-postgresql", "cold-start-postgresql", "memory-postgresql", "rollup-vs-cte",
        "http-home", "http-home-p99", "http-check-ins", "http-pages",
    ];

    public static int Write(string results, string document)
    {
        var measurements = Figure.LoadAll(results)
            .OrderBy(m => Array.IndexOf(Order, m.Id) is var i && i >= 0 ? i : Order.Length)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var table = new StringBuilder();
        table.AppendLine(Start);
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Machine()}, people = {BenchData.People:N0}.");
        table.AppendLine();
        table.AppendLine("| what | measured | target | | how |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var m in measurements)
        {
            var verdict = m.Met switch { true => "met", false => "**missed**", null => "" };
            table.AppendLine(CultureInfo.InvariantCulture, $"| {m.What} | {Format(m)} | {m.TargetText} | {verdict} | {m.Detail} |");
        }

        table.AppendLine();
        table.Append(End);

        var text = File.Exists(document) ? File.ReadAllText(document) : $"{Start}\n{End}\n";
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            Console.Error.WriteLine($"{document} has no '{Start}' … '{End}' markers to write the table between.");
            return 2;
        }

        File.WriteAllText(document, text[..from] + table + text[(to + End.Length)..]);
        Console.WriteLine($"Wrote {measurements.Count} figures to {document}.");
        return measurements.Any(m => m.Met == false) ? 1 : 0;
    }

    private static string Format(Figure m) => m.Unit switch
    {
        "×" => string.Create(CultureInfo.InvariantCulture, $"{m.Value:0.0}×"),
        "%" => string.Create(CultureInfo.InvariantCulture, $"{m.Value:0}%"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{m.Value:#,0.##} {m.Unit}"),
    };

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"{model ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
    }
}
