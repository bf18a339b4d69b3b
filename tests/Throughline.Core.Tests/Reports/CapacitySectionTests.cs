using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

/// <summary>The capacity section; the figures are worked out in <see cref="PlanningFixture"/>.</summary>
public class CapacitySectionTests
{
    private static readonly AnalysisResult Result = PlanningFixture.Analyze();
    private static readonly CapacitySection Capacity = StrategyReport.From(Result).Capacity;

    [Fact]
    public void RowsAreUnitsWithACapacityOrALoadInTreeOrder()
    {
        // launch states no capacity and carries no load.
        Assert.Equal([("org", 0), ("ops", 1), ("sales", 1)], Capacity.Units.Select(r => (r.UnitId, r.Depth)));
        Assert.Equal(["2026-01-01", "2026-02-01", "2026-03-01"], Capacity.Months.Select(m => m.ToString("yyyy-MM-dd", null)));
        Assert.Equal(3, Capacity.MonthsAnalysed);
    }

    [Fact]
    public void CellsHoldLoadCapacityAndFill()
    {
        var ops = Capacity.Units.Single(r => r.UnitId == "ops");

        // January: 12 × 31 / 90 = 4.133 of 2 × 31 / 7 = 8.857 → 46.7%.
        var january = ops.Months[0];
        Assert.Equal(12.0 * 31 / 90, january.Load, 9);
        Assert.Equal(2.0 * 31 / 7, january.Capacity!.Value, 9);
        Assert.Equal(12.0 * 31 / 90 / (2.0 * 31 / 7), january.Fill!.Value, 9);
        Assert.False(january.Over);

        // February: 12 × 28 / 90 + 6 = 9.733 of 8 → 121.7%, over.
        var february = ops.Months[1];
        Assert.Equal((12.0 * 28 / 90) + 6, february.Load, 9);
        Assert.Equal(8, february.Capacity!.Value, 9);
        Assert.True(february.Over);
        Assert.True(ops.OverCapacity);

        // org states no capacity: its load is ops' and sales' (4.133 + 2), with no fill.
        var org = Capacity.Units[0].Months[0];
        Assert.Equal((12.0 * 31 / 90) + 2, org.Load, 9);
        Assert.Null(org.Capacity);
        Assert.Null(org.Fill);
        Assert.False(org.Over);
    }

    [Fact]
    public void TextShowsEachCellAsLoadOverCapacityWithTheFillAndMarksTheMonthOver()
    {
        var text = ReportWriter.Render(Result, ReportFormat.Text);
        var table = text[text.IndexOf("\nCAPACITY\n", StringComparison.Ordinal)..text.IndexOf("Initiatives at once", StringComparison.Ordinal)];
        var ops = Assert.Single(table.Split('\n'), l => l.StartsWith("    ops ", StringComparison.Ordinal));
        Assert.Matches(@"^    ops\s+4\.1/8\.9 47%\s+9\.7/8 122% !\s+4\.1/8\.9 47%$", ops);
        var sales = Assert.Single(table.Split('\n'), l => l.StartsWith("    sales ", StringComparison.Ordinal));
        Assert.Matches(@"^    sales\s+2/4\.4 45%\s+0/4 0%\s+0/4\.4 0%$", sales);
        Assert.Matches(@"\n  org\s+6\.1/-\s+", table);
    }

    [Fact]
    public void MarkdownAndHtmlMarkTheMonthOverInWords()
    {
        var markdown = ReportWriter.Render(Result, ReportFormat.Markdown);
        Assert.Contains("| &nbsp;&nbsp;&nbsp;&nbsp;**ops** Operations | 4.1 / 8.9 (47%) | **9.7 / 8 (122%) over** | 4.1 / 8.9 (47%) |", markdown, StringComparison.Ordinal);

        var html = ReportWriter.Render(Result, ReportFormat.Html);
        Assert.Contains(
            "<td class=\"num over\">9.7 / 8<br><span class=\"pct-small\">122%</span> <span class=\"flag\">over</span></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">4.1 / 8.9<br><span class=\"pct-small\">47%</span></td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlChartsEachUnitWithACapacityWithBarsAndACapacityLine()
    {
        var html = ReportWriter.Render(Result, ReportFormat.Html);
        var charts = html[html.IndexOf("<div class=\"load-charts\">", StringComparison.Ordinal)..html.IndexOf("<h3>Initiatives at once", StringComparison.Ordinal)];
        Assert.Equal(2, charts.Split("<figure class=\"load-chart\">").Length - 1); // ops and sales; org states no capacity

        // ops peaks at 121.7%, so its scale runs to 1.217 × capacity: capacity sits at 1 / 1.217 = 82.2% of the track,
        // January's 46.7% fills 46.7 / 121.7 = 38.4% of it, February fills it all and says "over" in words.
        Assert.Contains("<span class=\"load-fill\" style=\"width:38.4%\"></span><span class=\"cap-line\" style=\"left:82.2%\"></span>", charts, StringComparison.Ordinal);
        Assert.Contains(
            "<div class=\"load-row over\"><span class=\"load-month\">2026-02</span><div class=\"load-track\" role=\"img\" " +
            "aria-label=\"2026-02: 9.7 / 8 person-weeks, 122%, over capacity\"><span class=\"load-fill\" style=\"width:100%\"></span>" +
            "<span class=\"cap-line\" style=\"left:82.2%\"></span></div><span class=\"load-value\">122% <span class=\"flag\">over</span></span></div>",
            charts,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ConcurrencyComparesEachUnitsPeakWithItsLimit()
    {
        // org runs no initiative of its own, so it has no line.
        Assert.Equal(
            [("ops", 2, 1.0, LimitSource.Unit, true), ("sales", 1, 5.0, LimitSource.Rule, false)],
            Capacity.Concurrency.Select(c => (c.UnitId, c.Peak, c.Limit, c.LimitSource, c.Over)));
        Assert.Equal(PlanBuilder.Day("2026-02-01"), Capacity.Concurrency.Single(c => c.UnitId == "ops").PeakDate);

        var text = ReportWriter.Render(Result, ReportFormat.Text);
        // Labels pad to "  sales" (7 columns), the peak to 4.
        Assert.Contains("\n    ops       2  2026-02-01  1 (the unit's)  ! over\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AToleranceInThePlanMovesTheMarkAsItMovesTheFinding()
    {
        // With tolerance 0.25, February's 121.7% stays within 125%.
        var plan = PlanningFixture.Builder().Rule("capacity/over-committed", parameters: new() { ["tolerance"] = 0.25 }).Build();
        var capacity = StrategyReport.From(Analyzer.Analyze(plan, PlanningFixture.AsOf)).Capacity;
        Assert.Equal(0.25, capacity.Tolerance);
        Assert.DoesNotContain(capacity.Units.SelectMany(r => r.Months), c => c.Over);
    }

    [Fact]
    public void AtMostTwelveMonthsAreShownAndTheRestAreCounted()
    {
        // I9 runs to 2027-06: the months analysed are 2026-01 to 2027-06, 18 of them.
        var plan = PlanningFixture.Builder().Initiative("I9", ["O2"], i =>
        {
            (i.Unit, i.Effort, i.Start, i.End) = ("sales", 1, PlanBuilder.Day("2026-01-01"), PlanBuilder.Day("2027-06-30"));
        }).Build();
        var capacity = StrategyReport.From(Analyzer.Analyze(plan, PlanningFixture.AsOf)).Capacity;
        Assert.Equal((12, 18), (capacity.Months.Count, capacity.MonthsAnalysed));
        Assert.All(capacity.Units, r => Assert.Equal(12, r.Months.Count));

        var text = ReportWriter.Render(Analyzer.Analyze(plan, PlanningFixture.AsOf), ReportFormat.Text);
        Assert.Contains("Months 2026-01 to 2026-12: the first 12 of the 18 months analysed; the later ones are not shown.", TextLayout.OneLine(text), StringComparison.Ordinal);
    }
}
