using System.Text.Json;
using System.Text.RegularExpressions;
using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

/// <summary>The planning sections across formats: where they sit, the JSON shape, and plan strings kept in their place.</summary>
public class PlanningFormatsTests
{
    private static readonly AnalysisResult Result = PlanningFixture.Analyze();

    [Fact]
    public void SectionsComeAfterTheRisksAndBeforeTheFindingsInEveryFormat()
    {
        static void InOrder(string report, params string[] headings)
        {
            var positions = headings.Select(h => report.IndexOf(h, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
        }

        InOrder(ReportWriter.Render(Result, ReportFormat.Text), "\nTOP RISKS", "\nCAPACITY\n", "\nSCHEDULE\n", "\nPRIORITIES\n", "\nSILO MAP\n", "\nFINDINGS");
        InOrder(ReportWriter.Render(Result, ReportFormat.Markdown), "\n## Top risks", "\n## Capacity\n", "\n## Schedule\n", "\n## Priorities\n", "\n## Silo map\n", "\n## Findings");
        InOrder(
            ReportWriter.Render(Result, ReportFormat.Html),
            "<section id=\"risks\">", "<section id=\"capacity\">", "<section id=\"schedule\">", "<section id=\"priorities\">",
            "<section id=\"silos\">", "<section id=\"findings\">");
    }

    [Fact]
    public void JsonCarriesEverySectionInCamelCase()
    {
        var root = JsonDocument.Parse(ReportWriter.Render(Result, ReportFormat.Json)).RootElement;

        var capacity = root.GetProperty("capacity");
        Assert.Equal(["months", "monthsAnalysed", "tolerance", "units", "unitsNotShown", "concurrency", "concurrencyNotShown"], Names(capacity));
        var february = capacity.GetProperty("units")[1].GetProperty("months")[1];
        Assert.Equal(["month", "load", "capacity", "fill", "over"], Names(february));
        Assert.Equal(("2026-02-01", 8.0, true), (february.GetProperty("month").GetString(), february.GetProperty("capacity").GetDouble(), february.GetProperty("over").GetBoolean()));
        Assert.Equal(((12.0 * 28 / 90) + 6) / 8, february.GetProperty("fill").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, capacity.GetProperty("units")[0].GetProperty("months")[0].GetProperty("fill").ValueKind); // org: no capacity
        Assert.Equal("unit", capacity.GetProperty("concurrency")[0].GetProperty("limitSource").GetString());

        var o1 = root.GetProperty("schedule").GetProperty("objectives")[0];
        Assert.Equal(["objectiveId", "title", "criticalPath", "stepsNotShown", "earliestFinish", "due", "slackDays", "late"], Names(o1));
        Assert.Equal((-13, "2026-04-28"), (o1.GetProperty("slackDays").GetInt32(), o1.GetProperty("criticalPath")[1].GetProperty("earliestFinish").GetString()));

        var priorities = root.GetProperty("priorities");
        Assert.Equal(["criteria", "totalWeight", "ranking", "initiativesRanked", "yielding", "yieldingNotShown"], Names(priorities));
        var first = priorities.GetProperty("ranking")[0];
        Assert.Equal(("I3", "first"), (first.GetProperty("id").GetString(), first.GetProperty("tier").GetString()));
        Assert.Equal(["criterionId", "raw", "reason", "normalized", "weight", "contribution"], Names(first.GetProperty("criteria")[0]));
        Assert.Equal("lower", priorities.GetProperty("criteria")[3].GetProperty("better").GetString());
        Assert.Equal("I2", priorities.GetProperty("yielding")[0].GetProperty("initiatives")[0].GetProperty("initiativeId").GetString());

        var silos = root.GetProperty("silos");
        Assert.Equal(
            ["unitsMapped", "unitsLinked", "departments", "pairs", "pairsNotShown", "bridges", "bridgesNotShown", "isolated", "isolatedNotShown"],
            Names(silos));
        Assert.Equal("launch", silos.GetProperty("pairs")[0].GetProperty("bridgeTeams")[0].GetString());
        Assert.Equal(3, silos.GetProperty("bridges")[0].GetProperty("members").GetInt32());
    }

    [Fact]
    public void HtmlStaysSelfContainedAndEncodesUnitNames()
    {
        var plan = PlanningFixture.Builder().Build();
        plan.Organization.Units.Single(u => u.Id == "ops").Name = "<script>alert('ops')</script>";
        plan.Organization.Units.Single(u => u.Id == "launch").Name = "Launch & <b>learn</b>";
        var html = ReportWriter.Render(Analyzer.Analyze(plan, PlanningFixture.AsOf), ReportFormat.Html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"id\">ops</span> &lt;script&gt;alert(&#39;ops&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"id\">launch</span> Launch &amp; &lt;b&gt;learn&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", html);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.StartsWith("#", href, StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownEscapesUnitNames()
    {
        var plan = PlanningFixture.Builder().Build();
        plan.Organization.Units.Single(u => u.Id == "ops").Name = "Ops | <i>night</i>";
        var markdown = ReportWriter.Render(Analyzer.Analyze(plan, PlanningFixture.AsOf), ReportFormat.Markdown);
        Assert.Contains(@"**ops** Ops \| \<i\>night\</i\>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TextStaysWithinOneHundredColumnsWithLongIdsAndTitles()
    {
        var longId = string.Concat(Enumerable.Repeat("operations-", 6));
        var plan = PlanningFixture.Builder()
            .Unit(longId, "ops", u => u.Capacity = 1)
            .Initiative("I9", ["O4"], i =>
            {
                (i.Unit, i.Effort, i.Start, i.End) = (longId, 3, PlanBuilder.Day("2026-01-01"), PlanBuilder.Day("2026-12-31"));
                i.Title = string.Concat(Enumerable.Repeat("A very long initiative title ", 8));
            })
            .Build();
        var text = ReportWriter.Render(Analyzer.Analyze(plan, PlanningFixture.AsOf), ReportFormat.Text);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 100, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public void APlanWithoutUnitsOrWorkStillHasEverySection()
    {
        var report = StrategyReport.From(ReportFixture.AnalyzeEmpty());
        Assert.Empty(report.Capacity.Units);
        Assert.Empty(report.Schedule.Objectives);
        Assert.Empty(report.Priorities.Ranking);
        Assert.Empty(report.Silos.Pairs);
        var text = ReportWriter.Render(ReportFixture.AnalyzeEmpty(), ReportFormat.Text);
        Assert.Contains("  No unit states a capacity or carries load in these months.", text, StringComparison.Ordinal);
        Assert.Contains("  No objective has scheduled supporting initiatives.", text, StringComparison.Ordinal);
        Assert.Contains("  No open initiative to rank.", text, StringComparison.Ordinal);
        Assert.Contains("  No two departments share a goal, a dependency or a team.", text, StringComparison.Ordinal);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
