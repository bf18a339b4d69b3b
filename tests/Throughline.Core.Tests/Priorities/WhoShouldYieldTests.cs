using static Throughline.Core.Tests.Priorities.WorkedExample;

namespace Throughline.Core.Tests.Priorities;

public class WhoShouldYieldTests
{
    [Fact]
    public void LowestRankedYieldsFirstWithTheCriterionThatSeparatesItFromTheLeader()
    {
        // Gaps to I1 by criterion. I3: alignment 0.3 − 0 = 0.3, impact 0.225 − 0.3 < 0, urgency 0.1 − 0.15 < 0,
        // effort 0.025 − 0.1 < 0, risk 0.075 − 0.1 < 0. I2: alignment 0.3 − 0.1875 = 0.1125, impact 0,
        // urgency −0.05, effort −0.025, risk 0.075 − 0.05 = 0.025.
        var yielding = Analyze().Priorities.WhoShouldYield([0, 1, 2]);

        Assert.Equal(["I3", "I2", "I1"], yielding.Select(y => y.Initiative.Id));
        Assert.Equal(
            [
                "ranks 3rd of 3 (score 0.65), behind I1 (1st, score 0.725), mostly on alignment: 0 against 0.3",
                "ranks 2nd of 3 (score 0.6625), behind I1 (1st, score 0.725), mostly on alignment: 0.1875 against 0.3",
                "ranks 1st of 3 (score 0.725), the highest of the 3 competing",
            ],
            yielding.Select(y => y.Reason));
    }

    [Fact]
    public void ReasonComparesWithTheBestOfTheCompetingOnly()
    {
        // I3 against I2: alignment 0.1875 − 0 = 0.1875, impact 0.225 − 0.3 < 0, urgency 0.15 − 0.15 = 0.
        var yielding = Analyze().Priorities.WhoShouldYield([2, 1]);

        Assert.Equal(["I3", "I2"], yielding.Select(y => y.Initiative.Id));
        Assert.Equal(
            "ranks 3rd of 3 (score 0.65), behind I2 (2nd, score 0.6625), mostly on alignment: 0 against 0.1875",
            yielding[0].Reason);
    }

    [Fact]
    public void DoneInitiativesAndRepeatsAreLeftOut()
    {
        // I4 (index 3) is done.
        var yielding = Analyze().Priorities.WhoShouldYield([3, 1, 1]);

        var only = Assert.Single(yielding);
        Assert.Equal("I2", only.Initiative.Id);
        Assert.Equal("ranks 2nd of 3 (score 0.6625), with nothing competing", only.Reason);
    }

    [Fact]
    public void NothingToRankGivesNothingToYield() =>
        Assert.Empty(Analyze().Priorities.WhoShouldYield([3]));

    [Fact]
    public void TieOnScoreIsExplainedByTheAuthorsPriorityOrFileOrder()
    {
        // Nothing scored, one objective: every score is (3 × 1 + 7 × 0.5) / 10 = 0.65.
        var ranking = new PlanBuilder()
            .Goal("G1", g => g.Priority = 1)
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"], i => i.Priority = 2)
            .Initiative("I2", ["O1"])
            .Initiative("I3", ["O1"], i => i.Priority = 2)
            .Analyze(AsOf)
            .Priorities;

        var yielding = ranking.WhoShouldYield([0, 1, 2]);

        Assert.Equal(["I2", "I3", "I1"], yielding.Select(y => y.Initiative.Id));
        Assert.Equal(
            [
                "ranks 3rd of 3 (score 0.65), tied on score with I1 (1st), which comes first by the author's priority (2 against none)",
                "ranks 2nd of 3 (score 0.65), tied on score and priority with I1 (1st), which comes first in file order",
                "ranks 1st of 3 (score 0.65), the highest of the 3 competing",
            ],
            yielding.Select(y => y.Reason));
    }
}
