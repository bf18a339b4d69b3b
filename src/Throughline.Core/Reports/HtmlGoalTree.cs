namespace Throughline.Core.Reports;

/// <summary>The goal tree as nested lists of rows, each with its progress bar, percentage and status word.</summary>
internal static class HtmlGoalTree
{
    public static void Write(Html html, IReadOnlyList<GoalNode> goals, IReadOnlyList<ObjectiveNode> withoutGoal)
    {
        html.Line("<section id=\"goal-tree\">")
            .Line("<h2>Goal tree</h2>")
            .Line("<p class=\"lead\">Goals, the objectives that contribute to them and their key results, with the work on each.</p>");
        if (goals.Count == 0)
        {
            html.Line("<p class=\"empty\">The plan has no goals.</p>");
        }
        else
        {
            html.Line("<ul class=\"tree\">");
            foreach (var goal in goals)
            {
                Goal(html, goal);
            }

            html.Line("</ul>");
        }

        if (withoutGoal.Count > 0)
        {
            html.Line("<h3>Objectives with no path to a goal</h3>").Line("<ul class=\"tree\">");
            foreach (var objective in withoutGoal)
            {
                Objective(html, objective);
            }

            html.Line("</ul>");
        }

        html.Line("</section>");
    }

    private static void Goal(Html html, GoalNode goal)
    {
        var facts = new List<string> { $"owner {Html.Encode(goal.Owner ?? "-")}" };
        if (goal.Area is not null)
        {
            facts.Add($"area {Html.Encode(goal.Area)}");
        }

        if (goal.Priority is { } priority)
        {
            facts.Add($"priority {priority}");
        }

        html.Line($"<li id=\"{Html.Anchor("goal", goal.Id)}\">");
        Row(html, "goal", "Goal", goal.Id, goal.Title, string.Join(" · ", facts), Html.Progress(goal.Progress, goal.Status));
        html.Line("<ul>");
        if (goal.Objectives.Count == 0)
        {
            html.Line("<li class=\"work empty\">No objective contributes to this goal.</li>");
        }

        foreach (var objective in goal.Objectives)
        {
            Objective(html, objective);
        }

        html.Line("</ul>").Line("</li>");
    }

    private static void Objective(Html html, ObjectiveNode objective)
    {
        var progress = Html.Progress(objective.Progress, objective.Status);
        if (objective.Repeat)
        {
            var first = Html.Encode(objective.FirstShownUnder);
            var link = $"<a href=\"#{Html.Anchor("objective", objective.Id)}\">shown in full under {first}</a>";
            html.Line("<li class=\"repeat\">");
            Row(html, "objective", "Objective", objective.Id, objective.Title, $"repeat: {link}", progress);
            html.Line("</li>");
            return;
        }

        var detail = $"owner {Html.Encode(objective.Owner ?? "-")} · due {Figures.Date(objective.Due)}";
        if (objective.Weight != 1)
        {
            detail += $" · weight {Figures.Number(objective.Weight)}";
        }

        html.Line($"<li id=\"{Html.Anchor("objective", objective.Id)}\">");
        Row(html, "objective", "Objective", objective.Id, objective.Title, detail, progress);
        html.Line("<ul>");
        foreach (var kr in objective.KeyResults)
        {
            KeyResult(html, kr);
        }

        Work(html, objective.Work);
        foreach (var contributor in objective.Contributors)
        {
            Objective(html, contributor);
        }

        html.Line("</ul>").Line("</li>");
    }

    public static void KeyResult(Html html, KeyResultLine kr)
    {
        string[] facts = [Figures.Standing(kr), $"forecast {Figures.Forecast(kr)}", $"last check-in {Figures.Date(kr.LastCheckIn)}", $"owner {kr.Owner ?? "-"}"];
        var detail = string.Join(" · ", facts.Select(Html.Encode));
        html.Line("<li>");
        Row(html, "kr", "KR", kr.Id, kr.Title, detail, Html.Progress(kr.Progress, kr.Status));
        if (kr.Work.Count > 0)
        {
            html.Line("<ul>");
            Work(html, kr.Work);
            html.Line("</ul>");
        }

        html.Line("</li>");
    }

    private static void Work(Html html, IReadOnlyList<WorkItem> work)
    {
        foreach (var item in work)
        {
            html.Line($"<li class=\"work\">{Html.Encode(Figures.Work(item))}</li>");
        }
    }

    /// <summary>One row: kind, id, title and a detail line on the left; the progress bar on the right. Detail is markup.</summary>
    private static void Row(Html html, string rowClass, string kind, string id, string title, string detail, string progress) =>
        html.Line(
            $"<div class=\"row row-{rowClass}\"><div><span class=\"kind\">{kind}</span><span class=\"id\">{Html.Encode(id)}</span>" +
            $"<span class=\"title\">{Html.Encode(title)}</span><div class=\"detail\">{detail}</div></div>{progress}</div>");
}
