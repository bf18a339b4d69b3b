namespace Throughline.Core.Reports;

/// <summary>The silo map as HTML: the department grid (or the pairs), the bridge teams and the isolated units.</summary>
internal static class HtmlSilos
{
    public static void Write(Html html, SiloSection silos)
    {
        html.Line("<section id=\"silos\">")
            .Line("<h2>Silo map</h2>")
            .Line($"<p class=\"lead\">{Html.Encode(TextSilos.Summary(silos))}</p>")
            .Line("<h3>Departments</h3>");
        if (silos.Pairs.Count == 0)
        {
            html.Line("<p class=\"empty\">No two departments share a goal, a dependency or a team.</p>");
        }
        else if (SiloMatrix.Fits(silos))
        {
            Grid(html, new SiloMatrix(silos));
        }
        else
        {
            html.Table(
                ["Department", "Other department", "Shared goals", "Dependencies", "Bridge teams"],
                silos.Pairs.Select(p => (IReadOnlyList<string>)
                [
                    $"<span class=\"id\">{Html.Encode(p.DepartmentId)}</span>",
                    $"<span class=\"id\">{Html.Encode(p.OtherDepartmentId)}</span>",
                    Figures.Number(p.SharedGoals),
                    Figures.Number(p.Dependencies),
                    Html.Encode(SiloMatrix.BridgeTeams(p)),
                ]),
                new HashSet<int> { 2, 3 });
            HtmlPlanning.NotShown(html, silos.PairsNotShown, "pair of departments", "pairs of departments");
        }

        html.Line($"<h3>Bridge teams ({silos.Bridges.Count + silos.BridgesNotShown})</h3>");
        if (silos.Bridges.Count == 0)
        {
            html.Line("<p class=\"empty\">No team draws its people from more than one department.</p>");
        }
        else
        {
            html.Table(
                ["Team", "People", "From"],
                silos.Bridges.Select(b => (IReadOnlyList<string>)
                    [HtmlPlanning.Named(b.UnitId, b.Name), Figures.Number(b.Members), Html.Encode(SiloMatrix.Members(b))]),
                new HashSet<int> { 1 });
            HtmlPlanning.NotShown(html, silos.BridgesNotShown, "bridge team", "bridge teams");
        }

        html.Line($"<h3>Isolated units ({silos.Isolated.Count + silos.IsolatedNotShown})</h3>");
        if (silos.Isolated.Count == 0)
        {
            html.Line("<p class=\"empty\">None: every unit with objectives shares a goal or a dependency outside its line.</p>");
        }
        else
        {
            html.Table(
                ["Unit", "Department", "Goals"],
                silos.Isolated.Select(u => (IReadOnlyList<string>)
                [
                    HtmlPlanning.Named(u.UnitId, u.Name),
                    $"<span class=\"id\">{Html.Encode(u.DepartmentId)}</span>",
                    Html.Encode(string.Join(", ", u.Goals)),
                ]));
            HtmlPlanning.NotShown(html, silos.IsolatedNotShown, "isolated unit", "isolated units");
        }

        html.Line("</section>");
    }

    private static void Grid(Html html, SiloMatrix matrix)
    {
        html.Line("<p>Each cell: shared goals / dependencies / bridge teams between the row's department and the column's.</p>");
        var count = matrix.Departments.Count;
        html.Table(
            ["Department", .. matrix.Departments.Select(d => $"<span class=\"id\">{Html.Encode(d.Id)}</span>")],
            Enumerable.Range(0, count).Select(r => (IReadOnlyList<string>)
            [
                HtmlPlanning.Named(matrix.Departments[r].Id, matrix.Departments[r].Name),
                .. Enumerable.Range(0, count).Select(c => r == c ? "—" : matrix.Pair(r, c) is { } p ? SiloMatrix.Counts(p, " / ") : ""),
            ]),
            Enumerable.Range(1, count).ToHashSet());
    }
}
