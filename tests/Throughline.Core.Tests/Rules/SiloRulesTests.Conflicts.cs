using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public partial class SiloRulesTests
{
    private const string Conflicting = "silo/conflicting-key-results";

    /// <summary>One objective per unit named (O1 in the first unit, O2 in the second, …), each with one key result.</summary>
    private static PlanBuilder KeyResultsOf(params (string Unit, Action<KeyResult> KeyResult)[] units)
    {
        var plan = Organization();
        for (var i = 0; i < units.Length; i++)
        {
            var (unit, keyResult) = units[i];
            plan.Objective($"O{i + 1}", ["G1"], In(unit)).KeyResult($"O{i + 1}", $"KR{i + 1}", 0, 0, configure: kr =>
            {
                (kr.Baseline, kr.Target, kr.Unit) = (null, null, "days");
                keyResult(kr);
            });
        }

        return plan;
    }

    private static Action<KeyResult> Moves(string metric, double baseline, double target, string title = "Inventory days") =>
        kr => (kr.Metric, kr.Title, kr.Baseline, kr.Target) = (metric, title, baseline, target);

    private static Action<KeyResult> Keeps(double low, double high, string? metric = "inventory-days") =>
        kr => (kr.Metric, kr.Title, kr.Direction, kr.Range) = (metric, "Inventory days", Direction.Maintain, new ValueRange(low, high));

    [Fact]
    public void KeyResultsOfTwoUnitsPullingOneMetricApartConflict()
    {
        // The metric keys differ only in case; the titles differ altogether.
        var result = KeyResultsOf(
                ("sales", Moves("inventory-days", 40, 60)),
                ("ops", Moves("Inventory-Days", 40, 20, title: "Stock on hand")))
            .Analyze(AsOf);

        var finding = result.SingleBy(Conflicting);
        Assert.Equal((ElementKind.KeyResult, "KR2", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
        Assert.Equal(
            "KR2 of Operations and KR1 of Sales both measure Inventory-Days but pull against each other: " +
            "Sales wants it up to 60 days (KR1); Operations wants it down to 20 days (KR2).",
            finding.Message);
    }

    [Fact]
    public void KeyResultsPullingTheSameWayOrInOneUnitDoNotConflict()
    {
        var result = KeyResultsOf(
                ("sales", Moves("inventory-days", 40, 60)),
                ("ops", Moves("inventory-days", 40, 80)), // up as well
                ("sales", Moves("inventory-days", 40, 20)), // down, but in Sales like KR1
                ("legal", Moves("stock-days", 40, 20)), // another metric with the same title and unit
                ("legal", kr => (kr.Metric, kr.Title) = ("inventory-days", "Inventory days"))) // no target, no direction
            .Analyze(AsOf);

        // KR3 (Sales, down) against KR2 (Operations, up) is the only pair that conflicts.
        Assert.Equal([("KR3", "KR3 of Sales and KR2 of Operations")], Pairs(result));
    }

    [Fact]
    public void TeamAndItsOwnDepartmentCanConflict()
    {
        var result = KeyResultsOf(("sales", Moves("inventory-days", 40, 60)), ("sales-east", Moves("inventory-days", 40, 20)))
            .Analyze(AsOf);

        Assert.StartsWith("KR2 of Sales East and KR1 of Sales both measure inventory-days", result.SingleBy(Conflicting).Message);
    }

    [Fact]
    public void WithoutAMetricKeyTheUnitAndTitleDecide()
    {
        // "Days of inventory" and "Inventory days" share their measure words; "days" and "Days" are one unit.
        var result = KeyResultsOf(
                ("sales", Moves("inventory-days", 40, 60)),
                ("ops", kr => (kr.Title, kr.Unit, kr.Baseline, kr.Target) = ("Days of inventory", "Days", 40, 20)),
                ("legal", kr => (kr.Title, kr.Unit, kr.Baseline, kr.Target) = ("Days of inventory", "weeks", 6, 3)))
            .Analyze(AsOf);

        var finding = result.SingleBy(Conflicting);
        Assert.Equal(
            "KR2 of Operations and KR1 of Sales both measure \"Days of inventory\" but pull against each other: " +
            "Sales wants it up to 60 days (KR1); Operations wants it down to 20 Days (KR2).",
            finding.Message);
    }

    [Fact]
    public void TitlesMatchWhenNeitherHasAMetricKey()
    {
        // Neither has a metric key; a range with a key against one without is matched by title too.
        var result = KeyResultsOf(
                ("sales", kr => (kr.Title, kr.Baseline, kr.Target) = ("Inventory days", 40, 60)),
                ("ops", kr => (kr.Title, kr.Baseline, kr.Target) = ("Days of inventory", 40, 20)),
                ("legal", Keeps(70, 80)))
            .Analyze(AsOf);

        // KR1 (up to 60) against KR2 (down to 20); the range [70, 80] holds neither 60 nor 20.
        Assert.Equal(
            [("KR2", "KR2 of Operations and KR1 of Sales"), ("KR3", "KR3 of Legal and KR1 of Sales"), ("KR3", "KR3 of Legal and KR2 of Operations")],
            Pairs(result));
        Assert.EndsWith(
            "Operations wants it down to 20 days (KR2); Legal wants it kept between 70 and 80 days (KR3).",
            result.By(Conflicting)[2].Message);
    }

    [Fact]
    public void RangesThatDoNotOverlapConflict()
    {
        var result = KeyResultsOf(("sales", Keeps(10, 20)), ("ops", Keeps(30, 40)), ("legal", Keeps(20, 30)))
            .Analyze(AsOf);

        // [10, 20] against [30, 40] conflicts; [20, 30] touches both and overlaps each at one point.
        var finding = result.SingleBy(Conflicting);
        Assert.Equal(
            "KR2 of Operations and KR1 of Sales both measure inventory-days but pull against each other: " +
            "Sales wants it kept between 10 and 20 days (KR1); Operations wants it kept between 30 and 40 days (KR2).",
            finding.Message);
    }

    [Fact]
    public void TargetOutsideAnotherUnitsRangeConflicts()
    {
        var result = KeyResultsOf(
                ("sales", Keeps(10, 20)),
                ("ops", Moves("inventory-days", 0, 25)), // 25 > 20
                ("legal", Moves("inventory-days", 0, 20))) // 20 is in [10, 20]
            .Analyze(AsOf);

        var finding = result.SingleBy(Conflicting);
        Assert.Equal("KR2", finding.SubjectId);
        Assert.EndsWith("Sales wants it kept between 10 and 20 days (KR1); Operations wants it up to 25 days (KR2).", finding.Message);
    }

    [Fact]
    public void TargetBelowAnotherUnitsRangeConflicts()
    {
        var result = KeyResultsOf(
                ("sales", Moves("inventory-days", 30, 5)), // 5 < 10
                ("ops", Keeps(10, 20)),
                ("legal", Moves("inventory-days", 30, 10))) // 10 is in [10, 20], and down like KR1
            .Analyze(AsOf);

        Assert.EndsWith("Sales wants it down to 5 days (KR1); Operations wants it kept between 10 and 20 days (KR2).", result.SingleBy(Conflicting).Message);
    }

    [Fact]
    public void EachConflictingPairIsReportedOnceOnItsLaterKeyResult()
    {
        var result = KeyResultsOf(
                ("sales", Moves("inventory-days", 40, 60)),
                ("ops", Moves("inventory-days", 40, 20)),
                ("legal", Moves("inventory-days", 40, 30)))
            .Analyze(AsOf);

        // KR1 up against KR2 and KR3 down; KR2 and KR3 agree.
        Assert.Equal(
            [("KR2", "KR2 of Operations and KR1 of Sales"), ("KR3", "KR3 of Legal and KR1 of Sales")],
            Pairs(result));
    }

    [Fact]
    public void KeyResultsOfObjectivesWithoutAUnitAreNotCompared()
    {
        var result = KeyResultsOf(("sales", Moves("inventory-days", 40, 60)))
            .Objective("O9", ["G1"])
            .KeyResult("O9", "KR9", 40, 20, configure: kr => (kr.Metric, kr.Unit) = ("inventory-days", "days"))
            .Analyze(AsOf);

        result.NoneBy(Conflicting);
    }

    /// <summary>Each finding's subject with the pair its message names ("KR2 of Operations and KR1 of Sales").</summary>
    private static List<(string, string)> Pairs(AnalysisResult result) =>
        [.. result.By(Conflicting).Select(f => (f.SubjectId, f.Message[..f.Message.IndexOf(" both", StringComparison.Ordinal)]))];
}
