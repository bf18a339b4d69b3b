using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Priorities;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

/// <summary>The priorities section; the scores are worked out in <see cref="PlanningFixture"/>.</summary>
public class PrioritySectionTests
{
    private static readonly AnalysisResult Result = PlanningFixture.Analyze();
    private static readonly PrioritySection Priorities = StrategyReport.From(Result).Priorities;

    [Fact]
    public void CriteriaAreTheDefaultsWithTheirWeights()
    {
        Assert.Equal(
            [("alignment", 3.0, true), ("impact", 3.0, false), ("urgency", 2.0, false), ("effort", 1.0, false), ("risk", 1.0, false)],
            Priorities.Criteria.Select(c => (c.Id, c.Weight, c.Computed)));
        Assert.Equal(CriterionPreference.Lower, Priorities.Criteria.Single(c => c.Id == "effort").Better);
        Assert.Equal(10, Priorities.TotalWeight);
    }

    [Fact]
    public void RankingIsBestFirstWithTierAndScore()
    {
        // I3 7.875 / 10, I1 7.25 / 10, I2 5.75 / 10.
        Assert.Equal(
            [(1, PriorityTier.First, "I3", 0.7875), (2, PriorityTier.Second, "I1", 0.725), (3, PriorityTier.Third, "I2", 0.575)],
            Priorities.Ranking.Select(r => (r.Rank, r.Tier, r.Id, Math.Round(r.Score, 9))));
        Assert.Equal(3, Priorities.InitiativesRanked);
    }

    [Fact]
    public void EachScoreComesWithItsArithmetic()
    {
        var i3 = Priorities.Ranking[0];
        var alignment = i3.Criteria[0];

        // G2 has priority 2 of 2: importance 0.5, alignment 2 + 3 × 0.5 = 3.5, normalized (3.5 − 1) / 4 = 0.625, × 3 / 10 = 0.1875.
        Assert.Equal(("alignment", 3.5, "serves G2 (priority 2 of 2)", 0.625, 3.0), (alignment.CriterionId, alignment.Raw, alignment.Reason, alignment.Normalized, alignment.Weight));
        Assert.Equal(0.1875, alignment.Contribution, 12);
        var risk = i3.Criteria[4];
        Assert.Equal((null, "not scored", 0.5), (risk.Raw, risk.Reason, risk.Normalized));

        var text = ReportWriter.Render(Result, ReportFormat.Text);
        Assert.Contains("     1  first   0.7875  I3  Initiative I3\n", text, StringComparison.Ordinal);
        Assert.Contains("\n                        alignment 3.5, serves G2 (priority 2 of 2): 0.625 × 3 / 10 = 0.1875\n", text, StringComparison.Ordinal);
        Assert.Contains("\n                        effort not scored, lower is better: 0.5 × 1 / 10 = 0.05\n", text, StringComparison.Ordinal);

        var markdown = ReportWriter.Render(Result, ReportFormat.Markdown);
        Assert.Contains(
            "| 2 | second | **I1** Initiative I1 | 0.725 | alignment 5, serves G1 (priority 1 of 2): 1 × 3 / 10 = 0.3<br>impact 4: 0.75 × 3 / 10 = 0.225<br>",
            markdown,
            StringComparison.Ordinal);
        var html = ReportWriter.Render(Result, ReportFormat.Html);
        Assert.Contains("<li>impact 2: 0.25 &#215; 3 / 10 = 0.075</li>", html, StringComparison.Ordinal); // × encoded as every plan-derived string is
    }

    [Fact]
    public void TheLowestRankedYieldsFirstInAMonthOverCapacity()
    {
        // ops in February: I2 6 person-weeks, I1 12 × 28 / 90 = 3.733.
        var group = Assert.Single(Priorities.Yielding);
        Assert.Equal(("ops", PlanBuilder.Day("2026-02-01")), (group.UnitId, group.Month));
        Assert.Equal(["I2", "I1"], group.Initiatives.Select(y => y.InitiativeId));
        Assert.Equal(6, group.Initiatives[0].PersonWeeks, 9);
        Assert.Equal("ranks 3rd of 3 (score 0.575), behind I1 (2nd, score 0.725), mostly on impact: 0.075 against 0.225", group.Initiatives[0].Reason);
        Assert.Equal("ranks 2nd of 3 (score 0.725), the highest of the 2 competing", group.Initiatives[1].Reason);

        var text = TextLayout.OneLine(ReportWriter.Render(Result, ReportFormat.Text));
        Assert.Contains(
            "ops in 2026-02: 9.7 of 8 person-weeks, 122% ! - I2 (6 person-weeks) ranks 3rd of 3 (score 0.575), behind I1",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ALongRankingStopsAtFiftyAndCountsTheRest()
    {
        var builder = PlanningFixture.Builder();
        for (var n = 1; n <= 60; n++)
        {
            builder.Initiative($"X{n:00}", ["O4"]);
        }

        var result = Analyzer.Analyze(builder.Build(), PlanningFixture.AsOf);
        var priorities = StrategyReport.From(result).Priorities;

        // 3 + 60 open initiatives, 50 shown.
        Assert.Equal((50, 63), (priorities.Ranking.Count, priorities.InitiativesRanked));
        Assert.Contains("  and 13 more ranked initiatives (not shown).", ReportWriter.Render(result, ReportFormat.Text), StringComparison.Ordinal);
    }
}
