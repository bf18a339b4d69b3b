using Throughline.Core.Analysis;
using Throughline.Core.Live;
using Throughline.Core.Tests.Analysis;

namespace Throughline.Core.Tests.Live;

/// <summary>Where check-ins go, what a reanalysis keeps, and what a check-in refuses.</summary>
public class LiveAnalysisLifecycleTests
{
    private static readonly DateOnly AsOf = PlanBuilder.Day("2026-07-02");

    [Fact]
    public void CheckInsAreRecordedInThePlanAndKeptByReanalysis()
    {
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Goal("G1")
            .Objective("O1", ["G1"], Shape.Period("2026-01-01", "2026-12-31"))
            .KeyResult("O1", "KR1", 0, 100)
            .Build();
        var live = new LiveAnalysis(plan, AsOf);
        live.CheckIn("KR1", AsOf, 30, 0.8);
        live.CheckIn("KR1", PlanBuilder.Day("2026-08-01"), 45);

        var recorded = plan.Objectives[0].KeyResults[0].CheckIns;
        Assert.Equal([(AsOf, 30.0, (double?)0.8), (PlanBuilder.Day("2026-08-01"), 45.0, null)], recorded.Select(c => (c.Date, c.Value, c.Confidence)));

        // As of 2 July the August check-in is in the future and does not count yet; as of 1 September it does,
        // in a separate analysis for that date as after a reanalysis.
        Assert.Equal(30, live.Current.KeyResult(0).Current);
        var later = PlanBuilder.Day("2026-09-01");
        var separate = live.AnalyzeAsOf(later);
        Assert.Equal(45, separate.KeyResult(0).Current);
        Assert.Equal(AsOf, live.AsOf);

        live.Reanalyze(later);
        Assert.Equal(later, live.AsOf);
        Assert.Equal(45, live.Current.KeyResult(0).Current);
        live.CheckIn("KR1", later, 55);
        SameAnalysis.Assert(Analyzer.Analyze(plan, later), live.Current, "after reanalysis");
    }

    [Fact]
    public void CheckInRejectsUnknownKeyResultsAndImpossibleValues()
    {
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Build();
        var live = new LiveAnalysis(plan, AsOf);

        Assert.Throws<KeyNotFoundException>(() => live.CheckIn("KR9", AsOf, 1));
        Assert.Throws<KeyNotFoundException>(() => live.CheckIn("O1", AsOf, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => live.CheckIn(1, AsOf, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => live.CheckIn(0, AsOf, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => live.CheckIn(0, AsOf, 1, 1.5));
        Assert.Empty(plan.Objectives[0].KeyResults[0].CheckIns);
    }
}
