using Throughline.Core.Model;
using Throughline.Core.Priorities;
using static Throughline.Core.Tests.Priorities.WorkedExample;

namespace Throughline.Core.Tests.Priorities;

public class RankingTests
{
    [Fact]
    public void WorkedExampleRanksByWeightedCriteria()
    {
        var ranking = Analyze().Priorities;

        Assert.Equal(["I1", "I2", "I3"], ranking.Ranked.Select(r => r.Id));
        Assert.Equal([1, 2, 3], ranking.Ranked.Select(r => r.Rank));
        Assert.Equal(0.725, ranking.Ranked[0].Score, 12);
        Assert.Equal(0.6625, ranking.Ranked[1].Score, 12);
        Assert.Equal(0.65, ranking.Ranked[2].Score, 12);

        // Three ranked: the top third rounded up is 1, two thirds rounded up is 2.
        Assert.Equal([PriorityTier.First, PriorityTier.Second, PriorityTier.Third], ranking.Ranked.Select(r => r.Tier));
    }

    [Fact]
    public void AuthorsPriorityOnlyBreaksTies()
    {
        // I3 has the author's priority 1 but scores 0.65, below I2's 0.6625.
        var i3 = Analyze().Priorities.Of(2);

        Assert.NotNull(i3);
        Assert.Equal(3, i3.Rank);
    }

    [Fact]
    public void DoneAndCancelledInitiativesAreNotRanked()
    {
        var ranking = Plan().Initiative("I5", ["O1"], i => i.Status = InitiativeStatus.Cancelled).Analyze(AsOf).Priorities;

        Assert.Null(ranking.Of(3));
        Assert.Null(ranking.Of(4));
        Assert.Equal(3, ranking.Ranked.Count);
        Assert.All(ranking.Ranked, r => Assert.Equal(3, r.Of));
    }

    [Fact]
    public void ExplanationShowsTheArithmeticOfEveryCriterion()
    {
        var ranking = Analyze().Priorities;

        Assert.Equal(
            """
            I1 ranks 1st of 3 (first tier) with score 0.725
              alignment 5, serves G1 (priority 1 of 2): 1 × 3 / 10 = 0.3
              impact 4: 0.75 × 3 / 10 = 0.225
              urgency 3: 0.5 × 2 / 10 = 0.1
              effort 4, lower is better: 0.25 × 1 / 10 = 0.025
              risk 2, lower is better: 0.75 × 1 / 10 = 0.075
            """.ReplaceLineEndings("\n"),
            ranking.Of(0)!.Explanation);
        Assert.Equal(
            """
            I2 ranks 2nd of 3 (second tier) with score 0.6625
              alignment 3.5, serves G2 (priority 2 of 2): 0.625 × 3 / 10 = 0.1875
              impact 4: 0.75 × 3 / 10 = 0.225
              urgency 4: 0.75 × 2 / 10 = 0.15
              effort 3, lower is better: 0.5 × 1 / 10 = 0.05
              risk not scored, lower is better: 0.5 × 1 / 10 = 0.05
            """.ReplaceLineEndings("\n"),
            ranking.Of(1)!.Explanation);
        Assert.Equal(
            """
            I3 ranks 3rd of 3 (third tier) with score 0.65
              alignment 1, no path to a goal: 0 × 3 / 10 = 0
              impact 5: 1 × 3 / 10 = 0.3
              urgency 4: 0.75 × 2 / 10 = 0.15
              effort 1, lower is better: 1 × 1 / 10 = 0.1
              risk 1, lower is better: 1 × 1 / 10 = 0.1
            """.ReplaceLineEndings("\n"),
            ranking.Of(2)!.Explanation);
    }

    [Fact]
    public void ContributionsAddUpToTheScore()
    {
        foreach (var ranked in Analyze().Priorities.Ranked)
        {
            Assert.Equal(ranked.Score, ranked.Criteria.Sum(c => c.Contribution), 12);
        }
    }

    [Fact]
    public void UnscoredCriterionIsNeutral()
    {
        var risk = Analyze().Priorities.Of(1)!.Criteria.Single(c => c.Criterion.Id == "risk");

        Assert.Null(risk.Raw);
        Assert.Equal(0.5, risk.Normalized);
        Assert.Equal("not scored", risk.Reason);
    }

    [Fact]
    public void PlanWithoutCriteriaUsesTheDefaults()
    {
        var criteria = Analyze().Priorities.Criteria;

        Assert.Equal(
            [("alignment", 3.0, CriterionPreference.Higher), ("impact", 3, CriterionPreference.Higher),
             ("urgency", 2, CriterionPreference.Higher), ("effort", 1, CriterionPreference.Lower),
             ("risk", 1, CriterionPreference.Lower)],
            criteria.Select(c => (c.Id, c.Weight, c.Better)));
    }

    [Fact]
    public void DeclaredCriteriaWithoutAlignmentGetAlignmentFirstWithWeightThree()
    {
        var builder = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"], Scores(("cost", 2)));
        var plan = builder.Build();
        plan.Criteria.Add(new DecisionCriterion { Id = "cost", Weight = 2, Better = CriterionPreference.Lower });
        plan.Criteria.Add(new DecisionCriterion { Id = "value", Weight = 1 });

        var ranked = Throughline.Core.Analysis.Analyzer.Analyze(plan, PlanBuilder.Day(AsOf)).Priorities.Ranked.Single();

        Assert.Equal(["alignment", "cost", "value"], ranked.Criteria.Select(c => c.Criterion.Id));
        Assert.Equal(3, ranked.Criteria[0].Weight);

        // G1 has no priority: importance 0.5, alignment 2 + 1.5 = 3.5 → 0.625. Cost 2, lower better: (5 − 2) / 4
        // = 0.75. Value not scored: 0.5. (3 × 0.625 + 2 × 0.75 + 1 × 0.5) / 6 = 3.875 / 6 = 0.6458333.
        Assert.Equal("serves G1 (no priority)", ranked.Criteria[0].Reason);
        Assert.Equal(3.875 / 6, ranked.Score, 12);
    }

    [Fact]
    public void DeclaredAlignmentKeepsItsOwnWeight()
    {
        var plan = new PlanBuilder()
            .Goal("G1", g => g.Priority = 1)
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"], Scores(("impact", 1), ("alignment", 1)))
            .Build();
        plan.Criteria.Add(new DecisionCriterion { Id = "impact", Weight = 1 });
        plan.Criteria.Add(new DecisionCriterion { Id = "alignment", Weight = 1 });

        var ranked = Throughline.Core.Analysis.Analyzer.Analyze(plan, PlanBuilder.Day(AsOf)).Priorities.Ranked.Single();

        // Alignment is computed (5 → 1), never taken from the hand score of 1; impact 1 → 0. (1 × 0 + 1 × 1) / 2 = 0.5.
        Assert.Equal(["impact", "alignment"], ranked.Criteria.Select(c => c.Criterion.Id));
        Assert.Equal(5, ranked.Criteria[1].Raw);
        Assert.Equal(0.5, ranked.Score, 12);
    }

    [Fact]
    public void CriteriaWeighingNothingGiveScoreZeroRatherThanNaN()
    {
        var plan = new PlanBuilder().Goal("G1").Objective("O1", ["G1"]).Initiative("I1", ["O1"]).Build();
        plan.Criteria.Add(new DecisionCriterion { Id = "alignment", Weight = 0 });

        var ranked = Throughline.Core.Analysis.Analyzer.Analyze(plan, PlanBuilder.Day(AsOf)).Priorities.Ranked.Single();

        Assert.Equal(0, ranked.Score);
        Assert.Equal(0, ranked.Criteria[0].Contribution);
    }

    [Fact]
    public void EqualScoresAreOrderedByTheAuthorsPriorityThenFileOrder()
    {
        // Nothing scored and the same objective: every score is (3 × 1 + 7 × 0.5) / 10 = 0.65.
        var ranking = new PlanBuilder()
            .Goal("G1", g => g.Priority = 1)
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"])
            .Initiative("I2", ["O1"], i => i.Priority = 2)
            .Initiative("I3", ["O1"], i => i.Priority = 2)
            .Initiative("I4", ["O1"], i => i.Priority = 1)
            .Analyze(AsOf)
            .Priorities;

        Assert.Equal(["I4", "I2", "I3", "I1"], ranking.Ranked.Select(r => r.Id));
        Assert.All(ranking.Ranked, r => Assert.Equal(0.65, r.Score, 12));
    }

    [Fact]
    public void ScoresEqualOnPaperTieDespiteRoundingNoise()
    {
        // I1: 3 × 1 + 3 × (1 − 1) / 4 + 2 × (1.9 − 1) / 4 + 0.5 + 0.5 = 4.45 → 0.445;
        // I2: 3 × 1 + 3 × (1.4 − 1) / 4 + 2 × (1.3 − 1) / 4 + 0.5 + 0.5 = 4.45 → 0.445 on paper, but
        // 0.44499999999999995 in doubles, just below I1's 0.445.
        var ranking = new PlanBuilder()
            .Goal("G1", g => g.Priority = 1)
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"], Scores(("impact", 1), ("urgency", 1.9)))
            .Initiative("I2", ["O1"], i =>
            {
                i.Priority = 1;
                Scores(("impact", 1.4), ("urgency", 1.3))(i);
            })
            .Analyze(AsOf)
            .Priorities;

        // A tie, so I2's author priority 1 puts it first although its double is smaller.
        Assert.True(ranking.Of(1)!.Score < ranking.Of(0)!.Score);
        Assert.Equal(["I2", "I1"], ranking.Ranked.Select(r => r.Id));
    }

    [Theory]
    [InlineData(1, "F")]
    [InlineData(2, "FS")] // ⌈2/3⌉ = 1, ⌈4/3⌉ = 2
    [InlineData(4, "FFST")] // ⌈4/3⌉ = 2, ⌈8/3⌉ = 3
    [InlineData(5, "FFSST")] // ⌈5/3⌉ = 2, ⌈10/3⌉ = 4
    [InlineData(6, "FFSSTT")] // 2, 4
    [InlineData(7, "FFFSSTT")] // ⌈7/3⌉ = 3, ⌈14/3⌉ = 5
    public void TiersCutTheRankingInThirdsRoundedUp(int count, string tiers)
    {
        var builder = new PlanBuilder().Goal("G1").Objective("O1", ["G1"]);
        for (var n = 1; n <= count; n++)
        {
            builder.Initiative($"I{n}", ["O1"]);
        }

        var ranking = builder.Analyze(AsOf).Priorities;

        Assert.Equal(tiers, string.Concat(ranking.Ranked.Select(r => r.Tier.ToString()[0])));
    }
}
