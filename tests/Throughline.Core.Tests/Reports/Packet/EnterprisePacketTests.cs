using System.Text.Json;
using System.Text.RegularExpressions;
using Throughline.Core.Analysis;
using Throughline.Core.Plans;
using Throughline.Core.Reports.Packet;

namespace Throughline.Core.Tests.Reports.Packet;

/// <summary>
/// The review packet of examples/enterprise.plan.yaml as of 2026-11-15 (quarter 2026Q4, 2026-10-01 to 2026-12-31).
/// Expected entries are read off the plan; the header comment of the plan lists the findings it was written to show.
/// </summary>
public sealed partial class EnterprisePacketTests
{
    internal const string Library = "/* chart library */ window.echarts = undefined;";

    private static readonly AnalysisResult Result = Analyzer.Analyze(EnterprisePlan.Read(), new DateOnly(2026, 11, 15));
    private static readonly ReviewPacket Packet = ReviewPacket.From(Result, new ReviewQuarter(2026, 4));
    private static readonly string Html = PacketWriter.Render(Packet, Library);

    private static string Section(string id)
    {
        var start = Html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return Html[start..Html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void HasTheCoverTheContentsAndTheSectionsInOrder()
    {
        Assert.Contains("<header class=\"cover\" id=\"cover\">", Html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"quarter\">2026 Q4 · 2026-10-01 to 2026-12-31</p>", Html, StringComparison.Ordinal);
        var ids = SectionIds().Matches(Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(
            ["vision", "goals", "wins", "risks", "decisions", "key-results", "vision-without-execution", "execution-without-vision", "capacity"],
            ids);
        var contents = Html[Html.IndexOf("<nav class=\"contents\"", StringComparison.Ordinal)..Html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Equal(ids, ContentLinks().Matches(contents).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void IsMadeForPaperAndGrayscale()
    {
        Assert.Contains("size: A4;", Html, StringComparison.Ordinal);
        Assert.Contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);", Html, StringComparison.Ordinal);
        Assert.Contains("@top-left { content: \"Calder Energy Systems · Quarterly review 2026 Q4\";", Html, StringComparison.Ordinal);
        Assert.Contains("section { margin-top: 0; break-before: page; }", Html, StringComparison.Ordinal);

        // Every status carries a shape and a word.
        Assert.Contains("<span class=\"status st-off-track\"><span class=\"shape\" aria-hidden=\"true\">✖</span>off track</span>", Section("risks"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"status st-at-risk\"><span class=\"shape\" aria-hidden=\"true\">▲</span>at risk</span>", Section("risks"), StringComparison.Ordinal);
        Assert.Contains("size: letter;", PacketWriter.Render(Packet, Library, PaperSize.Letter), StringComparison.Ordinal);
    }

    [Fact]
    public void InlinesTheChartLibraryAndDrawsWithTheSvgRendererWithoutAnimation()
    {
        Assert.Contains($"<script>\n{Library}\n</script>", Html, StringComparison.Ordinal);
        Assert.Contains("renderer: 'svg'", Html, StringComparison.Ordinal);
        Assert.Contains("animation: false", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", Html, StringComparison.Ordinal);

        // A library that holds "</script" in a string cannot end its element early.
        var guarded = PacketWriter.Render(Packet, "var s = '</script>';");
        Assert.Contains("var s = '<\\/script>';", guarded, StringComparison.Ordinal);
    }

    [Fact]
    public void GapListsHoldTheEntriesOfThePlan()
    {
        // O15 has work but no key result; O6 has no work; KR9.2 (of O9) has no target. I24 supports nothing; O20 serves no goal.
        Assert.Equal(
            [("gap/objective-without-key-results", "O15"), ("gap/objective-without-work", "O6"), ("smart/not-measurable", "O9")],
            Packet.Report.VisionWithoutExecution.Select(f => (f.RuleId, f.SubjectId)));
        Assert.Equal(
            [("gap/orphan-initiative", "I24"), ("smart/not-relevant", "O20")],
            Packet.Report.ExecutionWithoutVision.Select(f => (f.RuleId, f.SubjectId)));
        Assert.Equal(["O15", "O6", "O9"], Subjects(Section("vision-without-execution")));
        Assert.Equal(["I24", "O20"], Subjects(Section("execution-without-vision")));
    }

    [Fact]
    public void RisksAreTheKeyResultsOffTrackOrAtRiskFurthestBehindFirst()
    {
        // KR13.1 is off track; KR14.1 trends out of its range (pace 0); KR8.2 and KR6.1 about 82%, KR9.1 and KR3.1 about 85%.
        string[] expected = ["KR13.1", "KR14.1", "KR8.2", "KR6.1", "KR9.1", "KR3.1"];
        Assert.Equal(expected, Packet.Report.Risks.Select(r => r.KeyResultId));
        Assert.Equal(expected, Regex.Matches(Section("risks"), "<span class=\"id\">([^<]+)</span>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void WinsOfTheQuarterAreTheBigGains()
    {
        // No key result reaches its target in 2026 Q4, and the initiatives done (I1, I6, I13) all ended before October.
        // KR4.2 (9.5 → 5 call-outs): 8.6 on 2026-09-30 is (9.5 - 8.6) / 4.5 = 20%; 7.4 on 2026-10-30 is 2.1 / 4.5 = 46.7%.
        // KR4.1 (0 → 100%): 19 on 2026-09-25, then 52 by 2026-11-13. KR11.2 (14 → 6%): 9.7 on 2026-09-25 is 4.3 / 8 = 53.75%, 8 now is 75%.
        var wins = Packet.Wins;
        Assert.Empty(wins.KeyResultsDone);
        Assert.Empty(wins.InitiativesDone);
        Assert.Equal(["KR4.1", "KR4.2", "KR11.2"], wins.Gains.Select(g => g.Id));
        var kr42 = wins.Gains[1];
        Assert.Equal(8.6, kr42.ValueAtStart);
        Assert.Equal(0.2, kr42.ProgressAtStart, 9);
        Assert.Equal(7.4, kr42.Current);
        Assert.Equal(2.1 / 4.5, kr42.Progress, 9);
        var section = Section("wins");
        Assert.Contains("No key result reached its target in the quarter.", section, StringComparison.Ordinal);
        Assert.Contains("No initiative ending in the quarter is done.", section, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">20% → 47%</td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void InitiativesCompletedCountInTheQuarterTheyEnded()
    {
        // I6 ends 2026-08-28 and I13 2026-09-25, both done; I1 (done) ended in February.
        var third = ReviewPacket.From(Result, new ReviewQuarter(2026, 3));
        Assert.Equal(["I6", "I13"], third.Wins.InitiativesDone.Select(i => i.Id));
    }

    [Fact]
    public void OneChartPerKeyResultWithItsCheckInsPlanLineAndForecast()
    {
        var keyResults = Result.Graph.FirstSuccessMeasure;
        var containers = Regex.Matches(Html, "<div class=\"chart\" id=\"(chart-[^\"]+)\" data-chart=\"\\1-data\"");
        Assert.Equal(keyResults, containers.Count);
        Assert.Equal(38, keyResults);

        // KR1.2, field-trial units: baseline 0 at O1's start 2026-01-01, target 12 at its due date 2027-06-30, seven check-ins.
        var data = ChartData("chart-KR1_2");
        Assert.Equal("key-result", data.GetProperty("kind").GetString());
        Assert.Equal(
            [("2026-04-30", 0.0), ("2026-05-29", 1), ("2026-06-30", 2), ("2026-07-31", 3), ("2026-08-31", 4), ("2026-09-30", 6), ("2026-10-30", 7)],
            Points(data.GetProperty("checkIns")));
        Assert.Equal([("2026-01-01", 0.0), ("2027-06-30", 12)], Points(data.GetProperty("plan")));

        // Least squares over days 0, 29, 61, 92, 123, 153, 183 from 2026-04-30: slope 0.0383923 a day,
        // intercept -0.2299257; at 2027-06-30 (day 426): 16.1252.
        var forecast = Points(data.GetProperty("forecast"));
        Assert.Equal(["2026-04-30", "2027-06-30"], forecast.Select(p => p.Date));
        Assert.Equal(-0.2299257, forecast[0].Value, 6);
        Assert.Equal(16.1252046, forecast[1].Value, 6);
        Assert.Equal(12, data.GetProperty("target").GetDouble());
        Assert.Equal("2026-11-15", data.GetProperty("asOf").GetString());
    }

    [Fact]
    public void CapacityChartsTheUnitOverCapacityWithATable()
    {
        // Only the R290 team (xf-r290, 12 FTE) is over capacity, in April to June 2027.
        var section = Section("capacity");
        var charts = Regex.Matches(section, "id=\"(chart-capacity-[^\"]+)\" data-chart").Select(m => m.Groups[1].Value);
        Assert.Equal(["chart-capacity-xf-r290"], charts);
        var data = ChartData("chart-capacity-xf-r290");
        var months = data.GetProperty("months").EnumerateArray().Select(m => m.GetString()).ToList();
        var over = data.GetProperty("over").EnumerateArray().Select(o => o.GetBoolean()).ToList();
        Assert.Equal(["2027-04", "2027-05", "2027-06"], months.Where((_, i) => over[i]));
        Assert.Contains("<td>2027-05</td><td class=\"num\">67.8</td><td class=\"num\">53.1</td><td class=\"num\">128%</td><td><span class=\"flag\">over</span></td>",
            section, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionsNeededComeFromTheFindingsThatCallForThem()
    {
        var decisions = Packet.Decisions;
        Assert.Equal(
            [
                ("tracking/off-track", "KR13.1"),
                ("capacity/over-committed", "xf-r290"),
                ("dependency/cycle", "I28"),
                ("silo/conflicting-key-results", "KR24.1"),
            ],
            decisions.Select(d => (d.RuleId, d.SubjectId)));

        // KR13.1 trends to 3.57 claims by 2027-12-31.
        Assert.Contains("Reset the target to what the trend reaches, 3.57 claims by 2027-12-31, and say why", decisions[0].Options);

        // The criteria ranking says I27 (12th) yields to I26 (3rd).
        var r290 = decisions[1];
        Assert.Equal("Which work should give way in R290 Programme (cross-functional) in 2027-04 to 2027-06?", r290.Question);
        Assert.True(r290.FirstIsFavoured);
        Assert.StartsWith("Move, shrink or stop I27 ", r290.Options[0], StringComparison.Ordinal);
        Assert.StartsWith("Move, shrink or stop I26 ", r290.Options[1], StringComparison.Ordinal);
        Assert.Equal("Add capacity to R290 Programme (cross-functional)", r290.Options[2]);

        // I28 → I30 → I29 → I28: each of the three dependencies may go.
        Assert.Equal(
            [
                "Remove I28's dependency on I30: I28 no longer waits for it",
                "Remove I30's dependency on I29: I30 no longer waits for it",
                "Remove I29's dependency on I28: I29 no longer waits for it",
            ],
            decisions[2].Options);

        // Sales Continental Europe (KR23.2) wants finished-goods days up to 35, operations (KR24.1) down to 15.
        Assert.Equal("Which way should finished-goods-days go: KR23.2 of Sales Continental Europe or KR24.1 of Operations?", decisions[3].Question);
        Assert.Equal("KR23.2 holds: Sales Continental Europe wants it up to 35 days; KR24.1 is re-targeted", decisions[3].Options[0]);
        Assert.Equal("KR24.1 holds: Operations wants it down to 15 days; KR23.2 is re-targeted", decisions[3].Options[1]);

        var section = Section("decisions");
        Assert.Equal(4, Regex.Count(section, "<div class=\"decision\""));
        Assert.Contains("favoured by the ranking", section, StringComparison.Ordinal);
    }

    private static JsonElement ChartData(string id)
    {
        var match = Regex.Match(Html, $"<script type=\"application/json\" id=\"{Regex.Escape(id)}-data\">(.*?)</script>");
        Assert.True(match.Success, $"no data for {id}");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement;
    }

    private static List<(string Date, double Value)> Points(JsonElement points) =>
        [.. points.EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetDouble()))];

    private static List<string> Subjects(string section) =>
        [.. Regex.Matches(section, "<tr><td><code>[^<]+</code></td><td><span class=\"id\">([^<]+)</span>").Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<section id=\"([^\"]+)\">")]
    private static partial Regex SectionIds();

    [GeneratedRegex("<a href=\"#([^\"]+)\">")]
    private static partial Regex ContentLinks();
}
