using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Priorities;

namespace Throughline.Core.Tests.Priorities;

public class AlignmentTests
{
    /// <summary>
    /// Goals G1 (priority 1), G2 (2), G3 (4) and G4 (none): maxRank 4, importances 1, 1 − 1/4 = 0.75,
    /// 1 − 3/4 = 0.25 and 0.5. O5 reaches G3 through O3 and G2 through O2; O7 reaches nothing through O6.
    /// </summary>
    private static AnalysisResult Cascade() => new PlanBuilder()
        .SuccessMeasure("VS1", 0, 100)
        .Goal("G1", g => g.Priority = 1)
        .Goal("G2", g => g.Priority = 2)
        .Goal("G3", g => g.Priority = 4)
        .Goal("G4")
        .Objective("O1", ["G1"])
        .Objective("O2", ["G2"])
        .Objective("O3", ["G3"])
        .KeyResult("O3", "KR3", 0, 100)
        .Objective("O4", ["G4"])
        .Objective("O5", ["O3", "O2"])
        .Objective("O6", [])
        .Objective("O7", ["O6"])
        .Initiative("I1", ["O1"])
        .Initiative("I2", ["O2"])
        .Initiative("I3", ["O3"])
        .Initiative("I4", ["O4"])
        .Initiative("I5", ["O5"])
        .Initiative("I6", ["O7"])
        .Initiative("I7", ["VS1"])
        .Initiative("I8", ["KR3", "O4"])
        .Initiative("I9", [])
        .Analyze("2026-03-06");

    [Theory]
    [InlineData(0, 5.0, "serves G1 (priority 1 of 4)")] // 2 + 3 × 1
    [InlineData(1, 4.25, "serves G2 (priority 2 of 4)")] // 2 + 3 × 0.75
    [InlineData(2, 2.75, "serves G3 (priority 4 of 4)")] // 2 + 3 × 0.25
    [InlineData(3, 3.5, "serves G4 (no priority)")] // 2 + 3 × 0.5
    [InlineData(4, 4.25, "serves G2 (priority 2 of 4)")] // best of G3 (0.25) and G2 (0.75) through parent objectives
    [InlineData(5, 1.0, "no path to a goal")] // O7 → O6 → nothing
    [InlineData(6, 5.0, "serves the vision's success measure VS1")] // importance 1
    [InlineData(7, 3.5, "serves G4 (no priority)")] // KR3 → O3 → G3 (0.25) loses to O4 → G4 (0.5)
    [InlineData(8, 1.0, "no path to a goal")] // supports nothing
    public void AlignmentComesFromTheMostImportantGoalInSight(int initiative, double alignment, string reason)
    {
        var score = Alignment(Cascade(), initiative);

        Assert.Equal(alignment, score.Raw);
        Assert.Equal((alignment - 1) / 4, score.Normalized, 12);
        Assert.Equal(reason, score.Reason);
    }

    [Fact]
    public void AmongEquallyImportantGoalsTheFirstIsNamedAndGoalsBeforeSuccessMeasures()
    {
        // G2 and G1 both have priority 1 (importance 1), as does the success measure VS1.
        var result = new PlanBuilder()
            .SuccessMeasure("VS1", 0, 100)
            .Goal("G1", g => g.Priority = 1)
            .Goal("G2", g => g.Priority = 1)
            .Objective("O1", ["G2", "G1"])
            .Initiative("I1", ["VS1", "O1"])
            .Analyze("2026-03-06");

        Assert.Equal("serves G1 (priority 1 of 1)", Alignment(result, 0).Reason);
    }

    [Fact]
    public void WithoutAnyGoalPriorityEveryGoalCountsHalf()
    {
        var result = new PlanBuilder().Goal("G1").Objective("O1", ["G1"]).Initiative("I1", ["O1"]).Analyze("2026-03-06");

        Assert.Equal(3.5, Alignment(result, 0).Raw); // 2 + 3 × 0.5
    }

    [Fact]
    public void AlignmentAgreesWithLineOfSight()
    {
        var result = Cascade();

        for (var i = 0; i < result.Graph.InitiativeCount; i++)
        {
            Assert.Equal(result.HasLineOfSight(ElementKind.Initiative, i), Alignment(result, i).Raw > 1);
        }
    }

    private static CriterionScore Alignment(AnalysisResult result, int initiative) =>
        result.Priorities.Of(initiative)!.Criteria.Single(c => c.Criterion.Id == DecisionCriterion.Alignment);
}
