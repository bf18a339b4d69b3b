using System.Globalization;
using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>The report's tables: the two gap lists, the top risks and all findings by severity.</summary>
internal static class HtmlTables
{
    public static void Gaps(Html html, StrategyReport report)
    {
        html.Line("<section id=\"gaps\">").Line("<h2>Gaps</h2>");
        GapList(html, "Vision without execution", "Strategy that nothing measures or moves.", report.VisionWithoutExecution);
        GapList(html, "Execution without vision", "Work and objectives with no path to a goal.", report.ExecutionWithoutVision);
        html.Line("</section>");
    }

    private static void GapList(Html html, string title, string meaning, IReadOnlyList<FindingLine> findings)
    {
        html.Line($"<h3>{title} ({findings.Count})</h3>").Line($"<p class=\"lead\">{meaning}</p>");
        if (findings.Count == 0)
        {
            html.Line("<p class=\"empty\">None.</p>");
            return;
        }

        html.Table(
            ["Severity", "Rule", "Subject", "Finding"],
            findings.Select(f => (IReadOnlyList<string>)[Html.Severity(f.Severity), Rule(f), Subject(f), Message(f)]));
    }

    public static void Risks(Html html, IReadOnlyList<RiskLine> risks)
    {
        html.Line("<section id=\"risks\">")
            .Line($"<h2>Top risks ({risks.Count})</h2>")
            .Line("<p class=\"lead\">Key results off track or at risk, furthest behind first. " +
                "“On pace for” is the share of the target the check-ins point to by the due date.</p>");
        if (risks.Count == 0)
        {
            html.Line("<p class=\"empty\">No key result is off track or at risk.</p>");
        }
        else
        {
            RiskTable(html, risks, Html.Status, " ");
        }

        html.Line("</section>");
    }

    /// <summary>
    /// The table of key results at risk, numbered, each status drawn by <paramref name="status"/> and each title after
    /// its id and <paramref name="afterId"/>: the strategy report and the review packet draw them each their way.
    /// </summary>
    internal static void RiskTable(Html html, IReadOnlyList<RiskLine> risks, Func<ProgressStatus, string> status, string afterId) =>
        html.Table(
            ["#", "Key result", "Objective", "Status", "On pace for", "Progress", "Owner", "Due"],
            risks.Select((r, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                $"<span class=\"id\">{Html.Encode(r.KeyResultId)}</span>{afterId}{Html.Encode(r.Title)}",
                Html.Encode(r.ObjectiveId ?? "vision"),
                status(r.Status),
                Figures.Percent(r.Pace),
                Figures.Percent(r.Progress),
                Html.Encode(r.Owner ?? "-"),
                Figures.Date(r.Due),
            ]),
            new HashSet<int> { 0, 4, 5 });

    public static void Findings(Html html, IReadOnlyList<FindingGroup> groups)
    {
        html.Line("<section id=\"findings\">").Line($"<h2>Findings ({groups.Sum(g => g.Findings.Count)})</h2>");
        foreach (var group in groups)
        {
            html.Line($"<h3>{Figures.SeverityGroup(group.Severity)} ({group.Findings.Count})</h3>");
            if (group.Findings.Count == 0)
            {
                html.Line("<p class=\"empty\">None.</p>");
                continue;
            }

            html.Table(
                ["Where", "Rule", "Subject", "Finding"],
                group.Findings.Select(f => (IReadOnlyList<string>)
                    [$"<code>{Html.Encode(f.Location?.ToString() ?? "-")}</code>", Rule(f), Subject(f), Message(f)]));
        }

        html.Line("</section>");
    }

    internal static string Rule(FindingLine finding) => $"<code>{Html.Encode(finding.RuleId)}</code>";

    internal static string Subject(FindingLine finding) =>
        $"<span class=\"id\">{Html.Encode(finding.SubjectId)}</span> {Html.Encode(finding.SubjectTitle)}";

    internal static string Message(FindingLine finding) =>
        $"{Html.Prose(finding.Message)}<div class=\"fix\">Fix: {Html.Prose(finding.Suggestion)}</div>";
}
