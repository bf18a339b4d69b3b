using Throughline.Core.Analysis;
using Throughline.Core.Live;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Live;

/// <summary>
/// The property that matters most: after every check-in of a random sequence, the live analysis holds what a
/// full analysis of the plan with the same check-ins computes. The live analysis and the reference each get
/// their own copy of the plan, so nothing the live analysis does to its plan reaches the reference.
/// </summary>
public class LiveMatchesFullAnalysisTests
{
    private static readonly DateOnly EnterpriseAsOf = PlanBuilder.Day("2026-11-15");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EnterprisePlanAfterEveryCheckIn(int seed)
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "enterprise.plan.yaml");
        var live = new LiveAnalysis(Read(path), EnterpriseAsOf);
        var reference = Read(path);

        CheckInAndCompare(live, reference, EnterpriseAsOf, new Random(seed), 150);

        // A new day: the full run keeps every check-in, and check-ins go on from there.
        var nextDay = EnterpriseAsOf.AddDays(20);
        live.Reanalyze(nextDay);
        SameAnalysis.Assert(Analyzer.Analyze(reference, nextDay), live.Current, "reanalysed");
        CheckInAndCompare(live, reference, nextDay, new Random(seed + 100), 50);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void GeneratedMultiParentPlanAfterEveryCheckIn(int seed)
    {
        var live = new LiveAnalysis(DagPlans.Generate(seed), DagPlans.AsOf);
        var reference = DagPlans.Generate(seed);
        Assert.Contains(live.Current.Findings, f => f.RuleId == "ownership/overloaded");
        Assert.Contains(live.Plan.Objectives, o => o.ContributesTo.Count > 1);

        CheckInAndCompare(live, reference, DagPlans.AsOf, new Random(seed), 200);
    }

    private static void CheckInAndCompare(LiveAnalysis live, Plan reference, DateOnly asOf, Random random, int count)
    {
        var keyResults = Enumerable.Range(0, live.Graph.KeyResultCount).Select(live.Graph.KeyResult).ToList();
        var referenceKeyResults = reference.Objectives.SelectMany(o => o.KeyResults)
            .Concat(reference.Vision?.Success ?? [])
            .ToDictionary(kr => kr.Id, StringComparer.Ordinal);
        var doneMoves = 0;
        for (var step = 0; step < count; step++)
        {
            var kr = keyResults[random.Next(keyResults.Count)];
            var checkIn = RandomCheckIn(kr, asOf, random);
            var change = live.CheckIn(kr.Id, checkIn.Date, checkIn.Value, checkIn.Confidence);
            referenceKeyResults[kr.Id].CheckIns.Add(new CheckIn { Date = checkIn.Date, Value = checkIn.Value, Confidence = checkIn.Confidence });
            doneMoves += change.Ancestors.Count(a => (a.Previous.Status == ProgressStatus.Done) != (a.State.Status == ProgressStatus.Done));

            var expected = Analyzer.Analyze(reference, asOf);
            SameAnalysis.Assert(expected, live.Current, $"step {step}: {kr.Id} = {checkIn.Value} on {checkIn.Date:yyyy-MM-dd}");
            Assert.Equal(change.Ancestors.Count, change.Ancestors.Select(a => a.Item).Distinct().Count());
        }

        // The sequence must have moved some objectives in or out of done, or the done-sensitive rules went untested.
        Assert.True(doneMoves > 0, "no check-in moved an objective in or out of done");
    }

    /// <summary>
    /// A check-in around the as-of date (sometimes before the latest one, sometimes on the same day, sometimes
    /// after the as-of date), with a value from somewhat behind the baseline to beyond the target, often exactly
    /// the target so that key results and objectives move in and out of done.
    /// </summary>
    private static (DateOnly Date, double Value, double? Confidence) RandomCheckIn(KeyResult kr, DateOnly asOf, Random random)
    {
        var date = random.Next(10) switch
        {
            0 => asOf.AddDays(random.Next(1, 15)),
            < 4 => asOf,
            _ => asOf.AddDays(-random.Next(0, 60)),
        };
        var (from, to) = kr.EffectiveDirection == Direction.Maintain && kr.Range is { } range
            ? (range.Low - 5, range.High + 5)
            : (kr.Baseline ?? 0, kr.Target ?? ((kr.Baseline ?? 0) + 10));
        var value = random.Next(3) == 0 ? to : Math.Round(from + ((to - from) * ((random.NextDouble() * 1.4) - 0.2)), 2);
        double? confidence = random.Next(2) == 0 ? null : Math.Round(random.NextDouble(), 2);
        return (date, value, confidence);
    }

    private static Plan Read(string path)
    {
        var read = PlanReader.ReadFile(path);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => $"{e.Location}: {e.Message}")));
        return read.Plan!;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Throughline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside a checkout (no Throughline.slnx above " + AppContext.BaseDirectory + ").");
    }
}
