using System.Globalization;
using Throughline.Core.Capacity;

namespace Throughline.Core.Reports;

/// <summary>
/// The capacity section as HTML: the table of units by months, a bar chart per unit with a capacity, and the
/// initiatives run at once. Over capacity always shows as a word ("over") next to the figure, in a style of its
/// own; colour only repeats it.
/// </summary>
internal static class HtmlCapacity
{
    /// <summary>A bar chart reaches to twice the capacity at most: past that the bar is full and the percentage says how far.</summary>
    private const double MaxScale = 2;

    public const string OverFlag = "<span class=\"flag\">over</span>";

    public static void Write(Html html, CapacitySection capacity)
    {
        html.Line("<section id=\"capacity\">")
            .Line("<h2>Capacity</h2>")
            .Line("<p class=\"lead\">Load against capacity per unit and month, in person-weeks (load / capacity, then the load as a share " +
                $"of capacity); {OverFlag} marks a month over capacity{Html.Encode(TextCapacity.Tolerance(capacity))}. " +
                "A unit's load includes its sub-units'.</p>")
            .Line($"<p>{Html.Encode(TextCapacity.Months(capacity))}</p>");
        if (capacity.Units.Count == 0)
        {
            html.Line("<p class=\"empty\">No unit states a capacity or carries load in these months.</p>");
        }
        else
        {
            Table(html, capacity);
            Charts(html, capacity);
        }

        HtmlPlanning.NotShown(html, capacity.UnitsNotShown, "unit", "units");
        Concurrency(html, capacity);
        html.Line("</section>");
    }

    private static void Table(Html html, CapacitySection capacity)
    {
        html.Line("<div class=\"scroll\"><table class=\"load-table\">")
            .Line("<thead><tr><th>Unit</th>" + string.Concat(capacity.Months.Select(m => $"<th class=\"num\">{MonthRanges.Label(m)}</th>")) + "</tr></thead>")
            .Line("<tbody>");
        foreach (var row in capacity.Units)
        {
            var cells = string.Concat(row.Months.Select(cell =>
                $"<td class=\"num{(cell.Over ? " over" : "")}\">{Html.Encode(PlanningFigures.LoadOfCapacity(cell))}" +
                $"{(cell.Capacity is null ? "" : $"<br><span class=\"pct-small\">{PlanningFigures.Fill(cell)}</span>")}" +
                $"{(cell.Over ? " " + OverFlag : "")}</td>"));
            html.Line($"<tr><td>{HtmlPlanning.Unit(row.Depth, row.UnitId, row.Name)}</td>{cells}</tr>");
        }

        html.Line("</tbody>").Line("</table></div>");
    }

    /// <summary>
    /// One small chart per unit with a capacity: a bar per month whose width is the load, on a scale from 0 to the
    /// unit's highest fill (at least its capacity, at most twice it), with a line where capacity ends.
    /// </summary>
    private static void Charts(Html html, CapacitySection capacity)
    {
        var charted = capacity.Units.Where(r => r.CapacityFte is not null).ToList();
        if (charted.Count == 0)
        {
            return;
        }

        html.Line("<h3>Load by month</h3>")
            .Line("<p class=\"lead\">The bar is the month's load; the dark line marks the unit's capacity.</p>")
            .Line("<div class=\"load-charts\">");
        foreach (var row in charted)
        {
            var scale = Math.Clamp(row.Months.Max(c => c.Fill ?? 1), 1, MaxScale);
            html.Line($"<figure class=\"load-chart\"><figcaption>{HtmlPlanning.Named(row.UnitId, row.Name)} " +
                $"<span class=\"detail\">{Figures.Number(row.CapacityFte)} FTE</span></figcaption>");
            foreach (var cell in row.Months)
            {
                var fill = cell.Fill ?? (cell.Load > 0 ? scale : 0);
                var label = $"{MonthRanges.Label(cell.Month)}: {PlanningFigures.LoadOfCapacity(cell)} person-weeks, {PlanningFigures.Fill(cell)}" +
                    (cell.Over ? ", over capacity" : "");
                html.Line($"<div class=\"load-row{(cell.Over ? " over" : "")}\"><span class=\"load-month\">{MonthRanges.Label(cell.Month)}</span>" +
                    $"<div class=\"load-track\" role=\"img\" aria-label=\"{Html.Encode(label)}\">" +
                    $"<span class=\"load-fill\" style=\"width:{Percent(Math.Min(fill, scale) / scale)}\"></span>" +
                    $"<span class=\"cap-line\" style=\"left:{Percent(1 / scale)}\"></span></div>" +
                    $"<span class=\"load-value\">{PlanningFigures.Fill(cell)}{(cell.Over ? " " + OverFlag : "")}</span></div>");
            }

            html.Line("</figure>");
        }

        html.Line("</div>");
    }

    private static void Concurrency(Html html, CapacitySection capacity)
    {
        html.Line("<h3>Initiatives at once</h3>")
            .Line("<p class=\"lead\">The most planned and active initiatives each unit runs on one day, from the analysis date on, against its limit.</p>");
        if (capacity.Concurrency.Count == 0)
        {
            html.Line("<p class=\"empty\">No unit runs an initiative.</p>");
            return;
        }

        html.Table(
            ["Unit", "Peak", "First on", "Limit", ""],
            capacity.Concurrency.Select(c => (IReadOnlyList<string>)
            [
                HtmlPlanning.Unit(c.Depth, c.UnitId, c.Name),
                c.Peak.ToString(CultureInfo.InvariantCulture),
                Figures.Date(c.PeakDate),
                Html.Encode(PlanningFigures.Limit(c)),
                c.Over ? "<span class=\"flag\">over the limit</span>" : "",
            ]),
            new HashSet<int> { 1, 3 });
        HtmlPlanning.NotShown(html, capacity.ConcurrencyNotShown, "unit", "units");
    }

    private static string Percent(double share) => (Math.Clamp(share, 0, 1) * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
