using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Reports.Packet;

namespace Throughline.Core.Tests.Reports.Packet;

public sealed class ReviewPacketTests
{
    [Fact]
    public void AnEmptyPlanGivesEverySectionAClearEmptyState()
    {
        var plan = new PlanBuilder().Build();
        var html = PacketWriter.Render(Analyzer.Analyze(plan, PlanBuilder.Day("2026-11-15")), new ReviewQuarter(2026, 4), EnterprisePacketTests.Library);

        Assert.Contains("The plan states no vision.", html, StringComparison.Ordinal);
        Assert.Contains("The plan has no goals.", html, StringComparison.Ordinal);
        Assert.Contains("No wins in 2026 Q4 up to 2026-11-15", html, StringComparison.Ordinal);
        Assert.Contains("No key result is off track or at risk.", html, StringComparison.Ordinal);
        Assert.Contains("No finding calls for a decision.", html, StringComparison.Ordinal);
        Assert.Contains("The plan has no objectives, so there are no key results to chart.", html, StringComparison.Ordinal);
        Assert.Contains("No unit states a capacity, so there is no load to compare it with.", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Execution without vision (0)</h2>\n<p class=\"lead\">Work and objectives with no path to a goal.</p>\n<p class=\"empty\">None.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyResultWithoutCheckInsStillHasItsChartWithThePlanLineAndSaysSo()
    {
        var plan = new PlanBuilder().Goal("G1").Objective("O1", ["G1"]).KeyResult("O1", "KR1", 10, 30).Build();
        var packet = ReviewPacket.From(Analyzer.Analyze(plan, PlanBuilder.Day("2026-11-15")), new ReviewQuarter(2026, 4));
        var html = PacketWriter.Render(packet, EnterprisePacketTests.Library);

        var chart = Assert.Single(Assert.Single(packet.Objectives).KeyResults);
        Assert.Empty(chart.CheckIns);
        Assert.Empty(chart.Forecast);
        Assert.Equal([new ChartPoint(PlanBuilder.Day("2026-01-01"), 10), new ChartPoint(PlanBuilder.Day("2026-12-31"), 30)], chart.Plan);
        Assert.Contains("data-chart=\"chart-KR1-data\"", html, StringComparison.Ordinal);
        Assert.Contains("no check-ins yet; plan from 10 on 2026-01-01 to 30 on 2026-12-31; no forecast", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyResultReachedInTheQuarterIsAWinAndOneReachedBeforeIsNot()
    {
        var plan = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 10, [("2026-09-01", 6), ("2026-10-20", 10)])
            .KeyResult("O1", "KR2", 0, 10, [("2026-09-01", 10), ("2026-10-20", 10)])
            .Initiative("I1", ["O1"], i => (i.Status, i.End) = (InitiativeStatus.Done, PlanBuilder.Day("2026-11-30")))
            .Initiative("I2", ["O1"], i => (i.Status, i.End) = (InitiativeStatus.Active, PlanBuilder.Day("2026-11-30")))
            .Build();
        var wins = ReviewPacket.From(Analyzer.Analyze(plan, PlanBuilder.Day("2026-11-15")), new ReviewQuarter(2026, 4)).Wins;

        var done = Assert.Single(wins.KeyResultsDone);
        Assert.Equal(("KR1", 6.0, 0.6, 1.0), (done.Id, done.ValueAtStart!.Value, done.ProgressAtStart, done.Progress));
        Assert.Equal("I1", Assert.Single(wins.InitiativesDone).Id);
        Assert.Empty(wins.Gains);
    }

    [Theory]
    [InlineData("2026Q4", 2026, 4)]
    [InlineData("2026-Q1", 2026, 1)]
    [InlineData(" 2027 q2 ", 2027, 2)]
    public void QuartersReadInTheirUsualForms(string text, int year, int number)
    {
        Assert.True(ReviewQuarter.TryParse(text, out var quarter));
        Assert.Equal(new ReviewQuarter(year, number), quarter);
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("Q4")]
    [InlineData("2026")]
    [InlineData(null)]
    public void OtherTextIsNotAQuarter(string? text) => Assert.False(ReviewQuarter.TryParse(text, out _));

    [Fact]
    public void TheQuarterOfADateRunsFromItsFirstToItsLastDay()
    {
        var quarter = ReviewQuarter.Containing(PlanBuilder.Day("2026-11-15"));
        Assert.Equal("2026Q4", quarter.ToString());
        Assert.Equal((PlanBuilder.Day("2026-10-01"), PlanBuilder.Day("2026-12-31")), (quarter.Start, quarter.End));
    }
}
