using System.Globalization;
using Throughline.Core.Capacity;

namespace Throughline.Core.Reports;

/// <summary>The capacity section in Markdown: one table of units by months, one of initiatives at once.</summary>
internal static class MarkdownCapacity
{
    public static void Write(Markdown md, CapacitySection capacity)
    {
        md.Heading(2, "Capacity");
        md.Line("Load against capacity per unit and month, in person-weeks (load / capacity, then the load as a share of " +
            $"capacity); **over** marks a month over capacity{TextCapacity.Tolerance(capacity)}. A unit's load includes its sub-units'.");
        md.Line();
        md.Line(TextCapacity.Months(capacity));
        md.Line();
        if (capacity.Units.Count == 0)
        {
            md.Line("No unit states a capacity or carries load in these months.");
        }
        else
        {
            md.Table(
                ["Unit", .. capacity.Months.Select(MonthRanges.Label)],
                "l" + new string('r', capacity.Months.Count),
                capacity.Units.Select(r => (IReadOnlyList<string>)[MarkdownPlanning.Unit(r.Depth, r.UnitId, r.Name), .. r.Months.Select(Cell)]));
        }

        if (capacity.UnitsNotShown > 0)
        {
            md.Line($"And {Figures.Plural(capacity.UnitsNotShown, "more unit", "more units")} (not shown).");
        }

        md.Heading(3, "Initiatives at once");
        md.Line("The most planned and active initiatives each unit runs on one day, from the analysis date on, against its limit.");
        md.Line();
        if (capacity.Concurrency.Count == 0)
        {
            md.Line("No unit runs an initiative.");
            return;
        }

        md.Table(
            ["Unit", "Peak", "First on", "Limit", ""],
            "lrlrl",
            capacity.Concurrency.Select(c => (IReadOnlyList<string>)
            [
                MarkdownPlanning.Unit(c.Depth, c.UnitId, c.Name),
                c.Peak.ToString(CultureInfo.InvariantCulture),
                Figures.Date(c.PeakDate),
                PlanningFigures.Limit(c),
                c.Over ? "**over the limit**" : "",
            ]));
        if (capacity.ConcurrencyNotShown > 0)
        {
            md.Line($"And {Figures.Plural(capacity.ConcurrencyNotShown, "more unit", "more units")} (not shown).");
        }
    }

    /// <summary>"4.1 / 8.9 (47%)"; over capacity in bold with the word: "**8.3 / 8 (104%) over**".</summary>
    private static string Cell(CapacityCell cell)
    {
        var value = cell.Capacity is null ? PlanningFigures.LoadOfCapacity(cell) : $"{PlanningFigures.LoadOfCapacity(cell)} ({PlanningFigures.Fill(cell)})";
        return cell.Over ? $"**{value} over**" : value;
    }
}
