using Throughline.Core.Analysis;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Analysis.Shape;

namespace Throughline.Core.Tests.Analysis;

public class LineOfSightTests
{
    private const string AsOf = "2026-03-01";

    /// <summary>
    /// G1 ← O1 ← O2 (through a parent objective); O3 reaches no goal; VS1 measures the vision.
    /// Initiatives: I1 → O2, I2 → KR1, I3 → O3, I4 → VS1.
    /// Actions: A1 under I1; A2 under I3 but supporting O1; A3 under I3; A4 alone → KR3; A5 alone → KR2.
    /// </summary>
    private static AnalysisResult Cascade() =>
        new PlanBuilder()
            .SuccessMeasure("VS1", 0, 100)
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Objective("O2", ["O1"])
            .KeyResult("O2", "KR2", 0, 100)
            .Objective("O3", [])
            .KeyResult("O3", "KR3", 0, 100)
            .Initiative("I1", ["O2"])
            .Initiative("I2", ["KR1"])
            .Initiative("I3", ["O3"])
            .Initiative("I4", ["VS1"])
            .Action("A1", "I1")
            .Action("A2", "I3", Supports("O1"))
            .Action("A3", "I3")
            .Action("A4", null, Supports("KR3"))
            .Action("A5", null, Supports("KR2"))
            .Analyze(AsOf);

    [Theory]
    [InlineData(0, true)] // I1 → O2 → O1 → G1
    [InlineData(1, true)] // I2 → KR1 → O1 → G1
    [InlineData(2, false)] // I3 → O3, which contributes to nothing
    [InlineData(3, true)] // I4 → VS1, a success measure of the vision itself
    public void InitiativeIsAlignedWhenWhatItSupportsReachesAGoalOrTheVision(int initiative, bool aligned) =>
        Assert.Equal(aligned, Cascade().HasLineOfSight(ElementKind.Initiative, initiative));

    [Theory]
    [InlineData(0, true)] // A1 inherits I1's line of sight
    [InlineData(1, true)] // A2's initiative I3 is orphaned, but A2 itself supports O1 → G1
    [InlineData(2, false)] // A3 has only orphaned I3
    [InlineData(3, false)] // A4 → KR3 → O3, no goal
    [InlineData(4, true)] // A5 → KR2 → O2 → O1 → G1
    public void ActionIsAlignedThroughItsInitiativeOrItsOwnSupports(int action, bool aligned) =>
        Assert.Equal(aligned, Cascade().HasLineOfSight(ElementKind.Action, action));

    [Fact]
    public void ObjectiveReachesAGoalThroughItsParentObjective()
    {
        var result = Cascade();

        Assert.True(result.HasLineOfSight(ElementKind.Objective, 1)); // O2 → O1 → G1
        Assert.False(result.HasLineOfSight(ElementKind.Objective, 2)); // O3
        Assert.True(result.HasLineOfSight(ElementKind.KeyResult, 3)); // VS1, numbered after KR1, KR2, KR3
    }

    /// <summary>O1 contributes to G1, G2 and to OP, which contributes to G3. I1 → KR1 of O1; A1 under I1.</summary>
    private static AnalysisResult MultiParent() =>
        new PlanBuilder()
            .Goal("G1")
            .Goal("G2")
            .Goal("G3")
            .Objective("OP", ["G3"])
            .Objective("O1", ["G1", "G2", "OP"])
            .KeyResult("O1", "KR1", 0, 100)
            .Objective("O2", ["G1"])
            .Initiative("I1", ["KR1"])
            .Action("A1", "I1")
            .Action("A2", "I1", Supports("O2"))
            .Analyze(AsOf);

    [Fact]
    public void PathsToVisionListEveryPathOfAMultiParentItemInOrder()
    {
        var result = MultiParent();

        var paths = LineOfSight.PathsToVision(result, result.Graph.Find("A1")!.Value);

        Assert.Equal(
            [
                ["A1", "I1", "KR1", "O1", "G1", "vision"],
                ["A1", "I1", "KR1", "O1", "G2", "vision"],
                ["A1", "I1", "KR1", "O1", "OP", "G3", "vision"],
            ],
            paths);
    }

    [Fact]
    public void PathsOfAnActionGoThroughItsInitiativeFirstThenItsOwnSupports()
    {
        var result = MultiParent();

        var paths = LineOfSight.PathsToVision(result, result.Graph.Find("A2")!.Value);

        Assert.Equal(4, paths.Count); // 3 through I1, 1 of its own
        Assert.Equal(["A2", "I1", "KR1", "O1", "G1", "vision"], paths[0]);
        Assert.Equal(["A2", "O2", "G1", "vision"], paths[3]);
    }

    [Fact]
    public void PathsToVisionStopAtTheLimit()
    {
        var result = MultiParent();

        var paths = LineOfSight.PathsToVision(result, result.Graph.Find("A1")!.Value, limit: 2);

        Assert.Equal(
            [
                ["A1", "I1", "KR1", "O1", "G1", "vision"],
                ["A1", "I1", "KR1", "O1", "G2", "vision"],
            ],
            paths);
    }

    [Fact]
    public void PathsToVisionOfOrphanedWorkAreEmptyAndOfASuccessMeasureEndAtTheVision()
    {
        var result = Cascade();

        Assert.Empty(LineOfSight.PathsToVision(result, result.Graph.Find("I3")!.Value));
        Assert.Equal([["I4", "VS1", "vision"]], LineOfSight.PathsToVision(result, result.Graph.Find("I4")!.Value));
        Assert.Equal([["G1", "vision"]], LineOfSight.PathsToVision(result, result.Graph.Find("G1")!.Value));
    }

    [Fact]
    public void PathsToVisionDoNotLoopOnAContributionCycle()
    {
        // The reader rejects cycles; a plan built in code can still hold one: O1 → O2 → O1, and O1 → G1.
        var plan = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1", "O2"])
            .Objective("O2", ["O1"])
            .Build();
        var result = Analyzer.Analyze(plan, PlanBuilder.Day(AsOf));

        var paths = LineOfSight.PathsToVision(result, new NodeRef(ElementKind.Objective, 1));

        Assert.Equal([["O2", "O1", "G1", "vision"]], paths);
    }
}
