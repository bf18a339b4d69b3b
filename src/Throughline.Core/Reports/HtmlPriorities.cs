using System.Globalization;
using Throughline.Core.Capacity;
using Throughline.Core.Model;
using Throughline.Core.Priorities;

namespace Throughline.Core.Reports;

/// <summary>The priorities section as HTML: the criteria, the ranking with each score's arithmetic, and who should yield.</summary>
internal static class HtmlPriorities
{
    public static void Write(Html html, PrioritySection priorities)
    {
        html.Line("<section id=\"priorities\">")
            .Line("<h2>Priorities</h2>")
            .Line("<p class=\"lead\">Open initiatives ranked on weighted decision criteria, best first, in three tiers, " +
                "with what every criterion adds to the score.</p>")
            .Line("<h3>Criteria</h3>");
        html.Table(
            ["Criterion", "Name", "Weight", "Better"],
            priorities.Criteria.Select(c => (IReadOnlyList<string>)
            [
                $"<code>{Html.Encode(c.Id)}</code>",
                Html.Encode(c.Name),
                PlanningFigures.Score(c.Weight),
                c.Computed ? "higher (computed)" : c.Better == CriterionPreference.Lower ? "lower" : "higher",
            ]),
            new HashSet<int> { 2 });
        html.Line($"<p>Total weight {PlanningFigures.Score(priorities.TotalWeight)}.</p>")
            .Line($"<h3>Ranking ({priorities.InitiativesRanked})</h3>");
        if (priorities.Ranking.Count == 0)
        {
            html.Line("<p class=\"empty\">No open initiative to rank.</p>");
        }
        else
        {
            html.Table(
                ["#", "Tier", "Initiative", "Score", "How the score adds up"],
                priorities.Ranking.Select(r => (IReadOnlyList<string>)
                [
                    r.Rank.ToString(CultureInfo.InvariantCulture),
                    r.Tier.Label(),
                    HtmlPlanning.Named(r.Id, r.Title),
                    PlanningFigures.Score(r.Score),
                    "<ul class=\"explain\">" +
                        string.Concat(PlanningFigures.Explanations(priorities, r).Select(e => $"<li>{Html.Encode(e)}</li>")) + "</ul>",
                ]),
                new HashSet<int> { 0, 3 });
        }

        HtmlPlanning.NotShown(html, priorities.InitiativesRanked - priorities.Ranking.Count, "ranked initiative", "ranked initiatives");
        Yielding(html, priorities);
        html.Line("</section>");
    }

    private static void Yielding(Html html, PrioritySection priorities)
    {
        html.Line("<h3>Who should yield</h3>").Line($"<p class=\"lead\">{Html.Encode(TextPriorities.YieldingLead)}</p>");
        if (priorities.Yielding.Count == 0)
        {
            html.Line("<p class=\"empty\">No unit is over capacity in the months shown.</p>");
        }

        foreach (var group in priorities.Yielding)
        {
            html.Line($"<h4>{HtmlPlanning.Named(group.UnitId, group.Name)} in {MonthRanges.Label(group.Month)}: " +
                $"{Html.Encode(PlanningFigures.Overload(group))} {HtmlCapacity.OverFlag}</h4>");
            if (group.Initiatives.Count == 0)
            {
                html.Line("<p class=\"empty\">No open initiative: the month's load is done work.</p>");
                continue;
            }

            html.Table(
                ["Initiative", "Rank", "Person-weeks", "Why"],
                group.Initiatives.Select(y => (IReadOnlyList<string>)
                [
                    $"<span class=\"id\">{Html.Encode(y.InitiativeId)}</span>",
                    y.Rank.ToString(CultureInfo.InvariantCulture),
                    PlanningFigures.Weeks(y.PersonWeeks),
                    Html.Encode(y.Reason),
                ]),
                new HashSet<int> { 1, 2 });
            HtmlPlanning.NotShown(html, group.InitiativesNotShown, "initiative", "initiatives");
        }

        HtmlPlanning.NotShown(html, priorities.YieldingNotShown, "unit-month over capacity", "unit-months over capacity");
    }
}
