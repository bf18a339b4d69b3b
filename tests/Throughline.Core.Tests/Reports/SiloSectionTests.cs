using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

/// <summary>The silo map section; the links are worked out in <see cref="PlanningFixture"/>.</summary>
public class SiloSectionTests
{
    private static readonly AnalysisResult Result = PlanningFixture.Analyze();
    private static readonly SiloSection Silos = StrategyReport.From(Result).Silos;

    [Fact]
    public void DepartmentPairsCountSharedGoalsDependenciesAndBridgeTeams()
    {
        Assert.Equal([("ops", "Operations"), ("sales", "Sales")], Silos.Departments.Select(d => (d.Id, d.Name)));
        var pair = Assert.Single(Silos.Pairs);

        // G1 (O1 of ops, O4 of sales); I3 (sales) depends on I1 (ops); launch has people from both.
        Assert.Equal(("ops", "sales", 1, 1, 1), (pair.DepartmentId, pair.OtherDepartmentId, pair.SharedGoals, pair.Dependencies, pair.BridgeTeamCount));
        Assert.Equal(["launch"], pair.BridgeTeams);
    }

    [Fact]
    public void BridgeTeamsNameTheirDepartmentsWithMemberCounts()
    {
        // lena (home launch → sales) and sam (sales) against olga (ops): 3 people, sales 2, ops 1.
        var bridge = Assert.Single(Silos.Bridges);
        Assert.Equal(("launch", "Launch team", 3), (bridge.UnitId, bridge.Name, bridge.Members));
        Assert.Equal([("sales", 2), ("ops", 1)], bridge.Departments.Select(d => (d.DepartmentId, d.Members)));

        Assert.Contains("    launch (Launch team): 3 people, sales 2, ops 1\n", ReportWriter.Render(Result, ReportFormat.Text), StringComparison.Ordinal);
        Assert.Contains("| **launch** Launch team | 3 | sales 2, ops 1 |", ReportWriter.Render(Result, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains(
            "<tr><td><span class=\"id\">launch</span> Launch team</td><td class=\"num\">3</td><td>sales 2, ops 1</td></tr>",
            ReportWriter.Render(Result, ReportFormat.Html),
            StringComparison.Ordinal);
    }

    [Fact]
    public void TheMatrixShowsEachPairBothWays()
    {
        var text = ReportWriter.Render(Result, ReportFormat.Text);
        // Labels pad to "DEPARTMENT" (10 columns), cells to "1/1/1" (5), two spaces between columns.
        Assert.Contains("\n  [1] ops" + new string(' ', 9) + "-  1/1/1\n  [2] sales   1/1/1" + new string(' ', 6) + "-\n", text, StringComparison.Ordinal);
        var markdown = ReportWriter.Render(Result, ReportFormat.Markdown);
        Assert.Contains("| **ops** Operations | — | 1 / 1 / 1 |\n| **sales** Sales | 1 / 1 / 1 | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void IsolatedUnitsAreListedWithTheirGoals()
    {
        // launch serves G3 alone and its initiatives (none) depend on nobody's.
        var isolated = Assert.Single(Silos.Isolated);
        Assert.Equal(("launch", "sales"), (isolated.UnitId, isolated.DepartmentId));
        Assert.Equal(["G3"], isolated.Goals);

        // ops, sales and launch carry objectives or initiatives (org none); ops and sales share G1.
        Assert.Equal((3, 2), (Silos.UnitsMapped, Silos.UnitsLinked));
    }
}
