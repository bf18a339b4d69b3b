using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>The report as GitHub-flavoured Markdown: headings, tables, progress as percentages.</summary>
internal static class MarkdownReport
{
    public static string Render(StrategyReport report)
    {
        var md = new Markdown();
        md.Line($"# Strategy report: {Markdown.Escape(report.Organization)}");
        md.Line();
        md.Line($"As of {Figures.Date(report.AsOf)}{(report.Source is null ? "" : $", from `{report.Source.Replace('`', '\'')}`")}.");
        Scores(md, report.Scores);
        Vision(md, report.Vision);
        MarkdownGoalTree.Write(md, report.Goals, report.ObjectivesWithoutGoal);
        Gaps(md, "Vision without execution", "Strategy that nothing measures or moves.", report.VisionWithoutExecution);
        Gaps(md, "Execution without vision", "Work and objectives with no path to a goal.", report.ExecutionWithoutVision);
        Risks(md, report.Risks);
        MarkdownCapacity.Write(md, report.Capacity);
        MarkdownSchedule.Write(md, report.Schedule);
        MarkdownPriorities.Write(md, report.Priorities);
        MarkdownSilos.Write(md, report.Silos);
        Findings(md, report.Findings);
        return md.ToString();
    }

    private static void Scores(Markdown md, ScoreSection scores)
    {
        md.Heading(2, "Scores");
        md.Table(
            ["Score", "Value"],
            "lr",
            [
                ["Overall progress", $"{Figures.Percent(scores.OverallProgress)} ({scores.OverallStatus.Label()})"],
                ["Line-of-sight coverage", Figures.Share(scores.LineOfSightCoverage)],
                ["Execution coverage", Figures.Share(scores.ExecutionCoverage)],
                ["Findings", Figures.Counts(scores.Findings)],
            ]);
        md.Line($"Findings by family: {Figures.Families(scores.Findings)}.");
    }

    private static void Vision(Markdown md, VisionSection? vision)
    {
        md.Heading(2, "Vision");
        if (vision is null)
        {
            md.Line("The plan states no vision.");
            return;
        }

        md.Line($"> {Markdown.Escape(vision.Statement)}");
        md.Line();
        if (vision.Purpose is not null)
        {
            md.Line($"**Why it matters:** {Markdown.Escape(vision.Purpose)}");
            md.Line();
        }

        md.Line($"**Horizon:** {Figures.Date(vision.Horizon)} · **Progress:** {Figures.Percent(vision.Progress)} ({vision.Status.Label()})");
        md.Heading(3, "Success measures");
        if (vision.SuccessMeasures.Count == 0)
        {
            md.Line("None: nothing says what success looks like, measured.");
            return;
        }

        md.Table(
            ["Measure", "Current / target", "Progress", "Status", "Forecast", "Last check-in", "Owner"],
            "llrllll",
            vision.SuccessMeasures.Select(m => (IReadOnlyList<string>)
            [
                $"{Markdown.Escape(m.Id)} {Markdown.Escape(m.Title)}",
                Markdown.Escape(Figures.Standing(m)),
                Figures.Percent(m.Progress),
                m.Status.Label(),
                Markdown.Escape(Figures.Forecast(m)),
                Figures.Date(m.LastCheckIn),
                Markdown.Escape(m.Owner ?? "-"),
            ]));
    }

    private static void Gaps(Markdown md, string title, string meaning, IReadOnlyList<FindingLine> findings)
    {
        md.Heading(2, $"{title} ({findings.Count})");
        md.Line(meaning);
        md.Line();
        if (findings.Count == 0)
        {
            md.Line("None.");
            return;
        }

        md.Table(
            ["Rule", "Subject", "Finding", "Suggestion"],
            "llll",
            findings.Select(f => (IReadOnlyList<string>)
            [
                $"`{f.RuleId}`",
                Subject(f),
                Markdown.Prose(f.Message),
                Markdown.Prose(f.Suggestion),
            ]));
    }

    private static void Risks(Markdown md, IReadOnlyList<RiskLine> risks)
    {
        md.Heading(2, $"Top risks ({risks.Count})");
        if (risks.Count == 0)
        {
            md.Line("No key result is off track or at risk.");
            return;
        }

        md.Table(
            ["#", "Key result", "Objective", "Status", "On pace for", "Progress", "Owner", "Due"],
            "rlllrrll",
            risks.Select((r, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{Markdown.Escape(r.KeyResultId)} {Markdown.Escape(r.Title)}",
                Markdown.Escape(r.ObjectiveId ?? "vision"),
                r.Status.Label(),
                Figures.Percent(r.Pace),
                Figures.Percent(r.Progress),
                Markdown.Escape(r.Owner ?? "-"),
                Figures.Date(r.Due),
            ]));
    }

    private static void Findings(Markdown md, IReadOnlyList<FindingGroup> groups)
    {
        md.Heading(2, $"Findings ({groups.Sum(g => g.Findings.Count)})");
        foreach (var group in groups)
        {
            md.Heading(3, $"{Figures.SeverityGroup(group.Severity)} ({group.Findings.Count})");
            if (group.Findings.Count == 0)
            {
                md.Line("None.");
                continue;
            }

            md.Table(
                ["Where", "Rule", "Subject", "Finding"],
                "llll",
                group.Findings.Select(f => (IReadOnlyList<string>)
                [
                    Markdown.Escape(f.Location?.ToString() ?? "-"),
                    $"`{f.RuleId}`",
                    Subject(f),
                    $"{Markdown.Prose(f.Message)}<br>*Fix:* {Markdown.Prose(f.Suggestion)}",
                ]));
        }
    }

    private static string Subject(FindingLine finding) =>
        finding.SubjectTitle is null
            ? Markdown.Escape(finding.SubjectId)
            : $"{Markdown.Escape(finding.SubjectId)} {Markdown.Escape(finding.SubjectTitle)}";
}
