using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public class TrackingRulesTests
{
    private const string Stale = "tracking/stale";
    private const string OffTrack = "tracking/off-track";
    private const string AtRisk = "tracking/at-risk";
    private const string LowConfidence = "tracking/low-confidence";

    /// <summary>KR1 (0 → 100 units) under O1, which runs 2026-01-01 to 2026-12-31; configure adjusts KR1.</summary>
    private static PlanBuilder OneKeyResult(Action<KeyResult>? configure = null) => new PlanBuilder()
        .Goal("G1")
        .Objective("O1", ["G1"])
        .KeyResult("O1", "KR1", 0, 100, configure: configure);

    [Fact]
    public void KeyResultSilentOneDayPastCadencePlusGraceIsStale()
    {
        // Monthly (the default cadence): 30 × (1 + 0.5) = 45 days allowed; 2026-03-01 → 2026-04-16 is 31 + 15 = 46.
        var result = OneKeyResult().CheckIn("KR1", "2026-03-01", 20).Analyze("2026-04-16");

        var finding = result.SingleBy(Stale);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(ElementKind.KeyResult, finding.SubjectKind);
        Assert.Equal("KR1", finding.SubjectId);
        Assert.Equal("Key result KR1 was last checked in on 2026-03-01, 46 days ago; its cadence is monthly.", finding.Message);
    }

    [Fact]
    public void KeyResultSilentExactlyCadencePlusGraceIsNotStale()
    {
        // 2026-03-01 → 2026-04-15 is 31 + 14 = 45 days: exactly 30 × 1.5.
        var result = OneKeyResult().CheckIn("KR1", "2026-03-01", 20).Analyze("2026-04-15");

        result.NoneBy(Stale);
    }

    [Fact]
    public void KeyResultNeverCheckedInCountsFromItsStart()
    {
        // Weekly: 7 × 1.5 = 10.5 days allowed; 2026-01-01 → 2026-01-12 is 11 days, → 2026-01-11 is 10.
        var weekly = OneKeyResult(kr => kr.Cadence = Cadence.Weekly);

        Assert.Equal(
            "Key result KR1 has had no check-in in the 11 days since it started; its cadence is weekly.",
            weekly.Analyze("2026-01-12").SingleBy(Stale).Message);
        weekly.Analyze("2026-01-11").NoneBy(Stale);
    }

    [Fact]
    public void GraceParameterWidensOrNarrowsTheWindow()
    {
        // 46 silent days: within 30 × (1 + 1) = 60, beyond 30 × (1 + 0) = 30.
        var lenient = OneKeyResult().CheckIn("KR1", "2026-03-01", 20)
            .Rule(Stale, parameters: new() { ["grace"] = 1 }).Analyze("2026-04-16");
        var strict = OneKeyResult().CheckIn("KR1", "2026-03-01", 20)
            .Rule(Stale, parameters: new() { ["grace"] = 0 }).Analyze("2026-04-16");

        lenient.NoneBy(Stale);
        Assert.Equal("KR1", strict.SingleBy(Stale).SubjectId);
    }

    [Fact]
    public void KeyResultOutsideItsObjectivesPeriodIsNotStale()
    {
        var before = OneKeyResult().Analyze("2025-12-01");
        var after = OneKeyResult().CheckIn("KR1", "2026-03-01", 20).Analyze("2027-01-01");

        before.NoneBy(Stale);
        after.NoneBy(Stale);
    }

    [Fact]
    public void DoneKeyResultIsNotStale()
    {
        var result = OneKeyResult().CheckIn("KR1", "2026-03-01", 100).Analyze("2026-06-01");

        result.NoneBy(Stale);
    }

    /// <summary>
    /// KR1 (0 → 100) under an objective running 2026-01-01 to 2026-05-09 (128 days), checked in at 0 on
    /// 2026-01-01 and at <paramref name="value"/> on 2026-03-06 (day 64): the trend value / 64 a day projects
    /// value × 128 / 64 = 2 × value at the due date.
    /// </summary>
    private static AnalysisResult Projecting(double value) => new PlanBuilder()
        .Goal("G1")
        .Objective("O1", ["G1"], o => o.Due = PlanBuilder.Day("2026-05-09"))
        .KeyResult("O1", "KR1", 0, 100, [("2026-01-01", 0), ("2026-03-06", value)])
        .Analyze("2026-03-06");

    [Fact]
    public void ForecastReachingNinetyPercentIsOnTrack()
    {
        var result = Projecting(45); // 2 × 45 = 90 units, 90%.

        result.NoneBy(AtRisk);
        result.NoneBy(OffTrack);
    }

    [Fact]
    public void ForecastJustBelowNinetyPercentIsAtRisk()
    {
        var result = Projecting(44); // 2 × 44 = 88 units, 88%.

        var finding = result.SingleBy(AtRisk);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("KR1", finding.SubjectId);
        Assert.Equal(
            "Key result KR1 is at risk: at the pace of its check-ins it reaches 88 units by 2026-05-09, 88% of the way to 100.",
            finding.Message);
        result.NoneBy(OffTrack);
    }

    [Fact]
    public void ForecastReachingSeventyPercentIsStillOnlyAtRisk()
    {
        var result = Projecting(35); // 2 × 35 = 70 units, 70%.

        Assert.Equal("KR1", result.SingleBy(AtRisk).SubjectId);
        result.NoneBy(OffTrack);
    }

    [Fact]
    public void ForecastBelowSeventyPercentIsOffTrack()
    {
        var result = Projecting(34); // 2 × 34 = 68 units, 68%.

        var finding = result.SingleBy(OffTrack);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("KR1", finding.SubjectId);
        Assert.Equal(
            "Key result KR1 is off track: at the pace of its check-ins it reaches 68 units by 2026-05-09, 68% of the way to 100.",
            finding.Message);
        result.NoneBy(AtRisk);
    }

    [Fact]
    public void WithoutATrendProgressIsComparedWithTimeElapsed()
    {
        // One check-in: 30 / 100 = 30% done with 64 / 128 = 50% of the time gone; 0.3 / 0.5 = 0.6 < 0.7.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], o => o.Due = PlanBuilder.Day("2026-05-09"))
            .KeyResult("O1", "KR1", 0, 100, [("2026-03-06", 30)])
            .Analyze("2026-03-06");

        Assert.Equal(
            "Key result KR1 is off track: 30% of the way to its target with 50% of its time gone.",
            result.SingleBy(OffTrack).Message);
    }

    [Fact]
    public void MaintainedValueOutsideItsRangeIsOffTrack()
    {
        var result = OneKeyResult(kr =>
        {
            kr.Direction = Direction.Maintain;
            kr.Range = new ValueRange(95, 100);
        }).CheckIn("KR1", "2026-03-01", 93).Analyze("2026-03-06");

        Assert.Equal("Key result KR1 is off track: 93 units is outside its range [95, 100].", result.SingleBy(OffTrack).Message);
    }

    [Fact]
    public void MaintainedValueTrendingOutOfItsRangeIsAtRisk()
    {
        // 99 → 96 over 64 days: -3/64 a day, 99 - 3 × 128 / 64 = 93 projected at 2026-05-09.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], o => o.Due = PlanBuilder.Day("2026-05-09"))
            .KeyResult("O1", "KR1", 0, 0, [("2026-01-01", 99), ("2026-03-06", 96)], kr =>
            {
                kr.Direction = Direction.Maintain;
                kr.Range = new ValueRange(95, 100);
            })
            .Analyze("2026-03-06");

        Assert.Equal(
            "Key result KR1 is at risk: the trend leaves its range [95, 100] by 2026-05-09 (93 units projected).",
            result.SingleBy(AtRisk).Message);
    }

    [Fact]
    public void KeyResultWithNothingToMeasureAgainstIsNeitherOffTrackNorAtRisk()
    {
        // No target, and a maintain with no range: smart/not-measurable names what is missing instead.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 0, [("2026-01-01", 0), ("2026-03-01", 10)], kr => kr.Target = null)
            .KeyResult("O1", "KR2", 0, 0, [("2026-03-01", 10)], kr => kr.Direction = Direction.Maintain)
            .Analyze("2026-06-01");

        result.NoneBy(OffTrack);
        result.NoneBy(AtRisk);
        Assert.Equal(
            "Objective O1 cannot be measured as written: KR1 has no target, KR2 keeps a value but has no range.",
            result.SingleBy("smart/not-measurable").Message);
    }

    [Fact]
    public void LatestCheckInWithLowConfidenceIsReported()
    {
        var result = OneKeyResult().CheckIn("KR1", "2026-03-01", 20, confidence: 0.4).Analyze("2026-03-06");

        var finding = result.SingleBy(LowConfidence);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("KR1", finding.SubjectId);
        Assert.Equal("The latest check-in of KR1 (2026-03-01) gives a confidence of 0.4, below 0.5.", finding.Message);
    }

    [Fact]
    public void ConfidenceAtTheThresholdIsNotLow()
    {
        var result = OneKeyResult().CheckIn("KR1", "2026-03-01", 20, confidence: 0.5).Analyze("2026-03-06");

        result.NoneBy(LowConfidence);
    }

    [Fact]
    public void OnlyTheLatestCheckInAsOfTheAnalysisDateCounts()
    {
        // The 0.3 is superseded by the 0.8; the 0.2 of 2026-04-01 lies after the analysis date.
        var result = OneKeyResult()
            .CheckIn("KR1", "2026-02-01", 10, confidence: 0.3)
            .CheckIn("KR1", "2026-03-01", 20, confidence: 0.8)
            .CheckIn("KR1", "2026-04-01", 25, confidence: 0.2)
            .Analyze("2026-03-06");

        result.NoneBy(LowConfidence);
    }

    [Fact]
    public void ThresholdParameterMovesTheLine()
    {
        var lenient = OneKeyResult().CheckIn("KR1", "2026-03-01", 20, confidence: 0.4)
            .Rule(LowConfidence, parameters: new() { ["threshold"] = 0.3 }).Analyze("2026-03-06");
        var strict = OneKeyResult().CheckIn("KR1", "2026-03-01", 20, confidence: 0.5)
            .Rule(LowConfidence, parameters: new() { ["threshold"] = 0.6 }).Analyze("2026-03-06");

        lenient.NoneBy(LowConfidence);
        Assert.Equal(
            "The latest check-in of KR1 (2026-03-01) gives a confidence of 0.5, below 0.6.",
            strict.SingleBy(LowConfidence).Message);
    }

    [Fact]
    public void DoneKeyResultIsNotReportedForLowConfidence()
    {
        var result = OneKeyResult().CheckIn("KR1", "2026-03-01", 100, confidence: 0.2).Analyze("2026-03-06");

        result.NoneBy(LowConfidence);
    }
}
