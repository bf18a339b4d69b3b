using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>The report as plain text for a terminal of 100 columns.</summary>
internal static class TextReport
{
    public static string Render(StrategyReport report)
    {
        var text = new TextLayout();
        text.Line($"STRATEGY REPORT: {TextLayout.OneLine(report.Organization)}");
        text.Line($"as of {Figures.Date(report.AsOf)}{(report.Source is null ? "" : $", from {report.Source}")}");
        Scores(text, report.Scores);
        Vision(text, report.Vision);
        TextGoalTree.Write(text, report.Goals, report.ObjectivesWithoutGoal);
        Gaps(text, "Vision without execution", "Strategy that nothing measures or moves.", report.VisionWithoutExecution);
        Gaps(text, "Execution without vision", "Work and objectives with no path to a goal.", report.ExecutionWithoutVision);
        Risks(text, report.Risks);
        TextCapacity.Write(text, report.Capacity);
        TextSchedule.Write(text, report.Schedule);
        TextPriorities.Write(text, report.Priorities);
        TextSilos.Write(text, report.Silos);
        Findings(text, report.Findings);
        return text.ToString();
    }

    private static void Scores(TextLayout text, ScoreSection scores)
    {
        text.Heading("Scores");
        text.Row(2, "Overall progress", scores.OverallProgress, scores.OverallStatus);
        text.Row(2, "Line-of-sight coverage (work with a path to a goal)", scores.LineOfSightCoverage, null);
        text.Row(2, "Execution coverage (goals and objectives measured and worked on)", scores.ExecutionCoverage, null);
        text.Line($"  Findings: {Figures.Counts(scores.Findings)}");
        text.Wrapped(4, Figures.Families(scores.Findings), "by family: ");
    }

    private static void Vision(TextLayout text, VisionSection? vision)
    {
        text.Heading("Vision");
        if (vision is null)
        {
            text.Line("  The plan states no vision.");
            return;
        }

        text.Wrapped(2, vision.Statement);
        if (vision.Purpose is not null)
        {
            text.Wrapped(2, vision.Purpose, "Why it matters: ");
        }

        text.Line($"  Horizon: {Figures.Date(vision.Horizon)}");
        text.Row(2, "Progress", vision.Progress, vision.Status);
        text.Subheading("Success measures");
        if (vision.SuccessMeasures.Count == 0)
        {
            text.Line("  None: nothing says what success looks like, measured.");
        }

        foreach (var measure in vision.SuccessMeasures)
        {
            TextGoalTree.KeyResult(text, 2, measure);
        }
    }

    private static void Gaps(TextLayout text, string title, string meaning, IReadOnlyList<FindingLine> findings)
    {
        text.Heading($"{title} ({findings.Count})");
        text.Line($"  {meaning}");
        if (findings.Count == 0)
        {
            text.Line("  None.");
        }

        foreach (var finding in findings)
        {
            Finding(text, finding, withLocation: false);
        }
    }

    private static void Risks(TextLayout text, IReadOnlyList<RiskLine> risks)
    {
        text.Heading($"Top risks ({risks.Count})");
        if (risks.Count == 0)
        {
            text.Line("  No key result is off track or at risk.");
            return;
        }

        text.Line($"  {"#",2}  {"KEY RESULT",-38}{"STATUS",-11}{"ON PACE FOR",11}{"PROGRESS",10}  {"DUE",-10}  OWNER");
        for (var i = 0; i < risks.Count; i++)
        {
            var risk = risks[i];
            var label = TextLayout.OneLine($"{risk.KeyResultId}  {risk.Title}");
            label = label.Length <= 36 ? label : label[..33] + "...";
            text.Line(
                $"  {i + 1,2}  {label,-38}{risk.Status.Label(),-11}{Figures.Percent(risk.Pace),11}" +
                $"{Figures.Percent(risk.Progress),10}  {Figures.Date(risk.Due),-10}  {risk.Owner ?? "-"}");
        }
    }

    private static void Findings(TextLayout text, IReadOnlyList<FindingGroup> groups)
    {
        text.Heading($"Findings ({groups.Sum(g => g.Findings.Count)})");
        foreach (var group in groups)
        {
            text.Subheading($"{Figures.SeverityGroup(group.Severity)} ({group.Findings.Count})");
            if (group.Findings.Count == 0)
            {
                text.Line("  None.");
            }

            foreach (var finding in group.Findings)
            {
                Finding(text, finding, withLocation: true);
            }
        }
    }

    /// <summary>A header line (severity or location, rule, subject), then the message and the fix, wrapped under it.</summary>
    private static void Finding(TextLayout text, FindingLine finding, bool withLocation)
    {
        var where = withLocation && finding.Location is { } at ? at.ToString() : Figures.Severity(finding.Severity);
        text.Line($"  {where}  {finding.RuleId}  {finding.SubjectId}");
        text.Wrapped(4, finding.Message);
        text.Wrapped(4, finding.Suggestion, "Fix: ");
    }
}
