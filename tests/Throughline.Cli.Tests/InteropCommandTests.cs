using Throughline.Core.Plans;

namespace Throughline.Cli.Tests;

public sealed class InteropCommandTests
{
    private const string Okrs = "# Acme\n\n## Objective: Delight customers\n\n- KR: Raise NPS from 30 to 45\n";

    private const string Stratml = """
        <PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport"><Name>P</Name><StrategicPlanCore>
        <Organization><Name>Acme</Name></Organization><Vision><Description>Clean power for every household</Description></Vision>
        <Goal><Name>Grow</Name><Description/><SequenceIndicator>1</SequenceIndicator>
        <Objective><Name>Sell more</Name><SequenceIndicator>1</SequenceIndicator><Bogus/></Objective></Goal>
        </StrategicPlanCore></PerformancePlanOrReport>
        """;

    [Fact]
    public void ImportStratmlWritesAPlanThatReadsBackAndReportsWhatItSkipped()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("plan.xml"), Stratml);

        var run = Cli.RunIn(temp.Path, Cli.Today, "import", "stratml", "plan.xml", "--out", "acme.plan.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["plan.xml:4:75: warning: <Bogus> is not expected in <Objective>; skipped"], run.ErrorLines);
        Assert.Equal(["Wrote acme.plan.yaml: 1 goal, 1 objective, 0 key results with 0 check-ins, 0 people, 0 units."], run.OutLines);
        Assert.Empty(PlanReader.Read(File.ReadAllText(temp.File("acme.plan.yaml")), "acme.plan.yaml").Errors);
    }

    [Fact]
    public void CheckReadsStratmlDirectly()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("plan.xml"), Stratml);

        var run = Cli.RunIn(temp.Path, Cli.Today, "check", "plan.xml", "--fail-on", "none");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("gap/objective-without-key-results", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedStratmlIsAnErrorWithItsLine()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("bad.xml"), "<StrategicPlan>\n<Name>x</Nam>");

        var run = Cli.RunIn(temp.Path, Cli.Today, "import", "stratml", "bad.xml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("bad.xml:2:10: error: not well-formed XML", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownImportThenExportAsCsvStratmlAndMarkdown()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("q3.md"), Okrs);
        Assert.Equal(0, Cli.RunIn(temp.Path, Cli.Today, "import", "markdown", "q3.md", "--out", "q3.plan.yaml").ExitCode);

        var csv = Cli.RunIn(temp.Path, Cli.Today, "export", "csv", "q3.plan.yaml");
        var xml = Cli.RunIn(temp.Path, Cli.Today, "export", "stratml", "q3.plan.yaml", "--out", "q3.xml");
        var markdown = Cli.RunIn(temp.Path, Cli.Today, "export", "markdown", "q3.plan.yaml", "--as-of", "2026-03-31");

        Assert.Equal("O1,Delight customers,,,,KR1.1,Raise NPS from 30 to 45,30,45,,,,", csv.OutLines[1]);
        Assert.Equal(0, xml.ExitCode);
        Assert.Contains("<MeasurementDimension>Raise NPS from 30 to 45</MeasurementDimension>", File.ReadAllText(temp.File("q3.xml")), StringComparison.Ordinal);
        Assert.Contains("As of 2026-03-31.", markdown.Out, StringComparison.Ordinal);
        File.WriteAllText(temp.File("q3.csv"), csv.Out);
        var back = Cli.RunIn(temp.Path, Cli.Today, "import", "csv", "q3.csv", "--out", "back.plan.yaml");
        Assert.Equal((0, ""), (back.ExitCode, back.Error));
    }

    [Fact]
    public void CsvImportReportsRowsAndColumns()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("okr.csv"), "objective;key result;target\nGrow;ARR;lots\n");

        var run = Cli.RunIn(temp.Path, Cli.Today, "import", "csv", "okr.csv", "--out", "okr.plan.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["okr.csv:2: warning: column 'target': 'lots' is not a number; left out: write a number such as 42 or 3.5"], run.ErrorLines);
    }
}
