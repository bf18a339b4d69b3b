using Throughline.Core.Interop;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Interop;

/// <summary>Small hand-made files, one per defect real StratML files have: the reader takes what it can and says what it did.</summary>
public sealed class StratmlDefectTests
{
    private const string Part2 = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";

    private const string Indicators = """
        <Goal><Name>Grow</Name><Description/><SequenceIndicator>1</SequenceIndicator>
        <Objective><Name>Sell more</Name><SequenceIndicator>1</SequenceIndicator>
        <Stakeholder StakeholderTypeType="Person"><Name>Ana Lima</Name><Role><Name>Lead</Name><RoleType>Performer</RoleType></Role></Stakeholder>
        <PerformanceIndicator><SequenceIndicator>1</SequenceIndicator><MeasurementDimension>Customers</MeasurementDimension><UnitOfMeasurement>accounts</UnitOfMeasurement>
        <MeasurementInstance>
        <TargetResult><EndDate>2026-12-31</EndDate><NumberOfUnits>500</NumberOfUnits></TargetResult>
        <ActualResult><EndDate>2026-01-31</EndDate><NumberOfUnits>100</NumberOfUnits></ActualResult>
        <ActualResult><EndDate>2026-06-30</EndDate><NumberOfUnits>260</NumberOfUnits><Description>Spring campaign</Description></ActualResult>
        </MeasurementInstance></PerformanceIndicator></Objective></Goal>
        """;

    private static ImportResult Read(string xml) => StratmlReader.Read(xml, "t.xml");

    private static string Plan(string root, string ns, string prefix = "") =>
        $"<{prefix}{root} xmlns{(prefix.Length > 0 ? ":" + prefix.TrimEnd(':') : "")}=\"{ns}\"><{prefix}Name>P</{prefix}Name><{prefix}StrategicPlanCore>" +
        $"<{prefix}Organization><{prefix}Name>Acme</{prefix}Name></{prefix}Organization>" +
        (prefix.Length > 0 ? Indicators.Replace("<", "<" + prefix, StringComparison.Ordinal).Replace("<" + prefix + "/", "</" + prefix, StringComparison.Ordinal) : Indicators) +
        $"</{prefix}StrategicPlanCore></{prefix}{root}>";

    [Theory]
    [InlineData("PerformancePlanOrReport", Part2, "")]
    [InlineData("StrategicPlan", "urn:ISO:std:iso:17469:tech:xsd:stratml_core", "")]
    [InlineData("PerformancePlanOrReport", Part2, "s:")]
    [InlineData("PerformancePlanOrReport", "", "")]
    public void IndicatorsBecomeKeyResultsInEitherPartWithOrWithoutNamespaceOrPrefix(string root, string ns, string prefix)
    {
        var result = Read(Plan(root, ns, prefix));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var objective = Assert.Single(result.Plan!.Objectives);
        Assert.Equal(("O1.1", "G1", "ana-lima"), (objective.Id, objective.ContributesTo[0].Id, objective.Owner));
        Assert.Equal(new DateOnly(2026, 12, 31), objective.Due);
        var keyResult = Assert.Single(objective.KeyResults);
        Assert.Equal(("KR1.1.1", "Customers", "accounts", 100.0, 500.0), (keyResult.Id, keyResult.Title, keyResult.Unit, keyResult.Baseline, keyResult.Target));
        Assert.Equal([(new DateOnly(2026, 1, 31), 100.0, null), (new DateOnly(2026, 6, 30), 260.0, "Spring campaign")], keyResult.CheckIns.Select(c => (c.Date, c.Value, c.Note)));
    }

    [Fact]
    public void AByteOrderMarkIsSkipped()
    {
        var result = Read("\uFEFF" + Plan("PerformancePlanOrReport", Part2));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void HandMadeIndicatorsSurviveExportAndImport()
    {
        var first = Read(Plan("PerformancePlanOrReport", Part2)).Plan!;

        var xml = StratmlWriter.Write(first);
        StratmlSchema.AssertValid(xml);
        var again = Read(xml).Plan!;

        var (a, b) = (first.Objectives[0].KeyResults[0], again.Objectives[0].KeyResults[0]);
        Assert.Equal((a.Id, a.Title, a.Unit, a.Baseline, a.Target), (b.Id, b.Title, b.Unit, b.Baseline, b.Target));
        Assert.Equal(a.CheckIns.Select(c => (c.Date, c.Value, c.Note)), b.CheckIns.Select(c => (c.Date, c.Value, c.Note)));
        Assert.Equal("ana-lima", again.Objectives[0].Owner);
    }

    [Theory]
    [InlineData("", "t.xml:1:1: error: the file is empty; a StratML file starts with <StrategicPlan> or <PerformancePlanOrReport>")]
    [InlineData("<Plan/>", "t.xml:1:2: error: <Plan> is not a StratML document; its root element must be <StrategicPlan> (Part 1) or <PerformancePlanOrReport> (Part 2)")]
    [InlineData("<StrategicPlan>\n<Name>x</Nam>", "t.xml:2:10: error: not well-formed XML")]
    public void UnreadableFilesGiveOneClearError(string xml, string expected)
    {
        var result = Read(xml);

        Assert.Null(result.Plan);
        Assert.StartsWith(expected, Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDefectIsReportedWithItsLineAndNothingStopsTheImport()
    {
        var xml = """
            <StrategicPlan>
            <StrategicPlanCore>
            <Goal><Description>Only a description</Description>
            <Objective><Name>Measure</Name><Surprise/>
            <PerformanceIndicator><MeasurementInstance>
            <TargetResult><EndDate>31/12/2026</EndDate><NumberOfUnits>lots</NumberOfUnits></TargetResult>
            <ActualResult><NumberOfUnits>7</NumberOfUnits></ActualResult>
            </MeasurementInstance></PerformanceIndicator>
            </Objective></Goal>
            </StrategicPlanCore>
            <AdministrativeInformation><StartDate>2026-13-01</StartDate></AdministrativeInformation>
            </StrategicPlan>
            """;

        var result = Read(xml);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [
                "t.xml:2:2: note: no organization name; named 'Imported organization'",
                "t.xml:3:2: note: no sequence indicator; id G1 made from its position",
                "t.xml:3:2: note: goal G1 has no name; its description is used as its title",
                "t.xml:4:2: note: no sequence indicator; id O1.1 made from its position",
                "t.xml:4:33: warning: <Surprise> is not expected in <Objective>; skipped",
                "t.xml:5:2: note: no sequence indicator; id KR1.1.1 made from its position",
                "t.xml:5:2: warning: indicator KR1.1.1 has no <MeasurementDimension> or <UnitOfMeasurement>; titled 'Indicator KR1.1.1'",
                "t.xml:6:45: warning: the <NumberOfUnits> 'lots' of KR1.1.1 is not a number; skipped",
                "t.xml:7:2: warning: an actual result of KR1.1.1 without a date (7); skipped, as a check-in needs a date",
                "t.xml:11:29: warning: the start date '2026-13-01' is not a date (YYYY-MM-DD); skipped",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("Only a description", result.Plan!.Goals[0].Title);
    }
}
