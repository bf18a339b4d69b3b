using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

/// <summary>
/// smart/not-achievable. Every plan here runs O1 from 2026-01-01 to 2026-12-31 and analyses it on
/// 2026-01-29, 28 days after the first check-in: 336 days are left (364 - 28). Two check-ins 28 days
/// apart that move 4 units fit a trend of 4 / 28 = 1/7 unit a day, 1 unit a week.
/// </summary>
public partial class SmartRulesTests
{
    private const string NotAchievable = "smart/not-achievable";
    private const string AsOf = "2026-01-29";

    private static PlanBuilder Climbing(double target, string unit = "units") => new PlanBuilder()
        .Goal("G1")
        .Objective("O1", ["G1"])
        .KeyResult("O1", "KR1", 0, target, [("2026-01-01", 0), ("2026-01-29", 4)], kr => kr.Unit = unit);

    [Fact]
    public void KeyResultNeedingMoreThanTwiceItsPaceIsNotAchievable()
    {
        // Needed: (172 - 4) / 336 = 0.5 a day = 3.5 a week; observed 1 a week; 3.5 / 1 = 3.5 > factor 2.
        var result = Climbing(172).Analyze(AsOf);

        var finding = result.SingleBy(NotAchievable);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(ElementKind.KeyResult, finding.SubjectKind);
        Assert.Equal("KR1", finding.SubjectId);
        Assert.Equal(
            "Key result KR1 needs 3.5 units a week to reach 172 by 2026-12-31, 3.5× the 1 units a week its check-ins show.",
            finding.Message);
    }

    [Fact]
    public void KeyResultNeedingExactlyTwiceItsPaceIsAchievable()
    {
        // Needed: (100 - 4) / 336 = 2/7 a day = 2 a week, exactly factor 2 × the observed 1 a week.
        var result = Climbing(100).Analyze(AsOf);

        result.NoneBy(NotAchievable);
    }

    [Fact]
    public void KeyResultNeedingJustOverTwiceItsPaceIsNotAchievable()
    {
        // Needed: (101 - 4) / 336 × 7 = 97 / 48 = 2.0208 a week: just over 2 × 1.
        var result = Climbing(101).Analyze(AsOf);

        Assert.Equal(
            "Key result KR1 needs 2.02 units a week to reach 101 by 2026-12-31, 2.02× the 1 units a week its check-ins show.",
            result.SingleBy(NotAchievable).Message);
    }

    [Fact]
    public void LargerFactorToleratesTheSameGap()
    {
        // 3.5× the pace (first test) is within a factor of 4, and beyond a factor of 3.
        var tolerant = Climbing(172).Rule(NotAchievable, parameters: new() { ["factor"] = 4 }).Analyze(AsOf);
        var strict = Climbing(172).Rule(NotAchievable, parameters: new() { ["factor"] = 3 }).Analyze(AsOf);

        tolerant.NoneBy(NotAchievable);
        Assert.Equal("KR1", strict.SingleBy(NotAchievable).SubjectId);
    }

    [Fact]
    public void DecreasingKeyResultCountsPaceTowardItsTarget()
    {
        // 1500 → 1496 in 28 days: 1 USD/kW a week down. Needed: (1496 - 1200) / 336 × 7 = 296 / 48 = 6.1667 a week.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 1500, 1200, [("2026-01-01", 1500), ("2026-01-29", 1496)], kr => kr.Unit = "USD/kW")
            .Analyze(AsOf);

        Assert.Equal(
            "Key result KR1 needs 6.17 USD/kW a week to reach 1200 by 2026-12-31, 6.17× the 1 USD/kW a week its check-ins show.",
            result.SingleBy(NotAchievable).Message);
    }

    [Fact]
    public void KeyResultMovingAwayFromItsTargetIsLeftToTheTrackingRules()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 172, [("2026-01-01", 0), ("2026-01-29", -4)])
            .Analyze(AsOf);

        result.NoneBy(NotAchievable);
        Assert.Equal("KR1", result.SingleBy("tracking/off-track").SubjectId);
    }

    [Fact]
    public void OneCheckInGivesNoPaceToJudge()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 172, [("2026-01-29", 4)])
            .Analyze(AsOf);

        result.NoneBy(NotAchievable);
    }

    [Fact]
    public void KeyResultPastItsDueDateIsNotJudged()
    {
        var result = Climbing(172).Analyze("2027-01-01");

        result.NoneBy(NotAchievable);
    }
}
