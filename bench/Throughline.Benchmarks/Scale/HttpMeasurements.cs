using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Throughline.Benchmarks.Scale;

/// <summary>Turns what wrk printed into the table's figures, and checks the check-ins it was told were stored.</summary>
public static partial class HttpMeasurements
{
    /// <summary>The home dashboard against a trivial endpoint of the same server, both measured by wrk in the same run.</summary>
    public static int Compare(string homeOutput, string trivialOutput, string results)
    {
        var home = Wrk.Parse(File.ReadAllText(homeOutput));
        var trivial = Wrk.Parse(File.ReadAllText(trivialOutput));
        new Figure("http-home", "HTTP: home dashboard JSON of the demo organization, against a trivial endpoint of the same server", 100 * home.RequestsPerSecond / trivial.RequestsPerSecond, "%", 30, LowerIsBetter: false,
            $"wrk on loopback, 64 connections: home {home.RequestsPerSecond:N0} requests/s, trivial (GET /health/live) {trivial.RequestsPerSecond:N0} requests/s; {home.Errors} errors").Save(results);
        new Figure("http-home-p99", "HTTP: home dashboard p99 latency", home.P99Milliseconds, "ms", 50, LowerIsBetter: true,
            $"median {home.P50Milliseconds:0.0} ms, p90 {home.P90Milliseconds:0.0} ms").Save(results);
        return 0;
    }

    /// <summary>
    /// The web pages of the demo organization, each requested by one wrk connection after another so that the
    /// latency is the server's time to render it: the slowest page's p99 against the target. The folder holds one
    /// wrk output per page, named after it.
    /// </summary>
    public static int Pages(string folder, string results)
    {
        var pages = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(file => (Name: Path.GetFileNameWithoutExtension(file), Run: Wrk.Parse(File.ReadAllText(file))))
            .ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"No page measurements in {folder}.");
            return 2;
        }

        var slowest = pages.MaxBy(p => p.Run.P99Milliseconds);
        var errors = pages.Sum(p => p.Run.Errors);
        var each = string.Join("; ", pages.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Run.P50Milliseconds:0.0}/{p.Run.P99Milliseconds:0.0}")));
        new Figure("http-pages", "HTTP: web pages of the demo organization, slowest page's p99", slowest.Run.P99Milliseconds, "ms", 200, LowerIsBetter: true,
            $"wrk on loopback, 1 connection, median/p99 ms per page: {each}; {errors} errors").Save(results);
        return errors == 0 ? 0 : 1;
    }

    public static async Task<long> CountCheckInsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"CheckIns\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every check-in the server acknowledged (201) must be in the database; a few more may be, answered after wrk stopped listening.</summary>
    public static async Task<int> VerifyCheckInsAsync(string database, long before, string wrkOutput, string results)
    {
        var text = File.ReadAllText(wrkOutput);
        var run = Wrk.Parse(text);
        var acknowledged = long.Parse(Counter().Match(text) is { Success: true } m ? m.Groups["acknowledged"].Value : "0", CultureInfo.InvariantCulture);
        var refused = long.Parse(Counter().Match(text) is { Success: true } r ? r.Groups["refused"].Value : "0", CultureInfo.InvariantCulture);
        var stored = await CountCheckInsAsync(database) - before;
        var perSecond = acknowledged / run.Seconds;
        var kept = stored >= acknowledged;
        new Figure("http-check-ins", "HTTP: check-ins (POST) on SQLite, sustained", perSecond, "check-ins/s", 1000, LowerIsBetter: false,
            $"{acknowledged:N0} acknowledged in {run.Seconds:0} s by wrk (64 connections), {refused:N0} refused; {stored:N0} new rows afterwards: " +
            (kept ? "every acknowledged check-in is stored" : "ACKNOWLEDGED CHECK-INS ARE MISSING") + $"; p99 {run.P99Milliseconds:0.0} ms").Save(results);
        return kept && refused == 0 ? 0 : 1;
    }

    [GeneratedRegex(@"acknowledged: (?<acknowledged>\d+)\s+refused: (?<refused>\d+)")]
    private static partial Regex Counter();
}

/// <summary>The figures of one wrk run's output (<c>--latency</c>).</summary>
public sealed partial record Wrk(double RequestsPerSecond, double Seconds, double P50Milliseconds, double P90Milliseconds, double P99Milliseconds, long Errors)
{
    public static Wrk Parse(string output)
    {
        var rate = double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var seconds = double.Parse(Duration().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = (NonSuccess().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
            + (SocketErrors().Match(output) is { Success: true } s ? Enumerable.Range(1, 4).Sum(i => long.Parse(s.Groups[i].Value, CultureInfo.InvariantCulture)) : 0);
        return new Wrk(rate, seconds, Percentile(output, "50"), Percentile(output, "90"), Percentile(output, "99"), errors);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"requests in ([\d.]+)s")]
    private static partial Regex Duration();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
