using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public class GapRulesTests
{
    private const string GoalWithoutObjectives = "gap/goal-without-objectives";
    private const string ObjectiveWithoutKeyResults = "gap/objective-without-key-results";
    private const string ObjectiveWithoutWork = "gap/objective-without-work";
    private const string OrphanInitiative = "gap/orphan-initiative";
    private const string OrphanAction = "gap/orphan-action";

    /// <summary>A goal G1 moved by objective O1, measured by KR1 and worked on by initiative I1: no gap anywhere.</summary>
    private static PlanBuilder Aligned() => new PlanBuilder()
        .Goal("G1")
        .Objective("O1", ["G1"])
        .KeyResult("O1", "KR1", 0, 100)
        .Initiative("I1", ["O1"]);

    [Fact]
    public void AlignedPlanHasNoGapFindings() =>
        Assert.Empty(Aligned().Analyze("2026-03-01").FindingsOf("gap"));

    [Fact]
    public void GoalThatNoObjectiveContributesToIsReported()
    {
        var result = Aligned().Goal("G2").Analyze("2026-03-01");

        var finding = result.SingleBy(GoalWithoutObjectives);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(ElementKind.Goal, finding.SubjectKind);
        Assert.Equal("G2", finding.SubjectId);
        Assert.Equal(
            "Goal G2 \"Goal G2 of the test organization\" has no objective contributing to it: nothing is planned to move it.",
            finding.Message);
    }

    [Fact]
    public void GoalWithOneContributingObjectiveIsNotReported()
    {
        var result = Aligned().Goal("G2", g => g.Title = "Second goal")
            .Objective("O2", ["G2"])
            .KeyResult("O2", "KR2", 0, 10)
            .Analyze("2026-03-01");

        result.NoneBy(GoalWithoutObjectives);
    }

    [Fact]
    public void ObjectiveWithNeitherKeyResultsNorContributorsIsReported()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"])
            .Analyze("2026-03-01");

        var finding = result.SingleBy(ObjectiveWithoutKeyResults);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(ElementKind.Objective, finding.SubjectKind);
        Assert.Equal("O1", finding.SubjectId);
        Assert.Equal(
            "Objective O1 has no key results and no contributing objectives: its progress cannot be measured.",
            finding.Message);
    }

    [Fact]
    public void ObjectiveMeasuredThroughAContributingObjectiveIsNotReported()
    {
        // O1 has no key result of its own; O2 contributes to it and is measured by KR2.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Objective("O2", ["O1"])
            .KeyResult("O2", "KR2", 0, 10)
            .Initiative("I1", ["O2"])
            .Analyze("2026-03-01");

        result.NoneBy(ObjectiveWithoutKeyResults);
    }

    [Fact]
    public void ObjectiveThatNothingWorksOnIsReported()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Analyze("2026-03-01");

        var finding = result.SingleBy(ObjectiveWithoutWork);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("O1", finding.SubjectId);
        Assert.Equal("No initiative or action works on objective O1 or its key results.", finding.Message);
    }

    [Fact]
    public void InitiativeOnAKeyResultCountsAsWorkOnItsObjective()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Initiative("I1", ["KR1"])
            .Analyze("2026-03-01");

        result.NoneBy(ObjectiveWithoutWork);
    }

    [Fact]
    public void ActionServingAnObjectiveDirectlyCountsAsWork()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Action("A1", initiative: null, a => a.Supports = ["O1"])
            .Analyze("2026-03-01");

        result.NoneBy(ObjectiveWithoutWork);
    }

    [Fact]
    public void CancelledInitiativeIsNoWork()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Initiative("I1", ["O1"], i => i.Status = InitiativeStatus.Cancelled)
            .Analyze("2026-03-01");

        Assert.Equal("O1", result.SingleBy(ObjectiveWithoutWork).SubjectId);
    }

    [Fact]
    public void WorkOnAContributingObjectiveCountsForItsParent()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Objective("O2", ["O1"])
            .KeyResult("O2", "KR2", 0, 10)
            .Initiative("I1", ["KR2"])
            .Analyze("2026-03-01");

        result.NoneBy(ObjectiveWithoutWork);
    }

    [Fact]
    public void DoneObjectiveNeedsNoMoreWork()
    {
        // KR1 checked in at its target: progress (100 - 0) / (100 - 0) = 1, so KR1 and O1 are done.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 100)])
            .Analyze("2026-03-01");

        result.NoneBy(ObjectiveWithoutWork);
    }

    [Fact]
    public void InitiativeSupportingNothingIsReported()
    {
        var result = Aligned().Initiative("I2", []).Analyze("2026-03-01");

        var finding = result.SingleBy(OrphanInitiative);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(ElementKind.Initiative, finding.SubjectKind);
        Assert.Equal("I2", finding.SubjectId);
        Assert.Equal(
            "Initiative I2 supports no objective or key result: its effort has no line of sight to the vision.",
            finding.Message);
    }

    [Fact]
    public void InitiativeSupportingAnObjectiveThatReachesNoGoalIsReportedWithItsActions()
    {
        var result = Aligned()
            .Objective("O9", [])
            .Initiative("I2", ["O9"])
            .Action("A1", "I2")
            .Action("A2", "I2")
            .Analyze("2026-03-01");

        Assert.Equal(
            "Initiative I2 supports O9, which leads to no goal: its effort has no line of sight to the vision (nor do its 2 actions).",
            result.SingleBy(OrphanInitiative).Message);
        // The two actions are reported with their initiative, not again on their own.
        result.NoneBy(OrphanAction);
    }

    [Fact]
    public void ActionThatServesAnAlignedObjectiveIsNotCountedAsOrphanedByItsInitiative()
    {
        // A1 has its own path (supports O1 → G1); only A2 shares I2's lack of one.
        var result = Aligned()
            .Initiative("I2", [])
            .Action("A1", "I2", a => a.Supports = ["O1"])
            .Action("A2", "I2")
            .Analyze("2026-03-01");

        Assert.Equal(
            "Initiative I2 supports no objective or key result: its effort has no line of sight to the vision (nor does its 1 action).",
            result.SingleBy(OrphanInitiative).Message);
    }

    [Fact]
    public void InitiativeSupportingAKeyResultOnAPathToAGoalIsAligned()
    {
        var result = Aligned().Initiative("I2", ["KR1"]).Analyze("2026-03-01");

        result.NoneBy(OrphanInitiative);
    }

    [Fact]
    public void CancelledOrphanInitiativeIsNotReported()
    {
        var result = Aligned()
            .Initiative("I2", [], i => i.Status = InitiativeStatus.Cancelled)
            .Analyze("2026-03-01");

        result.NoneBy(OrphanInitiative);
    }

    [Fact]
    public void ActionWithNoInitiativeAndNoPathIsReported()
    {
        var result = Aligned().Action("A1", initiative: null).Analyze("2026-03-01");

        var finding = result.SingleBy(OrphanAction);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(ElementKind.Action, finding.SubjectKind);
        Assert.Equal("A1", finding.SubjectId);
        Assert.Equal(
            "Action A1 \"Action A1\" belongs to no initiative and serves no objective on a path to a goal.",
            finding.Message);
    }

    [Fact]
    public void ActionServingAnObjectiveThatReachesNoGoalIsReported()
    {
        var result = Aligned()
            .Objective("O9", [])
            .Action("A1", initiative: null, a => a.Supports = ["O9"])
            .Analyze("2026-03-01");

        Assert.Equal("A1", result.SingleBy(OrphanAction).SubjectId);
    }

    [Fact]
    public void ActionServingAKeyResultOnAPathToAGoalIsAligned()
    {
        var result = Aligned()
            .Action("A1", initiative: null, a => a.Supports = ["KR1"])
            .Analyze("2026-03-01");

        result.NoneBy(OrphanAction);
    }
}
