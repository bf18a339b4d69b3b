using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

public class TextReportTests
{
    private static readonly string Text = ReportWriter.Render(ReportFixture.Analyze(), ReportFormat.Text);
    private static readonly string[] Lines = Text.Split('\n');

    private static string RowOf(string label) => Assert.Single(Lines, line => line.TrimStart().StartsWith(label + " ", StringComparison.Ordinal)
        && line.Contains('[', StringComparison.Ordinal) && !line.Contains("repeat", StringComparison.Ordinal));

    [Fact]
    public void GoalTreeRowsAreIndentedByDepthInPlanOrder()
    {
        string[] expected = ["  G1 ", "    O1 ", "      KR1 ", "      KR2 ", "    O2 ", "      O3 ", "        KR3 ", "  G2 ", "    O4 ", "  G3 "];
        var positions = expected.Select(prefix => Array.FindIndex(Lines, line => line.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void RowsShowACharacterBarThePercentageAndTheStatusWord()
    {
        // O1 is at 75%: 7.5 of 10 cells rounds to 8.
        Assert.EndsWith("[########--]  75%  on track", RowOf("O1"), StringComparison.Ordinal);
        Assert.EndsWith("[#####-----]  50%  on track", RowOf("KR1"), StringComparison.Ordinal);
        Assert.EndsWith("[##########] 100%  done", RowOf("KR2"), StringComparison.Ordinal);
        Assert.EndsWith("[#####-----]  50%  at risk", RowOf("G1"), StringComparison.Ordinal);
    }

    [Fact]
    public void BarsLineUpInOneColumn()
    {
        var columns = new[] { "G1", "O1", "KR1", "O3", "KR3" }.Select(id => RowOf(id).IndexOf('[', StringComparison.Ordinal)).Distinct();
        Assert.Single(columns);
    }

    [Fact]
    public void RepeatedObjectiveSaysWhereItIsShownInFull()
    {
        var repeat = Assert.Single(Lines, line => line.Contains("O2", StringComparison.Ordinal) && line.Contains("repeat", StringComparison.Ordinal));
        Assert.Contains("(repeat, in full under G1)", repeat, StringComparison.Ordinal);
        Assert.EndsWith("25%  off track", repeat, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyResultDetailsShowCurrentTargetAndLastCheckIn()
    {
        // Details wrap at 100 columns; read them as one line.
        var flowing = TextLayout.OneLine(Text);
        Assert.Contains("now 150, target 200 units, baseline 100 | forecast - | last check-in 2026-03-01 | owner owner", flowing, StringComparison.Ordinal);
        Assert.Contains("forecast 20 units by 2026-12-31", flowing, StringComparison.Ordinal); // KR5's trend: 10 / 182 × 364
    }

    [Fact]
    public void RisksAreNumberedFurthestBehindFirst()
    {
        var risks = Lines.SkipWhile(l => !l.StartsWith("TOP RISKS (3)", StringComparison.Ordinal)).Skip(3).Take(3).ToList();
        Assert.StartsWith("   1  KR5", risks[0], StringComparison.Ordinal);
        Assert.StartsWith("   2  KR3", risks[1], StringComparison.Ordinal);
        Assert.StartsWith("   3  KR4", risks[2], StringComparison.Ordinal);
        Assert.Contains("off track          20%       10%  2026-12-31  owner", risks[0], StringComparison.Ordinal);
    }

    [Fact]
    public void GapListsNameTheirSubjects()
    {
        var vision = Section("VISION WITHOUT EXECUTION (4)", "EXECUTION WITHOUT VISION");
        Assert.Contains("gap/goal-without-objectives  G3", vision, StringComparison.Ordinal);
        var execution = Section("EXECUTION WITHOUT VISION (3)", "TOP RISKS");
        Assert.Contains("gap/orphan-initiative  I9", execution, StringComparison.Ordinal);
        Assert.Contains("gap/orphan-action  A9", execution, StringComparison.Ordinal);
        Assert.Contains("smart/not-relevant  O5", execution, StringComparison.Ordinal);
    }

    [Fact]
    public void NoLineIsWiderThanOneHundredColumnsEvenWithALongTitle()
    {
        var plan = ReportFixture.Builder().Goal("G9", g => g.Title = string.Concat(Enumerable.Repeat("Very long goal title ", 12))).Build();
        var text = ReportWriter.Render(Core.Analysis.Analyzer.Analyze(plan, ReportFixture.AsOf), ReportFormat.Text);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 100, $"{line.Length} columns: {line}"));
        Assert.Contains("G9 Very long goal title", text, StringComparison.Ordinal);
        Assert.Contains("...", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSharesReadNotApplicable()
    {
        var text = ReportWriter.Render(ReportFixture.AnalyzeEmpty(), ReportFormat.Text);
        var lines = text.Split('\n');
        Assert.EndsWith(" n/a", Assert.Single(lines, l => l.Contains("Line-of-sight coverage", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(" n/a", Assert.Single(lines, l => l.Contains("Execution coverage", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static string Section(string heading, string next)
    {
        var start = Text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        return Text[start..Text.IndexOf(next, start + heading.Length, StringComparison.Ordinal)];
    }
}
