using Throughline.Core.Analysis;
using static Throughline.Core.Tests.Analysis.Shape;

namespace Throughline.Core.Tests.Analysis;

public class ScoresTests
{
    private const string AsOf = "2026-01-20";

    [Fact]
    public void LineOfSightCoverageWeighsWorkByEffortOrOne()
    {
        // I1 (10 person-weeks) → O1 → G1: aligned. I2 (30) → O2, which reaches no goal: orphaned.
        // I3 (no effort: 1) → O1: aligned. A1 (no initiative, no effort: 1) → O1: aligned.
        // I4 is cancelled (50, orphaned) and A2 is under it: both left out.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Objective("O2", [])
            .Initiative("I1", ["O1"], Effort(10))
            .Initiative("I2", ["O2"], Effort(30))
            .Initiative("I3", ["O1"])
            .Initiative("I4", ["O2"], i => { Effort(50)(i); Cancelled(i); })
            .Action("A1", null, Supports("O1"))
            .Action("A2", "I4")
            .Analyze(AsOf);

        // (10 + 1 + 1) / (10 + 30 + 1 + 1) = 12 / 42
        Assert.Equal(12.0 / 42, result.Scores.LineOfSightCoverage!.Value, 10);
    }

    [Fact]
    public void SharesAreNullWhenThereIsNothingToTakeThemOf()
    {
        var empty = new PlanBuilder().Analyze(AsOf);
        var onlyCancelled = new PlanBuilder()
            .Goal("G1")
            .Initiative("I1", ["G1"], Cancelled)
            .Analyze(AsOf);

        Assert.Null(empty.Scores.LineOfSightCoverage);
        Assert.Null(empty.Scores.ExecutionCoverage);
        Assert.Null(onlyCancelled.Scores.LineOfSightCoverage);
        Assert.Equal(0.0, onlyCancelled.Scores.ExecutionCoverage); // 0 of 1 goal
    }

    [Fact]
    public void ExecutionCoverageIsTheShareOfGoalsAndObjectivesMeasuredAndWorkedOn()
    {
        var result = new PlanBuilder()
            .Goal("G1")
            .Goal("G2")
            .Goal("G3")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100) // O1: measured, worked on by I1 → covered; so is G1
            .Objective("O2", ["G2"])
            .KeyResult("O2", "KR2", 0, 100) // O2: measured, no work → not covered
            .Objective("O3", ["G2"]) // O3: worked on by I2, no key result → not covered
            .Objective("O4", ["O3"])
            .KeyResult("O4", "KR4", 0, 100) // O4: measured, worked on through A1 on KR4 → covered
            .Initiative("I1", ["O1"])
            .Initiative("I2", ["O3"])
            .Initiative("I3", ["O2"], Cancelled) // cancelled work does not count,
            .Action("A2", "I3", Supports("KR2")) // nor do the actions under it
            .Action("A1", null, Supports("KR4"))
            .Analyze(AsOf);

        Assert.True(result.IsMeasured(2)); // O3 is measured through O4 after all
        Assert.True(result.HasWork(2));
        Assert.False(result.HasWork(1));
        // Covered: O1, O3 (measured through O4), O4, G1 (through O1), G2 (measured through O2 and O3, worked
        // on through O3); not O2, nor G3 (no objective). 5 of 7 (4 objectives + 3 goals).
        Assert.Equal(5.0 / 7, result.Scores.ExecutionCoverage!.Value, 10);
    }

    [Fact]
    public void FindingsAreCountedByFamilyWithEveryFamilyListed()
    {
        // The vision names a number and has a measure and a future horizon; owners, titles and dates are
        // complete. Defects: G2 has no objective, O2 has no key result, I3 supports nothing and has no owner.
        // As of 2026-01-20 KR1 and VS1 have no check-ins and are not started (19 / 364 < 0.25, no start).
        var result = new PlanBuilder()
            .Vision("By 2030 half of the homes in our region run on solar power.", "2030-12-31")
            .SuccessMeasure("VS1", 0, 100)
            .Goal("G1")
            .Goal("G2")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Objective("O2", ["G1"])
            .Initiative("I1", ["O1"])
            .Initiative("I2", ["O2"])
            .Initiative("I3", [], i => i.Owner = null)
            .Analyze(AsOf);

        // gap: goal-without-objectives (G2), objective-without-key-results (O2), orphan-initiative (I3) = 3;
        // ownership: missing-owner (I3) = 1; vision, smart and tracking: 0.
        Assert.Equal(3, result.Scores.FindingsByFamily["gap"]);
        Assert.Equal(1, result.Scores.FindingsByFamily["ownership"]);
        Assert.Equal(0, result.Scores.FindingsByFamily["vision"]);
        Assert.Equal(0, result.Scores.FindingsByFamily["smart"]);
        Assert.Equal(0, result.Scores.FindingsByFamily["tracking"]);
        Assert.Equal(result.Findings.Count, result.Scores.FindingsByFamily.Values.Sum());
    }
}
