namespace Throughline.Core.Reports;

/// <summary>The schedule section in Markdown: a table of critical paths, then the dependency cycles.</summary>
internal static class MarkdownSchedule
{
    public static void Write(Markdown md, ScheduleSection schedule)
    {
        md.Heading(2, "Schedule");
        md.Line("Each objective's critical path: the chain of initiatives that decides when its work can finish at the earliest, " +
            "each with its earliest finish. Late objectives first.");
        md.Line();
        if (schedule.Objectives.Count == 0)
        {
            md.Line("No objective has scheduled supporting initiatives.");
            md.Line();
        }
        else
        {
            md.Table(
                ["Objective", "Critical path", "Finishes", "Due", "Slack"],
                "lllll",
                schedule.Objectives.Select(o => (IReadOnlyList<string>)
                [
                    MarkdownPlanning.Named(o.ObjectiveId, o.Title),
                    Markdown.Escape(PlanningFigures.Path(o)),
                    Figures.Date(o.EarliestFinish),
                    Figures.Date(o.Due),
                    o.Late ? $"**{PlanningFigures.Slack(o)}**" : PlanningFigures.Slack(o),
                ]));
        }

        MarkdownPlanning.NotShown(md, schedule.ObjectivesNotShown, "objective with a critical path", "objectives with a critical path");
        if (schedule.ObjectivesUnscheduled > 0)
        {
            md.Line(TextSchedule.Unscheduled(schedule));
        }

        md.Heading(3, $"Dependency cycles ({schedule.Cycles.Count + schedule.CyclesNotShown})");
        if (schedule.Cycles.Count == 0)
        {
            md.Line("None.");
        }

        foreach (var cycle in schedule.Cycles)
        {
            var offPath = PlanningFigures.OffPath(cycle);
            md.Line($"- {Markdown.Escape(PlanningFigures.Path(cycle))}{(offPath.Length == 0 ? "" : $" (also in the knot: {Markdown.Escape(offPath)})")}");
        }

        md.Line();
        MarkdownPlanning.NotShown(md, schedule.CyclesNotShown, "cycle", "cycles");
    }
}
