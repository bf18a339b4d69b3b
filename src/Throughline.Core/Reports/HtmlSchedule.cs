namespace Throughline.Core.Reports;

/// <summary>The schedule section as HTML: a table of critical paths, late ones flagged in words, then the dependency cycles.</summary>
internal static class HtmlSchedule
{
    public static void Write(Html html, ScheduleSection schedule)
    {
        html.Line("<section id=\"schedule\">")
            .Line("<h2>Schedule</h2>")
            .Line("<p class=\"lead\">Each objective's critical path: the chain of initiatives that decides when its work can finish at the " +
                "earliest, each with its earliest finish. Late objectives first.</p>");
        if (schedule.Objectives.Count == 0)
        {
            html.Line("<p class=\"empty\">No objective has scheduled supporting initiatives.</p>");
        }
        else
        {
            html.Table(
                ["Objective", "Critical path", "Finishes", "Due", "Slack"],
                schedule.Objectives.Select(o => (IReadOnlyList<string>)
                [
                    HtmlPlanning.Named(o.ObjectiveId, o.Title),
                    Html.Encode(PlanningFigures.Path(o)),
                    Figures.Date(o.EarliestFinish),
                    Figures.Date(o.Due),
                    o.Late ? $"<span class=\"flag\">{Html.Encode(PlanningFigures.Slack(o))}</span>" : Html.Encode(PlanningFigures.Slack(o)),
                ]));
        }

        HtmlPlanning.NotShown(html, schedule.ObjectivesNotShown, "objective with a critical path", "objectives with a critical path");
        if (schedule.ObjectivesUnscheduled > 0)
        {
            html.Line($"<p>{Html.Encode(TextSchedule.Unscheduled(schedule))}</p>");
        }

        html.Line($"<h3>Dependency cycles ({schedule.Cycles.Count + schedule.CyclesNotShown})</h3>");
        if (schedule.Cycles.Count == 0)
        {
            html.Line("<p class=\"empty\">None.</p>");
        }
        else
        {
            html.Line("<ul class=\"plain\">");
            foreach (var cycle in schedule.Cycles)
            {
                var offPath = PlanningFigures.OffPath(cycle);
                html.Line($"<li><code>{Html.Encode(PlanningFigures.Path(cycle))}</code>" +
                    $"{(offPath.Length == 0 ? "" : $" (also in the knot: {Html.Encode(offPath)})")}</li>");
            }

            html.Line("</ul>");
        }

        HtmlPlanning.NotShown(html, schedule.CyclesNotShown, "cycle", "cycles");
        html.Line("</section>");
    }
}
