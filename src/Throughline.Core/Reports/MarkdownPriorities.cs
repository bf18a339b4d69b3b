using System.Globalization;
using Throughline.Core.Capacity;
using Throughline.Core.Model;
using Throughline.Core.Priorities;

namespace Throughline.Core.Reports;

/// <summary>The priorities section in Markdown: the criteria, the ranking with each score's arithmetic, and who should yield.</summary>
internal static class MarkdownPriorities
{
    public static void Write(Markdown md, PrioritySection priorities)
    {
        md.Heading(2, "Priorities");
        md.Line("Open initiatives ranked on weighted decision criteria, best first, in three tiers, with what every criterion adds to the score.");
        md.Line();
        md.Table(
            ["Criterion", "Name", "Weight", "Better"],
            "llrl",
            priorities.Criteria.Select(c => (IReadOnlyList<string>)
            [
                $"`{c.Id.Replace('`', '\'')}`",
                Markdown.Escape(c.Name),
                PlanningFigures.Score(c.Weight),
                c.Computed ? "higher (computed)" : c.Better == CriterionPreference.Lower ? "lower" : "higher",
            ]));
        md.Line($"Total weight {PlanningFigures.Score(priorities.TotalWeight)}.");
        md.Line();
        if (priorities.Ranking.Count == 0)
        {
            md.Line("No open initiative to rank.");
            md.Line();
        }
        else
        {
            md.Table(
                ["#", "Tier", "Initiative", "Score", "How the score adds up"],
                "rllrl",
                priorities.Ranking.Select(r => (IReadOnlyList<string>)
                [
                    r.Rank.ToString(CultureInfo.InvariantCulture),
                    r.Tier.Label(),
                    MarkdownPlanning.Named(r.Id, r.Title),
                    PlanningFigures.Score(r.Score),
                    string.Join("<br>", PlanningFigures.Explanations(priorities, r).Select(Markdown.Escape)),
                ]));
        }

        MarkdownPlanning.NotShown(
            md, priorities.InitiativesRanked - priorities.Ranking.Count, "ranked initiative", "ranked initiatives");
        Yielding(md, priorities);
    }

    private static void Yielding(Markdown md, PrioritySection priorities)
    {
        md.Heading(3, "Who should yield");
        md.Line(TextPriorities.YieldingLead);
        md.Line();
        if (priorities.Yielding.Count == 0)
        {
            md.Line("No unit is over capacity in the months shown.");
            md.Line();
        }

        foreach (var group in priorities.Yielding)
        {
            md.Line($"{MarkdownPlanning.Named(group.UnitId, group.Name)} in {MonthRanges.Label(group.Month)}: " +
                $"{PlanningFigures.Overload(group)}, **over capacity**.");
            md.Line();
            if (group.Initiatives.Count == 0)
            {
                md.Line("No open initiative: the month's load is done work.");
                md.Line();
                continue;
            }

            md.Table(
                ["Initiative", "Rank", "Person-weeks", "Why"],
                "lrrl",
                group.Initiatives.Select(y => (IReadOnlyList<string>)
                [
                    Markdown.Escape(y.InitiativeId),
                    y.Rank.ToString(CultureInfo.InvariantCulture),
                    PlanningFigures.Weeks(y.PersonWeeks),
                    Markdown.Escape(y.Reason),
                ]));
            MarkdownPlanning.NotShown(md, group.InitiativesNotShown, "initiative", "initiatives");
        }

        MarkdownPlanning.NotShown(md, priorities.YieldingNotShown, "unit-month over capacity", "unit-months over capacity");
    }
}
