namespace Throughline.Core.Reports;

/// <summary>The silo map in Markdown: the department grid (or the pairs), the bridge teams and the isolated units.</summary>
internal static class MarkdownSilos
{
    public static void Write(Markdown md, SiloSection silos)
    {
        md.Heading(2, "Silo map");
        md.Line(TextSilos.Summary(silos));
        md.Heading(3, "Departments");
        if (silos.Pairs.Count == 0)
        {
            md.Line("No two departments share a goal, a dependency or a team.");
        }
        else if (SiloMatrix.Fits(silos))
        {
            Grid(md, new SiloMatrix(silos));
        }
        else
        {
            md.Table(
                ["Department", "Other department", "Shared goals", "Dependencies", "Bridge teams"],
                "llrrl",
                silos.Pairs.Select(p => (IReadOnlyList<string>)
                [
                    Markdown.Escape(p.DepartmentId),
                    Markdown.Escape(p.OtherDepartmentId),
                    Figures.Number(p.SharedGoals),
                    Figures.Number(p.Dependencies),
                    Markdown.Escape(SiloMatrix.BridgeTeams(p)),
                ]));
            MarkdownPlanning.NotShown(md, silos.PairsNotShown, "pair of departments", "pairs of departments");
        }

        md.Heading(3, $"Bridge teams ({silos.Bridges.Count + silos.BridgesNotShown})");
        if (silos.Bridges.Count == 0)
        {
            md.Line("No team draws its people from more than one department.");
        }
        else
        {
            md.Table(
                ["Team", "People", "From"],
                "lrl",
                silos.Bridges.Select(b => (IReadOnlyList<string>)
                    [MarkdownPlanning.Named(b.UnitId, b.Name), Figures.Number(b.Members), Markdown.Escape(SiloMatrix.Members(b))]));
            MarkdownPlanning.NotShown(md, silos.BridgesNotShown, "bridge team", "bridge teams");
        }

        md.Heading(3, $"Isolated units ({silos.Isolated.Count + silos.IsolatedNotShown})");
        if (silos.Isolated.Count == 0)
        {
            md.Line("None: every unit with objectives shares a goal or a dependency outside its line.");
            return;
        }

        md.Table(
            ["Unit", "Department", "Goals"],
            "lll",
            silos.Isolated.Select(u => (IReadOnlyList<string>)
                [MarkdownPlanning.Named(u.UnitId, u.Name), Markdown.Escape(u.DepartmentId), Markdown.Escape(string.Join(", ", u.Goals))]));
        MarkdownPlanning.NotShown(md, silos.IsolatedNotShown, "isolated unit", "isolated units");
    }

    private static void Grid(Markdown md, SiloMatrix matrix)
    {
        md.Line("Each cell: shared goals / dependencies / bridge teams between the row's department and the column's.");
        md.Line();
        var count = matrix.Departments.Count;
        md.Table(
            ["Department", .. matrix.Departments.Select(d => $"**{Markdown.Escape(d.Id)}**")],
            "l" + new string('r', count),
            Enumerable.Range(0, count).Select(r => (IReadOnlyList<string>)
            [
                MarkdownPlanning.Named(matrix.Departments[r].Id, matrix.Departments[r].Name),
                .. Enumerable.Range(0, count).Select(c => r == c ? "—" : matrix.Pair(r, c) is { } p ? SiloMatrix.Counts(p, " / ") : ""),
            ]));
    }
}
