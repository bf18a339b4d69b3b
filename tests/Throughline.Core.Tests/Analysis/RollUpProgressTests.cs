using Throughline.Core.Analysis;
using static Throughline.Core.Tests.Analysis.Shape;

namespace Throughline.Core.Tests.Analysis;

/// <summary>Progress rolled up the cascade. Every key result runs from 0 to 100, so a check-in of 40 is 0.4.</summary>
public class RollUpProgressTests
{
    private const string AsOf = "2026-03-01";

    [Fact]
    public void ObjectiveIsTheMeanOfItsKeyResultsWeightedByKeyResultWeight()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 40)]) // 0.4, weight 1 by default
            .KeyResult("O1", "KR2", 0, 100, [("2026-02-01", 80)], Weight(3)) // 0.8, weight 3
            .Analyze(AsOf);

        // (1 × 0.4 + 3 × 0.8) / (1 + 3) = 2.8 / 4
        Assert.Equal(0.7, result.Objective(0).Progress, 10);
    }

    [Fact]
    public void ObjectiveMixesItsKeyResultsWithContributingObjectivesWeightedByContribution()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 40)]) // 0.4, weight 1
            .Objective("O2", [], ContributesTo(("O1", 2)))
            .KeyResult("O2", "KR2", 0, 100, [("2026-02-01", 10)]) // 0.1, contribution weight 2
            .Analyze(AsOf);

        Assert.Equal(0.1, result.Objective(1).Progress, 10);
        // (1 × 0.4 + 2 × 0.1) / (1 + 2) = 0.6 / 3
        Assert.Equal(0.2, result.Objective(0).Progress, 10);
    }

    [Fact]
    public void GoalIsTheMeanOfContributingObjectivesWeightedByContribution()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", [], ContributesTo(("G1", 1)))
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 20)]) // 0.2
            .Objective("O2", [], ContributesTo(("G1", 3)))
            .KeyResult("O2", "KR2", 0, 100, [("2026-02-01", 60)]) // 0.6
            .Analyze(AsOf);

        // (1 × 0.2 + 3 × 0.6) / (1 + 3) = 2.0 / 4
        Assert.Equal(0.5, result.Goal(0).Progress, 10);
    }

    [Fact]
    public void ObjectiveContributingToTwoGoalsCountsWithEachLinksOwnWeight()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Goal("G2")
            .Objective("O1", [], ContributesTo(("G1", 2), ("G2", 1)))
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 60)]) // 0.6
            .Objective("O2", [], ContributesTo(("G1", 1), ("G2", 3)))
            .KeyResult("O2", "KR2", 0, 100, [("2026-02-01", 20)]) // 0.2
            .Analyze(AsOf);

        // G1: (2 × 0.6 + 1 × 0.2) / (2 + 1) = 1.4 / 3
        Assert.Equal(1.4 / 3, result.Goal(0).Progress, 10);
        // G2: (1 × 0.6 + 3 × 0.2) / (1 + 3) = 1.2 / 4
        Assert.Equal(0.3, result.Goal(1).Progress, 10);
    }

    [Fact]
    public void CascadeRollsUpThroughParentObjectivesWrittenBeforeTheirChildren()
    {
        // Parents come first in the file, so a roll-up in file order would read children not yet computed.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 90)]) // 0.9
            .Objective("O2", ["O1"])
            .KeyResult("O2", "KR2", 0, 100, [("2026-02-01", 30)]) // 0.3
            .Objective("O3", ["O2"])
            .KeyResult("O3", "KR3", 0, 100, [("2026-02-01", 60)]) // 0.6
            .Analyze(AsOf);

        // O3 = 0.6; O2 = (0.3 + 0.6) / 2 = 0.45; O1 = (0.9 + 0.45) / 2 = 0.675; G1 = O1
        Assert.Equal(0.6, result.Objective(2).Progress, 10);
        Assert.Equal(0.45, result.Objective(1).Progress, 10);
        Assert.Equal(0.675, result.Objective(0).Progress, 10);
        Assert.Equal(0.675, result.Goal(0).Progress, 10);
    }

    [Fact]
    public void VisionIsTheMeanOfGoalsByGoalWeightAndOfSuccessMeasures()
    {
        var result = new PlanBuilder()
            .Goal("G1") // weight 1 by default
            .Goal("G2", GoalWeight(2))
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 60)]) // G1 = 0.6
            .Objective("O2", ["G2"])
            .KeyResult("O2", "KR2", 0, 100, [("2026-02-01", 30)]) // G2 = 0.3
            .SuccessMeasure("VS1", 40000, 400000, CheckIns(("2026-02-01", 220000))) // (220000 - 40000) / 360000 = 0.5
            .Analyze(AsOf);

        // (1 × 0.6 + 2 × 0.3 + 1 × 0.5) / (1 + 2 + 1) = 1.7 / 4
        Assert.Equal(0.425, result.Vision.Progress, 10);
        Assert.Equal(0.425, result.Scores.OverallProgress, 10);
    }

    [Fact]
    public void ObjectiveOrGoalWithNothingContributingIsZeroAndNotStarted()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Goal("G2")
            .Objective("O1", ["G2"]) // no key results, no contributing objectives
            .Analyze(AsOf);

        Assert.Equal(new ItemState(0.0, ProgressStatus.NotStarted), result.Goal(0));
        Assert.Equal(new ItemState(0.0, ProgressStatus.NotStarted), result.Objective(0));
        Assert.Equal(new ItemState(0.0, ProgressStatus.NotStarted), result.Goal(1));
    }

    [Fact]
    public void CheckInsAfterTheAsOfDateAreIgnored()
    {
        var builder = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-02-01", 30), ("2026-05-01", 70)]);

        var march = builder.Analyze("2026-03-01");
        Assert.Equal(30, march.KeyResult(0).Current);
        Assert.Equal(1, march.KeyResult(0).CheckInCount);
        Assert.Equal(0.3, march.Objective(0).Progress, 10); // 30 / 100

        // A check-in dated on the as-of day counts.
        var may = builder.Analyze("2026-05-01");
        Assert.Equal(0.7, may.Objective(0).Progress, 10); // 70 / 100
    }

    [Fact]
    public void OfCheckInsOnTheSameDateTheLastWrittenWins()
    {
        // Written out of date order; the two of 1 February: 30, then a correction to 45.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-03-01", 50), ("2026-02-01", 30), ("2026-02-01", 45)])
            .Analyze("2026-02-15");

        Assert.Equal(45, result.KeyResult(0).Current);
        Assert.Equal(0.45, result.KeyResult(0).Progress, 10); // 45 / 100
    }
}
