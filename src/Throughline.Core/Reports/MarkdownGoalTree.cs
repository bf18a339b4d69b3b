using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>
/// The goal tree in Markdown: a heading per goal, then one table of its objectives, key results and work,
/// nesting shown by indentation (GitHub keeps non-breaking spaces at the start of a cell).
/// </summary>
internal static class MarkdownGoalTree
{
    private static readonly string[] Headers = ["Item", "Progress", "Status", "Current / target", "Forecast", "Last check-in", "Owner"];

    public static void Write(Markdown md, IReadOnlyList<GoalNode> goals, IReadOnlyList<ObjectiveNode> withoutGoal)
    {
        md.Heading(2, "Goal tree");
        if (goals.Count == 0)
        {
            md.Line("The plan has no goals.");
        }

        foreach (var goal in goals)
        {
            md.Heading(3, $"{Markdown.Escape(goal.Id)} · {Markdown.Escape(goal.Title)}: {Figures.Percent(goal.Progress)} ({goal.Status.Label()})");
            var facts = new List<string> { $"Owner: {Markdown.Escape(goal.Owner ?? "-")}" };
            if (goal.Area is not null)
            {
                facts.Add($"Area: {Markdown.Escape(goal.Area)}");
            }

            if (goal.Priority is { } priority)
            {
                facts.Add($"Priority: {priority}");
            }

            md.Line(string.Join(" · ", facts));
            md.Line();
            if (goal.Objectives.Count == 0)
            {
                md.Line("No objective contributes to this goal.");
                continue;
            }

            var rows = new List<IReadOnlyList<string>>();
            foreach (var objective in goal.Objectives)
            {
                Objective(rows, 0, objective);
            }

            md.Table(Headers, "lrlllll", rows);
        }

        if (withoutGoal.Count > 0)
        {
            md.Heading(3, "Objectives with no path to a goal");
            var rows = new List<IReadOnlyList<string>>();
            foreach (var objective in withoutGoal)
            {
                Objective(rows, 0, objective);
            }

            md.Table(Headers, "lrlllll", rows);
        }
    }

    private static void Objective(List<IReadOnlyList<string>> rows, int depth, ObjectiveNode objective)
    {
        var label = $"{Indent(depth)}**{Markdown.Escape(objective.Id)}** {Markdown.Escape(objective.Title)}";
        if (objective.Repeat)
        {
            label += $" *(repeat, in full under {Markdown.Escape(objective.FirstShownUnder)})*";
        }
        else if (objective.Weight != 1)
        {
            label += $" (weight {Figures.Number(objective.Weight)})";
        }

        var due = objective.Due is null ? "" : $"due {Figures.Date(objective.Due)}";
        rows.Add([label, Figures.Percent(objective.Progress), objective.Status.Label(), due, "", "", Markdown.Escape(objective.Owner ?? "-")]);
        if (objective.Repeat)
        {
            return;
        }

        foreach (var kr in objective.KeyResults)
        {
            rows.Add(
            [
                $"{Indent(depth + 1)}{Markdown.Escape(kr.Id)} {Markdown.Escape(kr.Title)}",
                Figures.Percent(kr.Progress),
                kr.Status.Label(),
                Markdown.Escape(Figures.Standing(kr)),
                Markdown.Escape(Figures.Forecast(kr)),
                Figures.Date(kr.LastCheckIn),
                Markdown.Escape(kr.Owner ?? "-"),
            ]);
            Work(rows, depth + 2, kr.Work);
        }

        Work(rows, depth + 1, objective.Work);
        foreach (var contributor in objective.Contributors)
        {
            Objective(rows, depth + 1, contributor);
        }
    }

    private static void Work(List<IReadOnlyList<string>> rows, int depth, IReadOnlyList<WorkItem> work)
    {
        foreach (var item in work)
        {
            rows.Add([$"{Indent(depth)}↳ {Markdown.Escape(Figures.Work(item))}", "", "", "", "", "", ""]);
        }
    }

    private static string Indent(int depth) => string.Concat(Enumerable.Repeat("&nbsp;&nbsp;&nbsp;&nbsp;", depth));
}
