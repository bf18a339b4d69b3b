using System.Globalization;
using Throughline.Core.Capacity;

namespace Throughline.Core.Reports;

/// <summary>
/// The capacity section as text: the month-by-unit table in bands of as many months as fit in 100 columns,
/// then each unit's peak of initiatives at once.
/// </summary>
internal static class TextCapacity
{
    private const int MaxLabel = 30;
    private const string Over = " !";

    public static void Write(TextLayout text, CapacitySection capacity)
    {
        text.Heading("Capacity");
        text.Wrapped(2, "Load against capacity per unit and month, in person-weeks: load/capacity, then the load as a share " +
            $"of capacity. ! marks a month over capacity{Tolerance(capacity)}. A unit's load includes its sub-units'.");
        text.Wrapped(2, Months(capacity));
        if (capacity.Units.Count == 0)
        {
            text.Line("  No unit states a capacity or carries load in these months.");
        }
        else
        {
            Table(text, capacity);
        }

        if (capacity.UnitsNotShown > 0)
        {
            text.Line($"  and {Figures.Plural(capacity.UnitsNotShown, "more unit", "more units")} (not shown).");
        }

        Concurrency(text, capacity);
    }

    internal static string Tolerance(CapacitySection capacity) =>
        capacity.Tolerance > 0 ? $" (above {Figures.Percent(1 + capacity.Tolerance)} of it, the tolerance of capacity/over-committed)" : "";

    internal static string Months(CapacitySection capacity)
    {
        if (capacity.Months.Count == 0)
        {
            return "No months analysed.";
        }

        var range = capacity.Months.Count == 1
            ? MonthRanges.Label(capacity.Months[0])
            : $"{MonthRanges.Label(capacity.Months[0])} to {MonthRanges.Label(capacity.Months[^1])}";
        return capacity.MonthsAnalysed > capacity.Months.Count
            ? $"Months {range}: the first {capacity.Months.Count} of the {capacity.MonthsAnalysed} months analysed; the later ones are not shown."
            : $"Months {range}: every month analysed.";
    }

    private static void Table(TextLayout text, CapacitySection capacity)
    {
        var labels = capacity.Units.Select(r => Fit(new string(' ', r.Depth * 2) + r.UnitId)).ToList();
        var labelWidth = Math.Max(labels.Max(l => l.Length), "UNIT".Length);
        var cells = capacity.Units.Select(r => r.Months.Select(Cell).ToList()).ToList();
        var cellWidth = Math.Max(cells.SelectMany(c => c).Max(c => c.Length), "2026-01".Length);
        var perBand = Math.Max(1, (TextLayout.Width - 2 - labelWidth) / (2 + cellWidth + Over.Length));
        for (var first = 0; first < capacity.Months.Count; first += perBand)
        {
            var band = Enumerable.Range(first, Math.Min(perBand, capacity.Months.Count - first)).ToList();
            text.Line();
            text.Line("  " + "UNIT".PadRight(labelWidth) + string.Concat(band.Select(m =>
                "  " + MonthRanges.Label(capacity.Months[m]).PadLeft(cellWidth) + new string(' ', Over.Length))));
            for (var row = 0; row < capacity.Units.Count; row++)
            {
                var marks = capacity.Units[row].Months;
                text.Line("  " + labels[row].PadRight(labelWidth) + string.Concat(band.Select(m =>
                    "  " + cells[row][m].PadLeft(cellWidth) + (marks[m].Over ? Over : new string(' ', Over.Length)))));
            }
        }
    }

    /// <summary>"4.1/8.9 47%"; without a capacity only the load: "4.1/-".</summary>
    private static string Cell(CapacityCell cell) =>
        cell.Capacity is null ? PlanningFigures.LoadOfCapacity(cell, "/") : $"{PlanningFigures.LoadOfCapacity(cell, "/")} {PlanningFigures.Fill(cell)}";

    private static string Fit(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 3)] + "...";

    private static void Concurrency(TextLayout text, CapacitySection capacity)
    {
        text.Subheading("Initiatives at once");
        text.Wrapped(2, "The most planned and active initiatives each unit runs on one day, from the analysis date on, " +
            "against its limit; ! marks a unit over it.");
        if (capacity.Concurrency.Count == 0)
        {
            text.Line("  No unit runs an initiative.");
            return;
        }

        var labels = capacity.Concurrency.Select(c => Fit(new string(' ', c.Depth * 2) + c.UnitId)).ToList();
        var width = Math.Max(labels.Max(l => l.Length), "UNIT".Length);
        text.Line();
        text.Line($"  {"UNIT".PadRight(width)}  PEAK  FIRST ON    LIMIT");
        for (var i = 0; i < labels.Count; i++)
        {
            var line = capacity.Concurrency[i];
            var peak = line.Peak.ToString(CultureInfo.InvariantCulture).PadLeft(4);
            text.Line($"  {labels[i].PadRight(width)}  {peak}  {Figures.Date(line.PeakDate)}  {PlanningFigures.Limit(line)}{(line.Over ? "  ! over" : "")}");
        }

        if (capacity.ConcurrencyNotShown > 0)
        {
            text.Line($"  and {Figures.Plural(capacity.ConcurrencyNotShown, "more unit", "more units")} (not shown).");
        }
    }
}
