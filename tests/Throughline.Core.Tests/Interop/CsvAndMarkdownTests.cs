using Throughline.Core.Interop;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Interop;

public sealed class CsvAndMarkdownTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Theory]
    [InlineData(",", "1.5", "2.5")]
    [InlineData(";", "1,5", "2,5")]
    [InlineData("\t", "1.5", "2.5")]
    public void TheSeparatorIsDetectedAndSemicolonFilesTakeDecimalCommas(string separator, string baseline, string target)
    {
        var csv = "\uFEFF" + string.Join(separator, "Objective", "Owner", "Unit", "Due", "Key result", "Baseline", "Target", "Current", "As of", "Unit of measure", "Direction") + "\n" +
            string.Join(separator, "\"Grow revenue, profitably\"", "Maria Chen", "Sales", "31/12/2026", "ARR", baseline, target, "", "", "MEUR", "increase") + "\n";

        var result = CsvOkrReader.Read(csv, "okr.csv", Today);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var objective = Assert.Single(result.Plan!.Objectives);
        Assert.Equal(("Grow revenue, profitably", "maria-chen", "sales", new DateOnly(2026, 12, 31)), (objective.Title, objective.Owner, objective.Unit, objective.Due));
        var keyResult = Assert.Single(objective.KeyResults);
        Assert.Equal((1.5, 2.5, "MEUR", Direction.Increase), (keyResult.Baseline!.Value, keyResult.Target!.Value, keyResult.Unit, keyResult.Direction!.Value));
    }

    [Fact]
    public void DatesFollowTheFileAndBadValuesAreReportedByRowAndColumn()
    {
        var csv = "objective,due,key result,target,current,as of\nA,12/31/2026,K1,ten,5,03/02/2026\nB,03/04/2026,K2,3,,\n,,K3,1,,\n";

        var result = CsvOkrReader.Read(csv, "okr.csv", Today);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [
                "okr.csv:2: warning: column 'target': 'ten' is not a number; left out: write a number such as 42 or 3.5",
                "okr.csv:4: warning: column 'objective': empty; the row is skipped: give the objective's title",
            ],
            result.Diagnostics.Select(d => d.ToString()));

        // 12/31/2026 shows that the file writes month first, so 03/04/2026 is the 4th of March.
        Assert.Equal([new DateOnly(2026, 12, 31), new DateOnly(2026, 3, 4)], result.Plan!.Objectives.Select(o => o.Due!.Value));
        Assert.Equal(new DateOnly(2026, 3, 2), result.Plan.Objectives[0].KeyResults[0].CheckIns[0].Date);
    }

    [Fact]
    public void AmbiguousDatesWithNothingToTellAreLeftOut()
    {
        var result = CsvOkrReader.Read("objective;due\nA;03/04/2026\n", "okr.csv", Today);

        Assert.Equal(
            "okr.csv:2: warning: column 'due': '03/04/2026' could be day/month or month/day and no other date in the file tells which; write it as YYYY-MM-DD",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Null(result.Plan!.Objectives[0].Due);
    }

    [Fact]
    public void CsvExportReadsBack()
    {
        var csv = "objective id,objective,owner,key result id,key result,baseline,target,current,as of,unit of measure,direction\n" +
            "O7,Cut cost,Bo,KR7.1,Cost per kW,1500,1200,1380,2026-05-01,USD/kW,decrease\n";
        var first = CsvOkrReader.Read(csv, "a.csv", Today).Plan!;

        var again = CsvOkrReader.Read(CsvOkrWriter.Write(first), "b.csv", Today).Plan!;

        var (a, b) = (first.Objectives[0].KeyResults[0], again.Objectives[0].KeyResults[0]);
        Assert.Equal(("O7", "KR7.1"), (again.Objectives[0].Id, b.Id));
        Assert.Equal((a.Title, a.Baseline, a.Target, a.Unit, a.Direction), (b.Title, b.Baseline, b.Target, b.Unit, b.Direction));
        Assert.Equal(a.CheckIns.Select(c => (c.Date, c.Value)), b.CheckIns.Select(c => (c.Date, c.Value)));
    }

    [Fact]
    public void HeadingsAndBulletsBecomeObjectivesAndKeyResults()
    {
        var markdown = """
            # Acme Q3

            ## Objective: Delight customers => customers recommend us

            - KR: @maria: Raise NPS from 30 to 45
            - KR: Cut churn from 5% to 3% (@bo)
            - Grow ARR to $1.2M

            ## Ship faster
            """;

        var result = MarkdownOkrReader.Read(markdown, "q3.md");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var plan = result.Plan!;
        Assert.Equal("Acme Q3", plan.Organization.Name);
        Assert.Equal([("O1", "Delight customers", "customers recommend us"), ("O2", "Ship faster", null)], plan.Objectives.Select(o => (o.Id, o.Title, o.Description)));
        Assert.Equal(
            [("KR1.1", "Raise NPS from 30 to 45", 30.0, 45.0, null, "maria"), ("KR1.2", "Cut churn from 5% to 3%", 5.0, 3.0, "%", "bo"), ("KR1.3", "Grow ARR to $1.2M", null, 1_200_000.0, "$", null)],
            plan.Objectives[0].KeyResults.Select(k => (k.Id, k.Title, k.Baseline, k.Target!.Value, k.Unit, k.Owner)));
    }

    [Fact]
    public void TopLevelBulletsAreObjectivesWhenThereAreNoHeadings()
    {
        var result = MarkdownOkrReader.Read("- O3: Hire well\n  - KR: Grow the team to 12\n  - Offer acceptance rate\n", "okr.md");

        var objective = Assert.Single(result.Plan!.Objectives);
        Assert.Equal(("O3", "Hire well"), (objective.Id, objective.Title));
        Assert.Equal([("KR3.1", 12.0), ("KR3.2", (double?)null)], objective.KeyResults.Select(k => (k.Id, k.Target)));
        Assert.Contains(result.Diagnostics, d => d.ToString() == "okr.md:3:3: note: key result KR3.2 says no 'to <number>'; it has no target");
    }

    [Fact]
    public void MarkdownExportShowsProgressAndStatus()
    {
        var plan = MarkdownOkrReader.Read("## Grow\n- Raise NPS from 30 to 45\n", "okr.md").Plan!;
        plan.Objectives[0].KeyResults[0].CheckIns.Add(new CheckIn { Date = new DateOnly(2026, 3, 1), Value = 36 });

        var text = MarkdownOkrWriter.Write(plan, Today);

        Assert.Contains("| KR1.1: Raise NPS from 30 to 45 | 30 | 45 | 36 | 40% |", text, StringComparison.Ordinal);
        Assert.Contains("## O1: Grow", text, StringComparison.Ordinal);
    }
}
