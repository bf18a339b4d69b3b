using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

/// <summary>smart/* except smart/not-achievable, whose pace arithmetic has its own file.</summary>
public partial class SmartRulesTests
{
    private const string NotSpecific = "smart/not-specific";
    private const string NotMeasurable = "smart/not-measurable";
    private const string NotRelevant = "smart/not-relevant";
    private const string NotTimeBound = "smart/not-time-bound";

    private static PlanBuilder WithObjective(Action<Objective> configure) =>
        new PlanBuilder().Goal("G1").Objective("O1", ["G1"], configure).KeyResult("O1", "KR1", 0, 100);

    [Theory]
    [InlineData("Growth", "its title \"Growth\" is 1 word long")]
    [InlineData("Customer growth", "its title \"Customer growth\" is 2 words long")]
    [InlineData("Improve customer onboarding", "\"Improve\" in \"Improve customer onboarding\" does not say by how much")]
    [InlineData("Grow revenue in 2026", "\"Grow\" in \"Grow revenue in 2026\" does not say by how much")]
    public void VagueOrShortObjectiveTitleIsReported(string title, string why)
    {
        var result = WithObjective(o => o.Title = title).Analyze("2026-03-01");

        var finding = result.SingleBy(NotSpecific);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(ElementKind.Objective, finding.SubjectKind);
        Assert.Equal("O1", finding.SubjectId);
        Assert.Equal($"Objective O1 is not specific: {why}.", finding.Message);
    }

    [Theory]
    [InlineData("Open Berlin office")] // three words, no vague term
    [InlineData("Improve onboarding to 10 days")] // a vague verb, but it says how much
    public void SpecificObjectiveTitleIsNotReported(string title)
    {
        var result = WithObjective(o => o.Title = title).Analyze("2026-03-01");

        result.NoneBy(NotSpecific);
    }

    [Fact]
    public void KeyResultWithoutTargetMakesItsObjectiveNotMeasurable()
    {
        var result = WithObjective(_ => { })
            .KeyResult("O1", "KR2", 10, 0, configure: kr => kr.Target = null)
            .Analyze("2026-03-01");

        var finding = result.SingleBy(NotMeasurable);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("O1", finding.SubjectId);
        Assert.Equal("Objective O1 cannot be measured as written: KR2 has no target.", finding.Message);
    }

    [Fact]
    public void EveryUnmeasurableKeyResultIsNamedInOneFinding()
    {
        var result = WithObjective(_ => { })
            .KeyResult("O1", "KR2", 0, 50, configure: kr => kr.Baseline = null)
            .KeyResult("O1", "KR3", 20, 20)
            .KeyResult("O1", "KR4", 0, 0, configure: kr => kr.Direction = Direction.Maintain)
            .KeyResult("O1", "KR5", 0, 10, configure: kr => kr.Unit = null)
            .Analyze("2026-03-01");

        Assert.Equal(
            "Objective O1 cannot be measured as written: KR2 has no baseline, KR3 has its target equal to its baseline, " +
            "KR4 keeps a value but has no range, KR5 has no unit.",
            result.SingleBy(NotMeasurable).Message);
    }

    [Fact]
    public void KeyResultsWithUnitBaselineTargetOrRangeAreMeasurable()
    {
        var result = WithObjective(_ => { })
            .KeyResult("O1", "KR2", 0, 0, configure: kr =>
            {
                kr.Direction = Direction.Maintain;
                kr.Range = new ValueRange(95, 100);
            })
            .Analyze("2026-03-01");

        result.NoneBy(NotMeasurable);
    }

    [Fact]
    public void ObjectiveContributingToNothingIsNotRelevant()
    {
        var result = new PlanBuilder().Objective("O1", []).KeyResult("O1", "KR1", 0, 100).Analyze("2026-03-01");

        var finding = result.SingleBy(NotRelevant);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("O1", finding.SubjectId);
        Assert.Equal("Objective O1 contributes to no goal: nothing says why it matters.", finding.Message);
    }

    [Fact]
    public void ObjectiveContributingOnlyToAnOrphanObjectiveIsNotRelevant()
    {
        var result = new PlanBuilder()
            .Objective("O1", [])
            .Objective("O2", ["O1"])
            .Analyze("2026-03-01");

        var findings = result.By(NotRelevant);
        Assert.Equal(["O1", "O2"], findings.Select(f => f.SubjectId));
        Assert.Equal("Objective O2 contributes to O1, which reaches no goal.", findings[1].Message);
    }

    [Fact]
    public void ObjectiveReachingAGoalThroughItsParentIsRelevant()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Objective("O2", ["O1"])
            .Analyze("2026-03-01");

        result.NoneBy(NotRelevant);
    }

    [Fact]
    public void ObjectiveWithoutDueDateIsNotTimeBound()
    {
        var result = WithObjective(o => o.Due = null).Analyze("2026-03-01");

        var finding = result.SingleBy(NotTimeBound);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("O1", finding.SubjectId);
        Assert.Equal("Objective O1 has no due date.", finding.Message);
    }

    [Fact]
    public void ObjectiveDueBeforeItStartsIsNotTimeBound()
    {
        var result = WithObjective(o =>
        {
            o.Start = PlanBuilder.Day("2026-06-01");
            o.Due = PlanBuilder.Day("2026-03-31");
        }).Analyze("2026-03-01");

        Assert.Equal("Objective O1 is due on 2026-03-31, before it starts on 2026-06-01.", result.SingleBy(NotTimeBound).Message);
    }

    [Fact]
    public void ObjectiveSpanningExactlyTwoYearsIsTimeBound()
    {
        // 2026-01-01 → 2028-01-02: 365 (2026) + 365 (2027) + 1 = 731 days, the limit itself.
        var result = WithObjective(o => o.Due = PlanBuilder.Day("2028-01-02")).Analyze("2026-03-01");

        result.NoneBy(NotTimeBound);
    }

    [Fact]
    public void ObjectiveSpanningOneDayMoreThanTwoYearsIsNotTimeBound()
    {
        // 2026-01-01 → 2028-01-03: 365 + 365 + 2 = 732 days.
        var result = WithObjective(o => o.Due = PlanBuilder.Day("2028-01-03")).Analyze("2026-03-01");

        Assert.Equal(
            "Objective O1 runs 732 days from 2026-01-01 to 2028-01-03, more than the 731 days (two years) an objective may span.",
            result.SingleBy(NotTimeBound).Message);
    }

    [Fact]
    public void ObjectiveWithDueDateButNoStartIsTimeBound()
    {
        var result = WithObjective(o =>
        {
            o.Start = null;
            o.Due = PlanBuilder.Day("2030-12-31");
        }).Analyze("2026-03-01");

        result.NoneBy(NotTimeBound);
    }
}
