using System.Globalization;
using Throughline.Core.Analysis;
using Throughline.Core.Generation;
using Throughline.Core.Model;

namespace Throughline.Benchmarks;

/// <summary>
/// The organization every benchmark runs on: the generator's plan for a number of people (seed 42, as of
/// 2026-11-15), made in memory. <c>THROUGHLINE_BENCH_PEOPLE</c> sets the size (default 100,000), so a smoke run can use a small one.
/// </summary>
public static class BenchData
{
    public const long Seed = 42;
    public const string PeopleVariable = "THROUGHLINE_BENCH_PEOPLE";

    public static DateOnly AsOf => GeneratorOptions.DefaultAsOf;

    public static int People =>
        int.TryParse(Environment.GetEnvironmentVariable(PeopleVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var people) ? people : 100_000;

    public static Plan Plan(int people) => PlanGenerator.Generate(new GeneratorOptions(people, Seed));

    public static PlanGraph Graph(int people) => PlanGraphBuilder.Build(Plan(people));
}
