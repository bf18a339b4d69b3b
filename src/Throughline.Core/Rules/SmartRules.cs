using System.Text.RegularExpressions;
using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Rules;

internal sealed partial class ObjectiveNotSpecific() : Rule("smart/not-specific")
{
    public const int MinimumWords = 3;

    // Verbs and comparatives that promise movement without saying how much or of what.
    [GeneratedRegex(
        @"\b(improve|enhance|optimi[sz]e|better|more|increase|grow|boost|maximi[sz]e|strengthen|support|" +
        @"work on|focus on|drive|leverage|streamline|foster|promote|ensure|excel|elevate|empower)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VagueTerms();

    public override void Evaluate(RuleContext context)
    {
        foreach (var objective in context.Plan.Objectives)
        {
            var title = objective.Title.Trim();
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            string? why = null;
            if (words < MinimumWords)
            {
                why = $"its title \"{title}\" is {words} word{(words == 1 ? "" : "s")} long";
            }
            else if (VagueTerms().Match(title) is { Success: true } vague && !Text.NamesAQuantity(title))
            {
                why = $"\"{vague.Value}\" in \"{title}\" does not say by how much";
            }

            if (why is not null)
            {
                context.Report(
                    objective,
                    ElementKind.Objective,
                    $"Objective {objective.Id} is not specific: {why}.",
                    "Name what changes, for whom, and by how much: \"Cut onboarding time for new customers from 30 to 10 days\".",
                    "title");
            }
        }
    }
}

internal sealed class ObjectiveNotMeasurable() : Rule("smart/not-measurable")
{
    public override void Evaluate(RuleContext context)
    {
        foreach (var objective in context.Plan.Objectives)
        {
            var problems = objective.KeyResults
                .Select(kr => (kr.Id, Problem: ProblemOf(kr)))
                .Where(p => p.Problem is not null)
                .Select(p => $"{p.Id} {p.Problem}")
                .ToList();
            if (problems.Count == 0)
            {
                continue;
            }

            context.Report(
                objective,
                ElementKind.Objective,
                $"Objective {objective.Id} cannot be measured as written: {Text.List(problems)}.",
                "Give every key result a unit, and a baseline and a target that differ (or, for `maintain`, a `range: [low, high]`).");
        }
    }

    internal static string? ProblemOf(KeyResult kr)
    {
        if (kr.EffectiveDirection == Direction.Maintain)
        {
            return kr.Range is null ? "keeps a value but has no range" : UnitProblemOf(kr);
        }

        return kr.Target is null ? "has no target"
            : kr.Baseline is null ? "has no baseline"
            : kr.Target == kr.Baseline ? "has its target equal to its baseline"
            : UnitProblemOf(kr);
    }

    // Without a unit a number cannot be read the same way twice: 1200 of what, per what?
    private static string? UnitProblemOf(KeyResult kr) => string.IsNullOrWhiteSpace(kr.Unit) ? "has no unit" : null;
}

internal sealed class KeyResultNotAchievable() : Rule("smart/not-achievable")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        var factor = context.Parameter("factor");
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var forecast = context.Result.KeyResult(k);
            var direction = graph.KrDirection[k];
            if (direction == Direction.Maintain || double.IsNaN(forecast.SlopePerDay) || double.IsNaN(graph.KrTarget[k])
                || forecast.DueDay == PlanGraph.NoDay || forecast.DueDay <= context.AsOfDay
                || forecast.Status == ProgressStatus.Done)
            {
                continue;
            }

            // Rates are signed so that a positive one moves toward the target.
            var sign = graph.KrTarget[k] >= graph.KrBaseline[k] ? 1.0 : -1.0;
            var observed = sign * forecast.SlopePerDay;
            var needed = sign * (graph.KrTarget[k] - forecast.Current) / (forecast.DueDay - context.AsOfDay);
            if (observed <= 0 || needed <= factor * observed)
            {
                continue;
            }

            var kr = graph.KeyResult(k);
            context.Report(
                kr,
                ElementKind.KeyResult,
                $"Key result {kr.Id} needs {Text.Quantity(needed * 7, kr.Unit)} a week to reach {Text.Number(graph.KrTarget[k])} " +
                $"by {Text.Date(forecast.DueDay)}, {Text.Number(needed / observed)}× the {Text.Quantity(observed * 7, kr.Unit)} a week " +
                "its check-ins show.",
                "Either change how the work is done (more capacity, another approach) or reset the target to one the team can reach.");
        }
    }
}

internal sealed class ObjectiveNotRelevant() : Rule("smart/not-relevant")
{
    public override void Evaluate(RuleContext context)
    {
        for (var o = 0; o < context.Graph.ObjectiveCount; o++)
        {
            if (context.Result.HasLineOfSight(ElementKind.Objective, o))
            {
                continue;
            }

            var objective = context.Plan.Objectives[o];
            context.Report(
                objective,
                ElementKind.Objective,
                objective.ContributesTo.Count == 0
                    ? $"Objective {objective.Id} contributes to no goal: nothing says why it matters."
                    : $"Objective {objective.Id} contributes to {Text.List(objective.ContributesTo.Select(c => c.Id))}, which {(objective.ContributesTo.Count == 1 ? "reaches" : "reach")} no goal.",
                "Link it to the goal it serves (`contributes_to:`), or ask whether it should be done at all.");
        }
    }
}

internal sealed class ObjectiveNotTimeBound() : Rule("smart/not-time-bound")
{
    public const int MaximumDays = 731;

    public override void Evaluate(RuleContext context)
    {
        foreach (var objective in context.Plan.Objectives)
        {
            string? problem = null;
            var field = "due";
            if (objective.Due is not { } due)
            {
                problem = "has no due date";
                field = "title";
            }
            else if (objective.Start is { } start && due < start)
            {
                problem = $"is due on {Text.Date(due.DayNumber)}, before it starts on {Text.Date(start.DayNumber)}";
            }
            else if (objective.Start is { } begin && due.DayNumber - begin.DayNumber > MaximumDays)
            {
                // Days, not years: a span just past the limit would round to "2 years" and read as no problem.
                problem = $"runs {due.DayNumber - begin.DayNumber} days from {Text.Date(begin.DayNumber)} to {Text.Date(due.DayNumber)}, " +
                    $"more than the {MaximumDays} days (two years) an objective may span";
            }

            if (problem is not null)
            {
                context.Report(
                    objective,
                    ElementKind.Objective,
                    $"Objective {objective.Id} {problem}.",
                    "Give it a due date within two years of its start; split longer ambitions into a goal and yearly objectives.",
                    field);
            }
        }
    }
}
