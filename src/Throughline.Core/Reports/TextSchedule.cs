namespace Throughline.Core.Reports;

/// <summary>The schedule section as text: each objective's critical path and slack, then the dependency cycles.</summary>
internal static class TextSchedule
{
    public static void Write(TextLayout text, ScheduleSection schedule)
    {
        text.Heading("Schedule");
        text.Wrapped(2, "Each objective's critical path: the chain of initiatives that decides when its work can finish at " +
            "the earliest, each with its earliest finish. Late objectives first.");
        if (schedule.Objectives.Count == 0)
        {
            text.Line("  No objective has scheduled supporting initiatives.");
        }

        foreach (var objective in schedule.Objectives)
        {
            text.Line();
            text.Wrapped(2, $"{objective.ObjectiveId}  {objective.Title}");
            var due = objective.Due is null ? "" : $" | due {Figures.Date(objective.Due)}";
            var late = objective.Late ? "  !" : "";
            text.Wrapped(6, $"finishes {Figures.Date(objective.EarliestFinish)}{due} | {PlanningFigures.Slack(objective)}{late}");
            text.Wrapped(6, PlanningFigures.Path(objective), "path: ");
        }

        if (schedule.ObjectivesNotShown > 0)
        {
            text.Line();
            text.Line($"  and {Figures.Plural(schedule.ObjectivesNotShown, "more objective", "more objectives")} with a critical path (not shown).");
        }

        if (schedule.ObjectivesUnscheduled > 0)
        {
            text.Line();
            text.Wrapped(2, Unscheduled(schedule));
        }

        text.Subheading($"Dependency cycles ({schedule.Cycles.Count + schedule.CyclesNotShown})");
        if (schedule.Cycles.Count == 0)
        {
            text.Line("  None.");
        }

        foreach (var cycle in schedule.Cycles)
        {
            var offPath = PlanningFigures.OffPath(cycle);
            text.Wrapped(4, PlanningFigures.Path(cycle) + (offPath.Length == 0 ? "" : $"; also in the knot: {offPath}"), "");
        }

        if (schedule.CyclesNotShown > 0)
        {
            text.Line($"  and {Figures.Plural(schedule.CyclesNotShown, "more cycle", "more cycles")} (not shown).");
        }
    }

    internal static string Unscheduled(ScheduleSection schedule) =>
        $"{Figures.Plural(schedule.ObjectivesUnscheduled, "objective has", "objectives have")} supporting initiatives of which " +
        "none can be scheduled (missing dates, a dependency cycle, or waiting for one of those).";
}
