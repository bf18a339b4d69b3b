using System.Globalization;

namespace Throughline.Core.Reports.Packet;

/// <summary>The sections a review discusses: wins, risks, decisions and the two gap lists.</summary>
internal static class PacketReview
{
    public static void Wins(Html html, ReviewPacket packet)
    {
        var wins = packet.Wins;
        var quarter = packet.Quarter;
        var asOf = Figures.Date(packet.Report.AsOf);
        html.Line("<section id=\"wins\">")
            .Line("<h2>Wins of the quarter</h2>")
            .Line($"<p class=\"lead\">From {Figures.Date(quarter.Start)} up to {asOf}.</p>");
        if (wins.KeyResultsDone.Count + wins.InitiativesDone.Count + wins.Gains.Count == 0)
        {
            html.Line($"<p class=\"empty\">No wins in {quarter.Label} up to {asOf}: no key result reached its target, no initiative " +
                $"ending in the quarter is done, and no key result gained {Figures.Percent(QuarterWins.BigGain)} or more.</p>").Line("</section>");
            return;
        }

        html.Line($"<h3 id=\"wins-key-results\">Key results achieved ({wins.KeyResultsDone.Count})</h3>");
        Gains(html, wins.KeyResultsDone, "No key result reached its target in the quarter.");
        html.Line($"<h3 id=\"wins-initiatives\">Initiatives completed ({wins.InitiativesDone.Count})</h3>");
        if (wins.InitiativesDone.Count == 0)
        {
            html.Line("<p class=\"empty\">No initiative ending in the quarter is done.</p>");
        }
        else
        {
            html.Table(
                ["Initiative", "Unit", "Owner", "Ended"],
                wins.InitiativesDone.Select(i => (IReadOnlyList<string>)
                [
                    $"<span class=\"id\">{Html.Encode(i.Id)}</span>{Html.Encode(i.Title)}",
                    Html.Encode(i.Unit ?? "-"), Html.Encode(i.Owner ?? "-"), Figures.Date(i.End),
                ]));
        }

        var more = wins.GainsNotShown > 0 ? $", the biggest {wins.Gains.Count} of {wins.Gains.Count + wins.GainsNotShown}" : "";
        html.Line($"<h3 id=\"wins-gains\">Big gains ({wins.Gains.Count + wins.GainsNotShown}{more})</h3>")
            .Line($"<p class=\"lead\">Key results whose progress rose by {Figures.Percent(QuarterWins.BigGain)} or more since the quarter began.</p>");
        Gains(html, wins.Gains, $"No key result gained {Figures.Percent(QuarterWins.BigGain)} or more.");
        html.Line("</section>");
    }

    private static void Gains(Html html, IReadOnlyList<KeyResultGain> gains, string none)
    {
        if (gains.Count == 0)
        {
            html.Line($"<p class=\"empty\">{none}</p>");
            return;
        }

        html.Table(
            ["Key result", "Objective", "Owner", "At start", "Now", "Progress"],
            gains.Select(g => (IReadOnlyList<string>)
            [
                $"<span class=\"id\">{Html.Encode(g.Id)}</span>{Html.Encode(g.Title)}",
                Html.Encode(g.ObjectiveId ?? "vision"),
                Html.Encode(g.Owner ?? "-"),
                Html.Encode(Figures.Quantity(g.ValueAtStart, g.Unit)),
                Html.Encode(Figures.Quantity(g.Current, g.Unit)),
                $"{Figures.Percent(g.ProgressAtStart)} → {Figures.Percent(g.Progress)}",
            ]),
            new HashSet<int> { 3, 4, 5 });
    }

    public static void Risks(Html html, IReadOnlyList<RiskLine> risks)
    {
        html.Line("<section id=\"risks\">")
            .Line($"<h2>Risks ({risks.Count})</h2>")
            .Line("<p class=\"lead\">Key results off track or at risk, furthest behind first (at most ten). " +
                "“On pace for” is the share of the target the check-ins point to by the due date.</p>");
        if (risks.Count == 0)
        {
            html.Line("<p class=\"empty\">No key result is off track or at risk.</p>").Line("</section>");
            return;
        }

        HtmlTables.RiskTable(html, risks, PacketStatus.Html, "");
        html.Line("</section>");
    }

    public static void Decisions(Html html, IReadOnlyList<DecisionNeeded> decisions)
    {
        html.Line("<section id=\"decisions\">")
            .Line($"<h2>Decisions needed ({decisions.Count})</h2>")
            .Line("<p class=\"lead\">Findings the plan cannot settle by itself: key results off track, units over capacity, " +
                "dependency cycles and key results of different units pulling one measure apart. Where the priority ranking favours an option " +
                "(the initiative that should yield first), it comes first and is marked.</p>");
        if (decisions.Count == 0)
        {
            html.Line("<p class=\"empty\">No finding calls for a decision.</p>").Line("</section>");
            return;
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];
            html.Line($"<div class=\"decision\" id=\"decision-{i + 1}\" data-rule=\"{Html.Encode(decision.RuleId)}\" data-subject=\"{Html.Encode(decision.SubjectId)}\">")
                .Line($"<h3>{i + 1}. {Html.Encode(decision.Question)}</h3>")
                .Line($"<p><code>{Html.Encode(decision.RuleId)}</code> {Html.Prose(decision.Why)}</p>")
                .Line("<ol>");
            for (var o = 0; o < decision.Options.Count; o++)
            {
                var favoured = o == 0 && decision.FirstIsFavoured;
                html.Line(favoured
                    ? $"<li class=\"favoured\">{Html.Encode(decision.Options[o])} <span class=\"flag\">favoured by the ranking</span></li>"
                    : $"<li>{Html.Encode(decision.Options[o])}</li>");
            }

            html.Line("</ol>").Line("</div>");
        }

        html.Line("</section>");
    }

    public static void Gaps(Html html, string id, string title, string meaning, IReadOnlyList<FindingLine> findings)
    {
        html.Line($"<section id=\"{id}\">")
            .Line($"<h2>{title} ({findings.Count})</h2>")
            .Line($"<p class=\"lead\">{meaning}</p>");
        if (findings.Count == 0)
        {
            html.Line("<p class=\"empty\">None.</p>");
        }
        else
        {
            html.Table(
                ["Rule", "Subject", "Finding"],
                findings.Select(f => (IReadOnlyList<string>)[HtmlTables.Rule(f), HtmlTables.Subject(f), HtmlTables.Message(f)]));
        }

        html.Line("</section>");
    }
}
