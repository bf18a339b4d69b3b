using System.Globalization;
using Throughline.Benchmarks;
using Throughline.Benchmarks.Scale;

// bench/run.sh drives these steps; each runs in a process of its own (docs/performance.md).
const string Usage = """
    usage: Throughline.Benchmarks STEP [options]
      engine [--smoke]                          BenchmarkDotNet: full analysis, the sequential floor, one check-in
      read PLAN                                 read + validate + compile a plan file; peak memory
      import sqlite|postgresql CONNECTION       import the organization into a fresh database
      cold-start sqlite|postgresql CONNECTION   server start with the organization loaded; its memory
      rollup CONNECTION                         the engine's roll-up against a recursive CTE in PostgreSQL
      http HOME.txt TRIVIAL.txt                 the home dashboard against a trivial endpoint, from wrk's output
      pages DIR                                 the web pages' render time, from wrk's output per page
      count-checkins DB                         the check-ins in a SQLite database
      verify-checkins DB BEFORE WRK.txt         the check-in rate, and every acknowledged check-in stored
      report TABLE                              the figures of the results folder as a markdown table
      profile                                   where a full analysis spends its time, stage by stage
    options: --results DIR (default bench/results), THROUGHLINE_BENCH_PEOPLE (default 100000)
    """;

var arguments = args.ToList();
var results = "bench/results";
var at = arguments.IndexOf("--results");
if (at >= 0 && at + 1 < arguments.Count)
{
    results = arguments[at + 1];
    arguments.RemoveRange(at, 2);
}

var people = BenchData.People;
try
{
    return arguments switch
    {
        ["engine"] => EngineRun.Run(smoke: false, results),
        ["engine", "--smoke"] => EngineRun.Run(smoke: true, results),
        ["read", var plan] => ReadMeasurement.Run(plan, results),
        ["import", var provider, var connection] => await StoreMeasurements.ImportAsync(new Database(provider, connection), people, results),
        ["cold-start", var provider, var connection] => await StoreMeasurements.ColdStartAsync(new Database(provider, connection), people, results),
        ["rollup", var connection] => await RollUpComparison.RunAsync(new Database("postgresql", connection), people, results),
        ["http", var home, var trivial] => HttpMeasurements.Compare(home, trivial, results),
        ["pages", var folder] => HttpMeasurements.Pages(folder, results),
        ["count-checkins", var database] => Print(await HttpMeasurements.CountCheckInsAsync(database)),
        ["verify-checkins", var database, var before, var output] =>
            await HttpMeasurements.VerifyCheckInsAsync(database, long.Parse(before, CultureInfo.InvariantCulture), output, results),
        ["report", var table] => PerformanceTable.Write(results, table),
        ["profile"] => AnalysisProfile.Run(),
        _ => Fail(),
    };
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or Npgsql.NpgsqlException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static int Print(long value)
{
    Console.WriteLine(value.ToString(CultureInfo.InvariantCulture));
    return 0;
}

static int Fail()
{
    Console.Error.WriteLine(Usage);
    return 2;
}
