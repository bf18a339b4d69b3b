using Throughline.Core.Analysis;
using Throughline.Core.Capacity;
using Throughline.Core.Model;
using Throughline.Core.Rules;
using Throughline.Core.Tests.Capacity;

namespace Throughline.Core.Tests.Rules;

public partial class CapacityRulesTests
{
    private const string OverCommitted = "capacity/over-committed";
    private const string TooMany = "capacity/too-many-initiatives";

    // One FTE has 28 / 7 = 4 person-weeks in February 2026.
    private static PlanBuilder February(params double[] efforts)
    {
        var builder = new PlanBuilder().Unit("ops", configure: Work.Fte(1));
        for (var n = 0; n < efforts.Length; n++)
        {
            builder.Initiative($"I{n + 1}", [], Work.In("ops", efforts[n], "2026-02-01", "2026-02-28"));
        }

        return builder;
    }

    [Fact]
    public void LoadOverCapacityIsReportedWithThePeakAndWhatMakesItUp()
    {
        var finding = February(3, 2).Analyze("2026-02-01").SingleBy(OverCommitted);

        // 3 + 2 = 5 of 4 person-weeks: 125%; I1 is 3 / 5 = 60% of it, I2 40%.
        Assert.Equal(
            "Unit ops is over capacity in 2026-02; peak 2026-02: 5 of 4 person-weeks, 125%, from I1 3 (60%), I2 2 (40%).",
            finding.Message);
        // Neither serves a goal, so they tie on score (0.35) and file order puts I2 last.
        Assert.Equal(
            "Move, shrink or stop I2 first: it ranks 2nd of 2 (score 0.35), tied on score and priority with I1 (1st), " +
            "which comes first in file order. Or add capacity.",
            finding.Suggestion);
        Assert.Equal((ElementKind.Unit, "ops", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
    }

    [Fact]
    public void LoadThatFillsCapacityExactlyIsNotReported() =>
        February(1.5, 2.5).Analyze("2026-02-01").NoneBy(OverCommitted); // 1.5 + 2.5 = 4 of 4

    [Fact]
    public void ToleranceLetsLoadRunOverCapacityByItsShare()
    {
        // With a tolerance of 0.25 the line is 4 × 1.25 = 5 person-weeks: 5 passes, 5.1 does not.
        var tolerance = new Dictionary<string, double> { ["tolerance"] = 0.25 };

        February(3, 2).Rule(OverCommitted, parameters: tolerance).Analyze("2026-02-01").NoneBy(OverCommitted);
        var finding = February(3, 2.1).Rule(OverCommitted, parameters: tolerance).Analyze("2026-02-01").SingleBy(OverCommitted);
        Assert.Contains("peak 2026-02: 5.1 of 4 person-weeks, 128%", finding.Message, StringComparison.Ordinal); // 127.5% shown as 128%
    }

    [Fact]
    public void MonthsOverCapacityAreListedAsRangesAndThePeakIsTheFullestMonth()
    {
        // One FTE: January 31 / 7 = 4.43, February 4, March 4.43, April 30 / 7 = 4.29 person-weeks.
        // January 5 (113%), February 5 (125%), March 4 (90%), April 5 (117%).
        var result = new PlanBuilder()
            .Unit("ops", configure: Work.Fte(1))
            .Initiative("Jan", [], Work.In("ops", 5, "2026-01-01", "2026-01-31"))
            .Initiative("Feb", [], Work.In("ops", 5, "2026-02-01", "2026-02-28"))
            .Initiative("Mar", [], Work.In("ops", 4, "2026-03-01", "2026-03-31"))
            .Initiative("Apr", [], Work.In("ops", 5, "2026-04-01", "2026-04-30"))
            .Analyze("2026-01-10");

        Assert.Equal(
            "Unit ops is over capacity in 2026-01 to 2026-02, 2026-04; peak 2026-02: 5 of 4 person-weeks, 125%, from Feb 5 (100%).",
            result.SingleBy(OverCommitted).Message);
    }

    [Fact]
    public void AtMostFiveContributorsAreNamed()
    {
        // 7 + 6 + 5 + 4 + 3 + 2 + 1 = 28 of 4 person-weeks: 700%. Shares: 7/28 = 25%, 6/28 = 21%, 5/28 = 18%,
        // 4/28 = 14%, 3/28 = 11%; I6 and I7 are the 2 more.
        var finding = February(7, 6, 5, 4, 3, 2, 1).Analyze("2026-02-01").SingleBy(OverCommitted);

        Assert.Equal(
            "Unit ops is over capacity in 2026-02; peak 2026-02: 28 of 4 person-weeks, 700%, " +
            "from I1 7 (25%), I2 6 (21%), I3 5 (18%), I4 4 (14%), I5 3 (11%) and 2 more.",
            finding.Message);
    }

    [Fact]
    public void AParentIsCheckedAgainstItsWholeSubtreeAndItsOwnCapacity()
    {
        // February: org has 2 × 4 = 8 person-weeks, a and b 4 each. a and b carry 3 each (75%); org carries
        // 3 + 3 + 4 = 10 of 8 (125%).
        var result = new PlanBuilder()
            .Unit("org", configure: Work.Fte(2))
            .Unit("a", "org", Work.Fte(1))
            .Unit("b", "org", Work.Fte(1))
            .Initiative("IA", [], Work.In("a", 3, "2026-02-01", "2026-02-28"))
            .Initiative("IB", [], Work.In("b", 3, "2026-02-01", "2026-02-28"))
            .Initiative("IP", [], Work.In("org", 4, "2026-02-01", "2026-02-28"))
            .Analyze("2026-02-01");

        var finding = result.SingleBy(OverCommitted);
        Assert.Equal("org", finding.SubjectId);
        Assert.Equal(
            "Unit org is over capacity in 2026-02; peak 2026-02: 10 of 8 person-weeks, 125%, from IP 4 (40%), IA 3 (30%), IB 3 (30%).",
            finding.Message);
    }

    [Fact]
    public void AUnitWithoutCapacityIsNotChecked() =>
        new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", 100, "2026-02-01", "2026-02-28"))
            .Analyze("2026-02-01")
            .NoneBy(OverCommitted);

    [Fact]
    public void AUnitWithZeroCapacityIsOverWithAnyLoad()
    {
        var finding = new PlanBuilder()
            .Unit("ops", configure: Work.Fte(0))
            .Initiative("I1", [], Work.In("ops", 2, "2026-02-01", "2026-02-28"))
            .Analyze("2026-02-01")
            .SingleBy(OverCommitted);

        Assert.Equal("Unit ops is over capacity in 2026-02; peak 2026-02: 2 of 0 person-weeks, from I1 2 (100%).", finding.Message);
    }

    [Fact]
    public void PastMonthsAndProposalsAreNotReported()
    {
        // January is over (10 of 4.43) but history as of February; the proposal would put February at 3 + 2 = 5.
        var result = February(3)
            .Initiative("Old", [], Work.In("ops", 10, "2026-01-01", "2026-01-31"))
            .Initiative("Idea", [], Work.In("ops", 2, "2026-02-01", "2026-02-28", InitiativeStatus.Proposed))
            .Analyze("2026-02-01");

        result.NoneBy(OverCommitted);
    }

    [Fact]
    public void TheSuggestionNamesTheInitiativeTheRankingSaysShouldYield()
    {
        // February: 2 + 2 + 2 = 6 person-weeks against 1 FTE × 28 / 7 = 4. With the default criteria and no
        // scores, I1 and I3 serve G1 (no priority: importance 0.5, alignment 2 + 3 × 0.5 = 3.5, normalized
        // 0.625): score (3 × 0.625 + 3 × 0.5 + 2 × 0.5 + 0.5 + 0.5) / 10 = 0.5375. I2 serves nothing
        // (alignment 1, normalized 0): (1.5 + 1 + 0.5 + 0.5) / 10 = 0.35, last of three.
        var finding = new PlanBuilder()
            .Unit("ops", configure: Work.Fte(1))
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"], Work.In("ops", 2, "2026-02-01", "2026-02-28"))
            .Initiative("I2", [], Work.In("ops", 2, "2026-02-01", "2026-02-28"))
            .Initiative("I3", ["O1"], Work.In("ops", 2, "2026-02-01", "2026-02-28"))
            .Analyze("2026-02-01")
            .SingleBy(OverCommitted);

        Assert.StartsWith("Move, shrink or stop I2 first: it ranks 3rd of 3 (score 0.35), behind I1 (1st", finding.Suggestion, StringComparison.Ordinal);
        Assert.EndsWith(". Or add capacity.", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutRankedCompetitorsTheSuggestionStaysGeneral()
    {
        // One initiative alone makes the peak: nothing competes with it, so no initiative is singled out.
        var finding = February(5).Analyze("2026-02-01").SingleBy(OverCommitted);

        Assert.Equal("Move, shrink or stop the lowest-priority initiative among them, or add capacity.", finding.Suggestion);
    }
}
