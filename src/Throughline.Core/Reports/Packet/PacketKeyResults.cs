using Throughline.Core.Model;

namespace Throughline.Core.Reports.Packet;

/// <summary>Every objective with its key results, a chart per key result and the figures the chart draws as text.</summary>
internal static class PacketKeyResults
{
    public static void Write(Html html, IReadOnlyList<ObjectiveCharts> objectives, DateOnly asOf)
    {
        html.Line("<section id=\"key-results\">")
            .Line("<h2>Objectives and key results</h2>")
            .Line("<p class=\"lead\">Each chart shows the check-ins (solid line, circles), the plan from the baseline at the start to " +
                "the target at the due date (dashed, squares) and the forecast, the trend of the check-ins to the due date (dotted, triangle).</p>");
        if (objectives.Count == 0)
        {
            html.Line("<p class=\"empty\">The plan has no objectives, so there are no key results to chart.</p>").Line("</section>");
            return;
        }

        foreach (var objective in objectives)
        {
            var goals = objective.ContributesTo.Count == 0 ? "contributes to no goal" : "contributes to " + string.Join(", ", objective.ContributesTo);
            html.Line($"<article class=\"objective\" id=\"{Html.Anchor("objective", objective.Id)}\">")
                .Line($"<h3><span class=\"id\">{Html.Encode(objective.Id)}</span>{Html.Encode(objective.Title)}</h3>")
                .Line($"<p class=\"note\">{PacketStatus.Progress(objective.Progress, objective.Status)} · owner {Html.Encode(objective.Owner ?? "-")} · " +
                    $"due {Figures.Date(objective.Due)} · {Html.Encode(goals)}</p>");
            if (objective.KeyResults.Count == 0)
            {
                html.Line("<p class=\"empty\">No key result measures this objective.</p>");
            }

            foreach (var chart in objective.KeyResults)
            {
                KeyResult(html, chart, asOf);
            }

            html.Line("</article>");
        }

        html.Line("</section>");
    }

    private static void KeyResult(Html html, KeyResultChart chart, DateOnly asOf)
    {
        var kr = chart.KeyResult;
        var id = Html.Anchor("chart", kr.Id);
        html.Line($"<div class=\"kr\" id=\"{Html.Anchor("key-result", kr.Id)}\">")
            .Line($"<h4><span class=\"id\">{Html.Encode(kr.Id)}</span>{Html.Encode(kr.Title)}</h4>")
            .Line($"<p class=\"facts\">{PacketStatus.Progress(kr.Progress, kr.Status)} · {Html.Encode(Figures.Standing(kr))} · " +
                $"forecast {Html.Encode(Figures.Forecast(kr))} · owner {Html.Encode(kr.Owner ?? "-")}</p>")
            .Line("<figure>")
            .Line(PacketCharts.Container(id, "chart", $"Chart of {kr.Id}: {Summary(chart)}", PacketCharts.KeyResult(chart, asOf)))
            .Line($"<figcaption>{Html.Encode(Summary(chart))}</figcaption>")
            .Line("</figure>")
            .Line("</div>");
    }

    /// <summary>The chart in words: the text alternative a screen reader and a black-and-white copy both get.</summary>
    private static string Summary(KeyResultChart chart)
    {
        var kr = chart.KeyResult;
        var unit = string.IsNullOrWhiteSpace(kr.Unit) ? "" : " " + kr.Unit;
        var parts = new List<string>
        {
            chart.CheckIns.Count == 0
                ? "no check-ins yet"
                : "check-ins " + string.Join(", ", chart.CheckIns.Select(p => $"{Figures.Date(p.Date)}: {Figures.Number(p.Value)}")) + unit,
        };
        if (chart.Plan.Count == 2)
        {
            parts.Add($"plan from {Figures.Number(chart.Plan[0].Value)} on {Figures.Date(chart.Plan[0].Date)} to {Figures.Number(chart.Plan[1].Value)} on {Figures.Date(chart.Plan[1].Date)}");
        }
        else if (kr.Direction == Direction.Maintain && kr.Range is { } range)
        {
            parts.Add($"to stay between {Figures.Number(range.Low)} and {Figures.Number(range.High)}");
        }
        else
        {
            parts.Add("no plan line (the key result has no target, start or due date)");
        }

        parts.Add(chart.Forecast.Count == 2
            ? $"forecast {Figures.Number(chart.Forecast[1].Value)} on {Figures.Date(chart.Forecast[1].Date)}"
            : "no forecast (it needs check-ins on two dates and a due date still ahead)");
        return string.Join("; ", parts) + ".";
    }
}
