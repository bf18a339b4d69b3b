using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Tests.Schedule;

namespace Throughline.Core.Tests.Rules;

public class DependencyRulesTests
{
    private const string Cycle = "dependency/cycle";
    private const string OutOfOrder = "dependency/out-of-order";
    private const string LateForObjective = "dependency/late-for-objective";
    private const string AsOf = "2026-03-01";

    [Fact]
    public void CircleIsReportedOnceOnItsFirstInitiativeAsAnError()
    {
        var result = new PlanBuilder()
            .Initiative("I3", [], i =>
            {
                i.DependsOn = ["I5"];
                i.FieldLocations = new() { ["depends_on"] = PlanBuilder.Line(7, 17) };
            })
            .Initiative("I5", [], Dated.DependsOn("I9"))
            .Initiative("I9", [], Dated.DependsOn("I3"))
            .Analyze(AsOf);

        var finding = result.SingleBy(Cycle);
        Assert.Equal((ElementKind.Initiative, "I3", Severity.Error), (finding.SubjectKind, finding.SubjectId, finding.Severity));
        Assert.Equal(
            "Initiatives depend on each other in a circle: I3 → I5 → I9 → I3 (each depends on the next), so none of them can start.",
            finding.Message);
        Assert.Equal(PlanBuilder.Line(7, 17), finding.Location);
    }

    [Fact]
    public void InitiativeDependingOnItselfIsReported()
    {
        var finding = new PlanBuilder().Initiative("I2", [], Dated.DependsOn("I2")).Analyze(AsOf).SingleBy(Cycle);

        Assert.Equal("Initiative I2 depends on itself, so it can never start.", finding.Message);
    }

    [Fact]
    public void TangleNamesTheInitiativesBesideTheCircle()
    {
        var finding = new PlanBuilder()
            .Initiative("I1", [], Dated.DependsOn("I2"))
            .Initiative("I2", [], Dated.DependsOn("I3", "I1"))
            .Initiative("I3", [], Dated.DependsOn("I1"))
            .Analyze(AsOf).SingleBy(Cycle);

        Assert.Equal(
            "Initiatives depend on each other in a circle: I1 → I2 → I1 (each depends on the next); I3 is caught in the same circle, so none of these 3 can start.",
            finding.Message);
    }

    [Fact]
    public void CancelledInitiativeInTheCircleStillCounts()
    {
        var result = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs(null, null, InitiativeStatus.Cancelled, "I2"))
            .Initiative("I2", [], Dated.DependsOn("I1"))
            .Analyze(AsOf);

        Assert.Equal("I1", result.SingleBy(Cycle).SubjectId);
    }

    [Fact]
    public void ChainWithoutCircleIsNotReported() =>
        new PlanBuilder()
            .Initiative("I1", [])
            .Initiative("I2", [], Dated.DependsOn("I1"))
            .Initiative("I3", [], Dated.DependsOn("I1", "I2"))
            .Analyze(AsOf).NoneBy(Cycle);

    [Theory]
    [InlineData("2026-01-26", "Initiative I2 starts on 2026-01-26 but depends on I1, which ends on 2026-01-30: 4 days later.")]
    [InlineData("2026-01-29", "Initiative I2 starts on 2026-01-29 but depends on I1, which ends on 2026-01-30: 1 day later.")]
    public void StartBeforeTheDependencyEndsIsReported(string start, string message)
    {
        var finding = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-05", "2026-01-30"))
            .Initiative("I2", [], Dated.Runs(start, "2026-03-20", "I1"))
            .Analyze(AsOf).SingleBy(OutOfOrder);

        Assert.Equal((ElementKind.Initiative, "I2", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("2026-01-30")]
    [InlineData("2026-01-31")]
    public void StartOnOrAfterTheDependencyEndsIsNotReported(string start) =>
        new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-05", "2026-01-30"))
            .Initiative("I2", [], Dated.Runs(start, "2026-03-20", "I1"))
            .Analyze(AsOf).NoneBy(OutOfOrder);

    [Theory]
    [InlineData(InitiativeStatus.Done, InitiativeStatus.Active)]
    [InlineData(InitiativeStatus.Cancelled, InitiativeStatus.Active)]
    [InlineData(InitiativeStatus.Active, InitiativeStatus.Cancelled)]
    public void DoneOrCancelledWorkIsNotOutOfOrder(InitiativeStatus dependent, InitiativeStatus dependency) =>
        new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-05", "2026-01-30", dependency))
            .Initiative("I2", [], Dated.Runs("2026-01-26", "2026-03-20", dependent, "I1"))
            .Analyze(AsOf).NoneBy(OutOfOrder);

    [Fact]
    public void DoneDependencyStillOrdersWhatWaitsForIt()
    {
        var finding = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-05", "2026-01-30", InitiativeStatus.Done))
            .Initiative("I2", [], Dated.Runs("2026-01-26", "2026-03-20", "I1"))
            .Analyze(AsOf).SingleBy(OutOfOrder);

        Assert.Equal("I2", finding.SubjectId);
    }

    [Fact]
    public void MissingDatesSelfDependencyAndRepeatsAreHandled()
    {
        // I2 lacks a start, I3's dependency I4 lacks an end, I5 depends on itself; I6 lists I1 twice and is reported once.
        var result = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-05", "2026-01-30"))
            .Initiative("I2", [], Dated.Runs(null, "2026-03-20", "I1"))
            .Initiative("I4", [], Dated.Runs("2026-01-05", null))
            .Initiative("I3", [], Dated.Runs("2026-01-06", "2026-03-20", "I4"))
            .Initiative("I5", [], Dated.Runs("2026-01-05", "2026-01-30", "I5"))
            .Initiative("I6", [], Dated.Runs("2026-01-10", "2026-03-20", "I1", "I1"))
            .Analyze(AsOf);

        Assert.Equal("I6", result.SingleBy(OutOfOrder).SubjectId);
    }

    [Fact]
    public void ChainFinishingAfterTheDueDateMakesTheObjectiveLate()
    {
        // I1 → I2 → I3 finishes 2026-07-10 at the earliest (see EarliestDatesTests); O1 is due 06-30: 10 days late.
        var finding = EarliestDatesTests.KitPlan().Analyze(AsOf).SingleBy(LateForObjective);

        Assert.Equal((ElementKind.Objective, "O1", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
        Assert.Equal(
            "Objective O1 is due on 2026-06-30, but the chain I1 → I2 → I3 cannot finish before 2026-07-10: 10 days late.",
            finding.Message);
    }

    [Theory]
    [InlineData("2026-07-10", null)]
    [InlineData("2026-07-09", "Objective O1 is due on 2026-07-09, but the chain I1 → I2 → I3 cannot finish before 2026-07-10: 1 day late.")]
    public void FinishingOnTheDueDateIsInTime(string due, string? message)
    {
        var result = EarliestDatesTests.KitPlan(due).Analyze(AsOf);

        Assert.Equal(message, result.By(LateForObjective).SingleOrDefault()?.Message);
    }

    [Fact]
    public void SingleInitiativeIsNamedAsSuch()
    {
        // I1 runs 2026-01-01 → 2026-04-10; O1 is due 03-31: 10 days late.
        var finding = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Dated.Due("2026-03-31"))
            .Initiative("I1", ["O1"], Dated.Runs("2026-01-01", "2026-04-10"))
            .Analyze(AsOf).SingleBy(LateForObjective);

        Assert.Equal("Objective O1 is due on 2026-03-31, but initiative I1 cannot finish before 2026-04-10: 10 days late.", finding.Message);
    }

    [Fact]
    public void ObjectiveWithoutDueDateOrAlreadyDoneIsNotLate()
    {
        // O2 has no due date: its work running to the end of 2026 makes only O1 late.
        var undated = EarliestDatesTests.KitPlan().Objective("O2", ["G1"], Dated.Due(null))
            .Initiative("I4", ["O2"], Dated.Runs("2026-01-01", "2026-12-31"))
            .Analyze(AsOf);
        Assert.Equal(["O1"], undated.By(LateForObjective).Select(f => f.SubjectId));

        // KR1 reached its target (1500 → 1200) on 2026-02-01: O1 is done, however late its work runs.
        EarliestDatesTests.KitPlan().CheckIn("KR1", "2026-02-01", 1200).Analyze(AsOf).NoneBy(LateForObjective);
    }
}
