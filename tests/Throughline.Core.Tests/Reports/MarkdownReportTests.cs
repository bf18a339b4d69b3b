using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

public class MarkdownReportTests
{
    private static readonly string Markdown = ReportWriter.Render(ReportFixture.Analyze(), ReportFormat.Markdown);

    [Fact]
    public void SectionsAreHeadingsInReportOrder()
    {
        string[] headings =
        [
            "# Strategy report: Test Org", "## Scores", "## Vision", "### Success measures", "## Goal tree",
            "### G1 · Goal G1 of the test organization: 50% (at risk)", "### G2 ·", "### G3 ·",
            "### Objectives with no path to a goal", "## Vision without execution (4)", "## Execution without vision (3)",
            "## Top risks (3)", "## Findings (13)", "### Errors (2)", "### Warnings (10)", "### Info (1)",
        ];
        var lines = Markdown.Split('\n');
        var positions = headings.Select(h => Array.FindIndex(lines, l => l.StartsWith(h, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void GoalTableNestsObjectivesKeyResultsAndWork()
    {
        const string Indent = "&nbsp;&nbsp;&nbsp;&nbsp;";
        var rows = Markdown.Split('\n')
            .SkipWhile(l => !l.StartsWith("### G1", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("| Item", StringComparison.Ordinal))
            .Take(8)
            .ToList();
        Assert.StartsWith("| **O1** Cut delivery time for objective O1 to 3 days | 75% | on track |", rows[0], StringComparison.Ordinal);
        Assert.StartsWith($"| {Indent}KR1 Key result KR1 | 50% | on track | now 150, target 200 units, baseline 100 |", rows[1], StringComparison.Ordinal);
        Assert.StartsWith($"| {Indent}KR2 Key result KR2 | 100% | done |", rows[2], StringComparison.Ordinal);
        Assert.StartsWith($"| {Indent}↳ initiative I1 Initiative I1", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("| **O2**", rows[4], StringComparison.Ordinal);
        Assert.StartsWith($"| {Indent}**O3**", rows[5], StringComparison.Ordinal);
        Assert.StartsWith($"| {Indent}{Indent}KR3 Key result KR3 | 25% | off track |", rows[6], StringComparison.Ordinal);
        Assert.StartsWith($"| {Indent}{Indent}{Indent}↳ initiative I2", rows[7], StringComparison.Ordinal);
        Assert.Contains("| **O2** Cut delivery time for objective O2 to 3 days *(repeat, in full under G1)* | 25% | off track |", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesAreGitHubFlavoured()
    {
        Assert.Contains("| Score | Value |\n|---|---:|\n| Overall progress | 22% (at risk) |", Markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | KR5 Key result KR5 | O5 | off track | 20% | 10% | owner | 2026-12-31 |", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanSyntaxInFindingsStaysCodeWhileTheRestIsEscaped()
    {
        // The suggestion of gap/goal-without-objectives is "Add an objective with `contributes_to: [G3]`, or …".
        Assert.Contains("Add an objective with `contributes_to: [G3]`, or drop the goal", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanStringsCannotBreakTablesOrInjectMarkup()
    {
        var plan = ReportFixture.Builder().Build();
        plan.Objectives[0].Title = "Ship <b>v2</b> | cut *cost*";
        var markdown = ReportWriter.Render(Analyzer.Analyze(plan, ReportFixture.AsOf), ReportFormat.Markdown);
        Assert.Contains(@"| **O1** Ship \<b\>v2\</b\> \| cut \*cost\* | 75% |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSharesReadNotApplicable()
    {
        var markdown = ReportWriter.Render(ReportFixture.AnalyzeEmpty(), ReportFormat.Markdown);
        Assert.Contains("| Line-of-sight coverage | n/a |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Execution coverage | n/a |", markdown, StringComparison.Ordinal);
    }
}
