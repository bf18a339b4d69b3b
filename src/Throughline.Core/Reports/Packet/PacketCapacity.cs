namespace Throughline.Core.Reports.Packet;

/// <summary>
/// Load against capacity per unit: a table of the units with a capacity, then for each unit over capacity a
/// chart of its months with the same figures as a table beneath, the text alternative of the chart.
/// </summary>
internal static class PacketCapacity
{
    public static void Write(Html html, CapacitySection capacity)
    {
        var months = capacity.Months;
        var window = months.Count == 0 ? "" : $" from {Figures.Month(months[0])} to {Figures.Month(months[^1])}";
        html.Line("<section id=\"capacity\">")
            .Line("<h2>Capacity</h2>")
            .Line($"<p class=\"lead\">Load of planned and active initiatives against each unit's capacity, in person-weeks per month{window}. " +
                "A month is over capacity when its load passes capacity" +
                (capacity.Tolerance > 0 ? $" by more than {Figures.Percent(capacity.Tolerance)}" : "") + ".</p>");
        var withCapacity = capacity.Units.Where(u => u.CapacityFte is not null).ToList();
        if (withCapacity.Count == 0)
        {
            html.Line("<p class=\"empty\">No unit states a capacity, so there is no load to compare it with.</p>").Line("</section>");
            return;
        }

        html.Table(
            ["Unit", "Capacity (FTE)", "Busiest month", "Months over capacity"],
            withCapacity.Select(u => (IReadOnlyList<string>)
            [
                $"<span class=\"id\">{Html.Encode(u.UnitId)}</span>{Html.Encode(u.Name)}",
                Figures.Number(u.CapacityFte),
                Busiest(u),
                u.OverCapacity ? $"<span class=\"flag\">over</span> {string.Join(", ", u.Months.Where(m => m.Over).Select(m => Figures.Month(m.Month)))}" : "none",
            ]),
            new HashSet<int> { 1 });
        if (capacity.UnitsNotShown > 0)
        {
            html.Line($"<p class=\"note\">{Figures.Plural(capacity.UnitsNotShown, "more unit", "more units")} not shown.</p>");
        }

        var over = capacity.Units.Where(u => u.OverCapacity).ToList();
        if (over.Count == 0)
        {
            html.Line("<p class=\"empty\">No unit is over capacity in these months.</p>").Line("</section>");
            return;
        }

        foreach (var unit in over)
        {
            html.Line($"<h3 id=\"{Html.Anchor("capacity", unit.UnitId)}\"><span class=\"id\">{Html.Encode(unit.UnitId)}</span>{Html.Encode(unit.Name)}: over capacity</h3>")
                .Line("<figure>")
                .Line(PacketCharts.Container(Html.Anchor("chart-capacity", unit.UnitId), "chart chart-capacity",
                    $"Load against capacity of {unit.Name} per month; the table below gives the figures", PacketCharts.Capacity(unit)))
                .Line("<figcaption>Bars: load; dashed line: capacity; hatched bars marked OVER: months over capacity.</figcaption>")
                .Line("</figure>");
            html.Table(
                ["Month", "Load", "Capacity", "Fill", ""],
                unit.Months.Select(m => (IReadOnlyList<string>)
                [
                    Figures.Month(m.Month),
                    Figures.Number(Math.Round(m.Load, 1)),
                    Figures.Number(m.Capacity is { } c ? Math.Round(c, 1) : null),
                    Figures.Share(m.Fill),
                    m.Over ? "<span class=\"flag\">over</span>" : "",
                ]),
                new HashSet<int> { 1, 2, 3 });
        }

        html.Line("</section>");
    }

    private static string Busiest(CapacityRow unit)
    {
        var busiest = unit.Months.Where(m => m.Fill is not null).MaxBy(m => m.Fill!.Value);
        return busiest is null ? "-" : $"{Figures.Month(busiest.Month)}, {Figures.Share(busiest.Fill)}";
    }
}
