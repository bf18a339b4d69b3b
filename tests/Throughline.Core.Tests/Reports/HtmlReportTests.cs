using System.Text.RegularExpressions;
using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

public class HtmlReportTests
{
    private static readonly string Html = ReportWriter.Render(ReportFixture.Analyze(), ReportFormat.Html);

    private static string RowOf(string id) =>
        Assert.Single(Html.Split('\n'), line => line.Contains($"<span class=\"id\">{id}</span>", StringComparison.Ordinal)
            && line.StartsWith("<div class=\"row", StringComparison.Ordinal) && !line.Contains("repeat:", StringComparison.Ordinal));

    [Fact]
    public void ProgressRowsHaveABarOfTheRightWidthLabelledWithPercentAndStatus()
    {
        var o1 = RowOf("O1");
        Assert.Contains("<span class=\"fill st-on-track\" style=\"width:75%\"></span>", o1, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pct\">75%</span>", o1, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status st-on-track\">on track</span>", o1, StringComparison.Ordinal);

        // G2 = 12.5%: the bar keeps the exact width, the label rounds half up to 13%.
        var g2 = RowOf("G2");
        Assert.Contains("style=\"width:12.5%\"", g2, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pct\">13%</span>", g2, StringComparison.Ordinal);
        Assert.Contains(">off track</span>", g2, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalTreeIsNestedListsInPlanOrder()
    {
        // Depth counts the <ul> elements open around each row.
        var depth = 0;
        var rows = new List<(string Id, int Depth)>();
        var tree = Html[Html.IndexOf("<section id=\"goal-tree\">", StringComparison.Ordinal)..Html.IndexOf("<section id=\"gaps\">", StringComparison.Ordinal)];
        foreach (var line in tree.Split('\n'))
        {
            depth += line.StartsWith("<ul", StringComparison.Ordinal) ? 1 : line.StartsWith("</ul>", StringComparison.Ordinal) ? -1 : 0;
            if (Regex.Match(line, "^<div class=\"row.*?<span class=\"id\">([^<]+)</span>") is { Success: true } match)
            {
                rows.Add((match.Groups[1].Value, depth));
            }
        }

        Assert.Equal(
            [
                ("G1", 1), ("O1", 2), ("KR1", 3), ("KR2", 3), ("O2", 2), ("O3", 3), ("KR3", 4),
                ("G2", 1), ("O2", 2), ("O4", 2), ("G3", 1), ("O5", 1), ("KR4", 2), ("KR5", 2),
            ],
            rows);
        Assert.Contains("repeat: <a href=\"#objective-O2\">shown in full under G1</a>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreCardsComeFirstAndGapsAndRisksAreTables()
    {
        var cards = Html.IndexOf("<div class=\"cards\"", StringComparison.Ordinal);
        Assert.True(cards > 0 && cards < Html.IndexOf("<section", StringComparison.Ordinal));
        Assert.Contains("<div class=\"card-label\">Line-of-sight coverage</div><div class=\"card-value\">60%</div>", Html, StringComparison.Ordinal);

        var risks = Html[Html.IndexOf("<section id=\"risks\">", StringComparison.Ordinal)..];
        var ids = Regex.Matches(risks, "<tr><td class=\"num\">\\d+</td><td><span class=\"id\">([^<]+)</span>").Select(m => m.Groups[1].Value);
        Assert.Equal(["KR5", "KR3", "KR4"], ids.Take(3));
        Assert.Contains("<td><code>gap/orphan-initiative</code></td><td><span class=\"id\">I9</span> Initiative I9</td>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanStringsAreEncoded()
    {
        var plan = ReportFixture.Builder().Build();
        plan.Goals[0].Title = "<script>alert('x')</script> & co";
        plan.Organization.Name = "Acme <Energy>";
        var html = ReportWriter.Render(Analyzer.Analyze(plan, ReportFixture.AsOf), ReportFormat.Html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<span class=\"title\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</span>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Acme &lt;Energy&gt;</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PageIsSelfContained()
    {
        Assert.StartsWith("<!DOCTYPE html>", Html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", Html);
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Regex.Matches(Html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value), href => Assert.StartsWith("#", href, StringComparison.Ordinal));
    }

    [Fact]
    public void PrintingKeepsColoursAndStartsSectionsOnNewPages()
    {
        Assert.Contains("print-color-adjust: exact;", Html, StringComparison.Ordinal);
        var print = Html[Html.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("main > section + section { break-before: page; }", print, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSharesReadNotApplicable()
    {
        var html = ReportWriter.Render(ReportFixture.AnalyzeEmpty(), ReportFormat.Html);
        Assert.Contains("<div class=\"card-label\">Line-of-sight coverage</div><div class=\"card-value\">n/a</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"card-label\">Execution coverage</div><div class=\"card-value\">n/a</div>", html, StringComparison.Ordinal);
    }
}
