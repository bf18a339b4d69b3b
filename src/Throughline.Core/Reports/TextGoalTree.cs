namespace Throughline.Core.Reports;

/// <summary>The goal tree as indented rows: each goal, objective and key result with its bar, then its details.</summary>
internal static class TextGoalTree
{
    private const int Step = 2;

    public static void Write(TextLayout text, IReadOnlyList<GoalNode> goals, IReadOnlyList<ObjectiveNode> withoutGoal)
    {
        text.Heading("Goal tree");
        if (goals.Count == 0)
        {
            text.Line("  The plan has no goals.");
        }

        foreach (var goal in goals)
        {
            text.Line();
            text.Row(Step, $"{goal.Id}  {goal.Title}", goal.Progress, goal.Status);
            var details = new List<string> { $"owner {goal.Owner ?? "-"}" };
            if (goal.Area is not null)
            {
                details.Add($"area {goal.Area}");
            }

            if (goal.Priority is { } priority)
            {
                details.Add($"priority {priority}");
            }

            text.Wrapped(Step * 3, string.Join(" | ", details));
            if (goal.Objectives.Count == 0)
            {
                text.Wrapped(Step * 2, "No objective contributes to this goal.");
            }

            foreach (var objective in goal.Objectives)
            {
                Objective(text, Step * 2, objective);
            }
        }

        if (withoutGoal.Count > 0)
        {
            text.Subheading("Objectives with no path to a goal");
            foreach (var objective in withoutGoal)
            {
                Objective(text, Step, objective);
            }
        }
    }

    private static void Objective(TextLayout text, int indent, ObjectiveNode objective)
    {
        if (objective.Repeat)
        {
            text.Row(indent, $"{objective.Id}  {objective.Title}", objective.Progress, objective.Status, $"(repeat, in full under {objective.FirstShownUnder})");
            return;
        }

        text.Row(indent, $"{objective.Id}  {objective.Title}", objective.Progress, objective.Status);
        var weight = objective.Weight == 1 ? "" : $" | weight {Figures.Number(objective.Weight)}";
        text.Wrapped(indent + Step * 2, $"owner {objective.Owner ?? "-"} | due {Figures.Date(objective.Due)}{weight}");
        foreach (var kr in objective.KeyResults)
        {
            KeyResult(text, indent + Step, kr);
        }

        WorkItems(text, indent + Step, objective.Work);
        foreach (var contributor in objective.Contributors)
        {
            Objective(text, indent + Step, contributor);
        }
    }

    public static void KeyResult(TextLayout text, int indent, KeyResultLine kr)
    {
        text.Row(indent, $"{kr.Id}  {kr.Title}", kr.Progress, kr.Status);
        var details = $"{Figures.Standing(kr)} | forecast {Figures.Forecast(kr)} | last check-in {Figures.Date(kr.LastCheckIn)} | owner {kr.Owner ?? "-"}";
        text.Wrapped(indent + Step * 2, details);
        WorkItems(text, indent + Step * 2, kr.Work);
    }

    private static void WorkItems(TextLayout text, int indent, IReadOnlyList<WorkItem> work)
    {
        foreach (var item in work)
        {
            text.Wrapped(indent, Figures.Work(item), "> ");
        }
    }
}
