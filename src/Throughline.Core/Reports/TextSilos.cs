namespace Throughline.Core.Reports;

/// <summary>The silo map as text: the department grid (or the pairs when it would not fit), the bridge teams and the isolated units.</summary>
internal static class TextSilos
{
    private const int MaxLabel = 24;

    public static void Write(TextLayout text, SiloSection silos)
    {
        text.Heading("Silo map");
        text.Wrapped(2, Summary(silos));
        text.Subheading("Departments");
        if (silos.Pairs.Count == 0)
        {
            text.Line("  No two departments share a goal, a dependency or a team.");
        }
        else if (!SiloMatrix.Fits(silos) || !Grid(text, new SiloMatrix(silos)))
        {
            foreach (var pair in silos.Pairs)
            {
                text.Wrapped(4, $"{pair.DepartmentId} × {pair.OtherDepartmentId}: {SiloMatrix.Describe(pair)}", "");
            }

            if (silos.PairsNotShown > 0)
            {
                text.Line($"  and {Figures.Plural(silos.PairsNotShown, "more pair", "more pairs")} of departments (not shown).");
            }
        }

        text.Subheading($"Bridge teams ({silos.Bridges.Count + silos.BridgesNotShown})");
        if (silos.Bridges.Count == 0)
        {
            text.Line("  No team draws its people from more than one department.");
        }

        foreach (var bridge in silos.Bridges)
        {
            text.Wrapped(4, $"{bridge.UnitId} ({bridge.Name}): {Figures.Plural(bridge.Members, "person", "people")}, {SiloMatrix.Members(bridge)}", "");
        }

        NotShown(text, silos.BridgesNotShown, "bridge team", "bridge teams");
        text.Subheading($"Isolated units ({silos.Isolated.Count + silos.IsolatedNotShown})");
        if (silos.Isolated.Count == 0)
        {
            text.Line("  None: every unit with objectives shares a goal or a dependency outside its line.");
        }

        foreach (var unit in silos.Isolated)
        {
            var goals = unit.Goals.Count == 0 ? "serves no goal" : $"goals {string.Join(", ", unit.Goals)}";
            text.Wrapped(4, $"{unit.UnitId} ({unit.Name}), department {unit.DepartmentId}: {goals}", "");
        }

        NotShown(text, silos.IsolatedNotShown, "isolated unit", "isolated units");
    }

    internal static string Summary(SiloSection silos) =>
        $"{silos.UnitsLinked} of the {Figures.Plural(silos.UnitsMapped, "unit", "units")} with objectives or initiatives " +
        "share a goal or a dependency with a unit outside their own line (neither above nor below them).";

    /// <summary>The grid with numbered columns; false, writing nothing, when it would pass 100 columns.</summary>
    private static bool Grid(TextLayout text, SiloMatrix matrix)
    {
        var count = matrix.Departments.Count;
        var labels = matrix.Departments.Select((d, i) => Fit($"[{i + 1}] {d.Id}")).ToList();
        var labelWidth = Math.Max(labels.Max(l => l.Length), "DEPARTMENT".Length);
        var cells = Enumerable.Range(0, count)
            .Select(r => Enumerable.Range(0, count).Select(c => r == c ? "-" : matrix.Pair(r, c) is { } p ? SiloMatrix.Counts(p) : ".").ToList())
            .ToList();
        var cellWidth = Math.Max(cells.SelectMany(c => c).Max(c => c.Length), $"[{count}]".Length);
        if (2 + labelWidth + (count * (2 + cellWidth)) > TextLayout.Width)
        {
            return false;
        }

        text.Wrapped(2, "Each cell: shared goals/dependencies/bridge teams between the row's department and the column's; a dot where there is no link.");
        text.Line();
        text.Line("  " + "DEPARTMENT".PadRight(labelWidth) + string.Concat(Enumerable.Range(1, count).Select(c => "  " + $"[{c}]".PadLeft(cellWidth))));
        for (var r = 0; r < count; r++)
        {
            text.Line("  " + labels[r].PadRight(labelWidth) + string.Concat(cells[r].Select(c => "  " + c.PadLeft(cellWidth))));
        }

        return true;
    }

    private static string Fit(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 3)] + "...";

    private static void NotShown(TextLayout text, int count, string one, string many)
    {
        if (count > 0)
        {
            text.Line($"  and {Figures.Plural(count, "more " + one, "more " + many)} (not shown).");
        }
    }
}
