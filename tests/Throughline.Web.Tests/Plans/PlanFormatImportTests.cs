using System.Net;
using System.Text;
using System.Text.Json;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Plans;

/// <summary>Importing StratML, CSV and Markdown files through <c>PUT …/plan</c>: merged into the stored plan by default.</summary>
public abstract class PlanFormatImportTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    // A unit, two people, a goal, an objective with a key result and an initiative: what a CSV does not carry.
    private const string Stored = """
        throughline: 1
        organization:
          name: Formats Co
          units:
            - id: sales
              name: Sales
          people:
            - id: maria-chen
              name: Maria Chen
              unit: sales
        goals:
          - id: G1
            title: Grow revenue
        objectives:
          - id: O1
            title: Sell more plans
            contributes_to: [G1]
            owner: maria-chen
            key_results:
              - id: KR1.1
                title: Monthly revenue
                baseline: 0
                target: 10
        initiatives:
          - id: I1
            title: Launch the partner program
            supports: [O1]
        """;

    // Two objectives, three key results, no ids: the importer makes up O1, KR1.1, … and the merge finds them free ids.
    private const string TwoObjectives = """
        objective,owner,due,key result,baseline,target,unit of measure
        Win new markets,Maria Chen,2026-12-31,Customers in Spain,0,40,customers
        Win new markets,,,Partners signed,2,10,
        Cut support load,Bo Lind,2026-09-30,Tickets per week,120,60,
        """;

    [Fact]
    public async Task CsvDryRunListsExactlyTheNewObjectivesKeyResultsAndOwner()
    {
        await SeedAsync("csv-dry");
        var before = await app.ExportPlanAsync("csv-dry");

        var summary = await Expect(await PutAsync("csv-dry", TwoObjectives, "text/csv", "?dryRun=true"));

        Assert.True(summary.GetProperty("dryRun").GetBoolean());
        Assert.Equal("csv", summary.GetProperty("format").GetString());
        Assert.Equal("merge", summary.GetProperty("mode").GetString());
        var changes = summary.GetProperty("changes");

        // O1 and KR1.1 are the plan's: the file's first objective becomes O2, its second O3, their key results follow.
        Assert.Equal(
            ["key-result:KR2.1", "key-result:KR2.2", "key-result:KR3.1", "objective:O2", "objective:O3", "person:bo-lind"],
            Refs(changes.GetProperty("added")).Order(StringComparer.Ordinal));
        Assert.Empty(changes.GetProperty("changed").EnumerateArray());
        Assert.Empty(changes.GetProperty("removed").EnumerateArray());

        // organization, sales, maria-chen, G1, O1, KR1.1, I1.
        Assert.Equal(7, changes.GetProperty("unchanged").GetInt32());
        Assert.Equal(3, summary.GetProperty("plan").GetProperty("objectives").GetInt32());
        Assert.Equal(before, await app.ExportPlanAsync("csv-dry"));
    }

    [Fact]
    public async Task CsvImportAddsItemsWithTheirValuesAndKeepsTheRestOfThePlan()
    {
        var original = await SeedAsync("csv-apply");

        await Expect(await PutAsync("csv-apply", TwoObjectives, "text/csv"));

        var plan = await StoredAsync("csv-apply");
        var markets = Objective(plan, "O2");
        Assert.Equal("Win new markets", markets.Title);
        Assert.Equal("maria-chen", markets.Owner);
        Assert.Equal(new DateOnly(2026, 12, 31), markets.Due);
        Assert.Equal(
            [("KR2.1", "Customers in Spain", 0.0, 40.0), ("KR2.2", "Partners signed", 2.0, 10.0)],
            markets.KeyResults.Select(k => (k.Id, k.Title, k.Baseline!.Value, k.Target!.Value)));
        Assert.Equal("customers", markets.KeyResults[0].Unit);
        var support = Objective(plan, "O3");
        Assert.Equal("bo-lind", support.Owner);
        Assert.Equal((120.0, 60.0), (support.KeyResults.Single().Baseline!.Value, support.KeyResults.Single().Target!.Value));
        Assert.Contains(plan.Organization.People, p => p is { Id: "bo-lind", Name: "Bo Lind" });

        // Everything the plan held before is as it was: the file only added.
        plan.Objectives.RemoveAll(o => o.Id is "O2" or "O3");
        plan.Organization.People.RemoveAll(p => p.Id == "bo-lind");
        Assert.Equal(PlanWriter.Write(original), PlanWriter.Write(plan));
    }

    [Fact]
    public async Task TheSameCsvImportedAgainChangesNothing()
    {
        await SeedAsync("csv-again");
        await Expect(await PutAsync("csv-again", TwoObjectives, "text/csv"));
        var once = await app.ExportPlanAsync("csv-again");

        var again = await Expect(await PutAsync("csv-again", TwoObjectives, "text/csv"));

        // Objectives and key results without ids in the file are found again by their titles.
        var changes = again.GetProperty("changes");
        Assert.Empty(changes.GetProperty("added").EnumerateArray());
        Assert.Empty(changes.GetProperty("changed").EnumerateArray());
        Assert.Empty(changes.GetProperty("removed").EnumerateArray());
        Assert.Equal(once, await app.ExportPlanAsync("csv-again"));
    }

    [Fact]
    public async Task CsvWithIdsUpdatesTheNamedKeyResultAndChecksIn()
    {
        await SeedAsync("csv-ids");
        const string csv = """
            objective id,objective,key result id,key result,target,current,as of
            O1,Sell more plans,KR1.1,Monthly revenue,12,5,2026-03-31
            """;

        var summary = await Expect(await PutAsync("csv-ids", csv, "text/plain", "?format=csv"));

        var changes = summary.GetProperty("changes");
        Assert.Empty(changes.GetProperty("added").EnumerateArray());
        Assert.Equal(["key-result:KR1.1"], Refs(changes.GetProperty("changed")));
        var keyResult = Objective(await StoredAsync("csv-ids"), "O1").KeyResults.Single();
        Assert.Equal((0.0, 12.0), (keyResult.Baseline!.Value, keyResult.Target!.Value));
        Assert.Equal([(new DateOnly(2026, 3, 31), 5.0)], keyResult.CheckIns.Select(c => (c.Date, c.Value)));
    }

    [Fact]
    public async Task StratmlPerformancePlanAddsGoalObjectiveKeyResultAndCheckIns()
    {
        await SeedAsync("stratml");
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Performance_Plan">
              <Name>Formats plan</Name>
              <Organization><Name>Formats Co</Name></Organization>
              <Goal>
                <Name>Open new markets</Name>
                <SequenceIndicator>7</SequenceIndicator>
                <Objective>
                  <Name>Enter Spain</Name>
                  <SequenceIndicator>1</SequenceIndicator>
                  <PerformanceIndicator>
                    <SequenceIndicator>1</SequenceIndicator>
                    <MeasurementDimension>Customers in Spain</MeasurementDimension>
                    <UnitOfMeasurement>customers</UnitOfMeasurement>
                    <MeasurementInstance>
                      <TargetResult><EndDate>2026-12-31</EndDate><NumberOfUnits>40</NumberOfUnits></TargetResult>
                      <ActualResult><EndDate>2026-01-31</EndDate><NumberOfUnits>3</NumberOfUnits></ActualResult>
                      <ActualResult><EndDate>2026-02-28</EndDate><NumberOfUnits>9</NumberOfUnits><Description>Two resellers</Description></ActualResult>
                    </MeasurementInstance>
                  </PerformanceIndicator>
                </Objective>
              </Goal>
            </PerformancePlanOrReport>
            """;

        var summary = await Expect(await PutAsync("stratml", xml, "application/xml"));

        Assert.Equal("stratml", summary.GetProperty("format").GetString());
        var changes = summary.GetProperty("changes");
        Assert.Equal(["goal:G7", "key-result:KR7.1.1", "objective:O7.1"], Refs(changes.GetProperty("added")).Order(StringComparer.Ordinal));
        Assert.Empty(changes.GetProperty("removed").EnumerateArray());
        var plan = await StoredAsync("stratml");
        Assert.Equal("Open new markets", plan.Goals.Single(g => g.Id == "G7").Title);
        var objective = Objective(plan, "O7.1");
        Assert.Equal("Enter Spain", objective.Title);
        Assert.Equal(["G7"], objective.ContributesTo.Select(c => c.Id));
        var keyResult = objective.KeyResults.Single();
        Assert.Equal(("Customers in Spain", 40.0), (keyResult.Title, keyResult.Target!.Value));
        Assert.Equal(
            [(new DateOnly(2026, 1, 31), 3.0, (string?)null), (new DateOnly(2026, 2, 28), 9.0, "Two resellers")],
            keyResult.CheckIns.Select(c => (c.Date, c.Value, c.Note)));
        Assert.Contains(plan.Initiatives, i => i.Id == "I1");
    }

    [Fact]
    public async Task MarkdownOkrsAreMergedAndTheOwnerIsThePlansPerson()
    {
        await SeedAsync("markdown");
        const string markdown = """
            # Formats Co: Q3 2026

            ## Objective: Delight customers => customers recommend us

            - KR: @maria-chen: Raise NPS from 30 to 45
            - KR: Cut monthly churn from 5% to 3%
            """;

        var summary = await Expect(await PutAsync("markdown", markdown, "text/markdown"));

        Assert.Equal(
            ["key-result:KR2.1", "key-result:KR2.2", "objective:O2"],
            Refs(summary.GetProperty("changes").GetProperty("added")).Order(StringComparer.Ordinal));
        var objective = Objective(await StoredAsync("markdown"), "O2");
        Assert.Equal(("Delight customers", "customers recommend us"), (objective.Title, objective.Description));
        Assert.Equal(("maria-chen", 30.0, 45.0), (objective.KeyResults[0].Owner, objective.KeyResults[0].Baseline!.Value, objective.KeyResults[0].Target!.Value));
        Assert.Equal(("%", 5.0, 3.0), (objective.KeyResults[1].Unit, objective.KeyResults[1].Baseline!.Value, objective.KeyResults[1].Target!.Value));
    }

    [Fact]
    public async Task BrokenCsvRowIsAProblemWithItsRowAndChangesNothing()
    {
        await SeedAsync("csv-broken");
        var before = await app.ExportPlanAsync("csv-broken");

        // Row 3 gives the id of row 2's key result to another one.
        const string csv = """
            objective id,objective,key result id,key result,target
            O5,Grow abroad,KR5.1,Customers abroad,10
            O5,Grow abroad,KR5.1,Partners abroad,5
            """;
        var problem = await Http.Expect(await PutAsync("csv-broken", csv, "text/csv"), HttpStatusCode.BadRequest);

        Assert.Equal("The plan file is not valid.", problem.GetProperty("title").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Contains("KR5.1", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("csv-broken.csv:3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.ExportPlanAsync("csv-broken"));
    }

    [Fact]
    public async Task AmbiguousDateIsAWarningInTheAnswerWithItsRow()
    {
        await SeedAsync("csv-date");
        const string csv = """
            objective,due,key result,target
            Open a second office,03/04/2026,Desks filled,12
            """;

        var summary = await Expect(await PutAsync("csv-date", csv, "text/csv", "?dryRun=true"));

        var note = Assert.Single(summary.GetProperty("notes").EnumerateArray(), n => n.GetProperty("severity").GetString() == "warning");
        Assert.Equal("csv-date.csv", note.GetProperty("file").GetString());
        Assert.Equal((2, 0), (note.GetProperty("line").GetInt32(), note.GetProperty("column").GetInt32()));
        Assert.Contains("'03/04/2026' could be day/month or month/day", note.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["key-result:KR2.1", "objective:O2"], Refs(summary.GetProperty("changes").GetProperty("added")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReplaceModeMakesTheFileTheWholePlan()
    {
        await SeedAsync("csv-replace");

        var summary = await Expect(await PutAsync("csv-replace", TwoObjectives, "text/csv", "?mode=replace&dryRun=true"));

        Assert.Equal("replace", summary.GetProperty("mode").GetString());
        var removed = Refs(summary.GetProperty("changes").GetProperty("removed"));
        Assert.Contains("initiative:I1", removed);
        Assert.Contains("unit:sales", removed);
        Assert.Contains("goal:G1", removed);
    }

    [Fact]
    public async Task FormatParameterWinsOverTheMediaTypeAndBadValuesAreRefused()
    {
        await SeedAsync("csv-params");

        // text/markdown says Markdown, ?format=csv says CSV: read as CSV.
        var summary = await Expect(await PutAsync("csv-params", TwoObjectives, "text/markdown", "?format=csv&dryRun=true"));
        Assert.Equal("csv", summary.GetProperty("format").GetString());

        var badFormat = await Http.Expect(await PutAsync("csv-params", TwoObjectives, "text/csv", "?format=excel"), HttpStatusCode.BadRequest);
        Assert.True(badFormat.GetProperty("errors").TryGetProperty("format", out _), badFormat.ToString());
        var yamlMerge = await Http.Expect(await PutAsync("csv-params", Stored, "application/yaml", "?mode=merge"), HttpStatusCode.BadRequest);
        Assert.True(yamlMerge.GetProperty("errors").TryGetProperty("mode", out _), yamlMerge.ToString());
    }

    private async Task<Plan> SeedAsync(string slug)
    {
        await app.CreateOrganizationAsync(slug, "Formats Co");
        await app.ImportPlanAsync(slug, Stored);
        return await StoredAsync(slug);
    }

    private async Task<Plan> StoredAsync(string slug)
    {
        var read = PlanReader.Read(await app.ExportPlanAsync(slug), slug + ".plan.yaml");
        Assert.True(read.Succeeded, string.Join('\n', read.Errors));
        return read.Plan!;
    }

    private Task<HttpResponseMessage> PutAsync(string slug, string body, string mediaType, string query = "") =>
        app.Client.PutAsync($"/api/organizations/{slug}/plan{query}", new StringContent(body, Encoding.UTF8, mediaType));

    private static Task<JsonElement> Expect(HttpResponseMessage response) => Http.Expect(response, HttpStatusCode.OK);

    private static Objective Objective(Plan plan, string id) =>
        plan.Objectives.SingleOrDefault(o => o.Id == id) ?? throw new Xunit.Sdk.XunitException($"no objective {id}: {string.Join(", ", plan.Objectives.Select(o => o.Id))}");

    private static string[] Refs(JsonElement items) =>
        [.. items.EnumerateArray().Select(i => $"{i.GetProperty("kind").GetString()}:{i.GetProperty("id").GetString()}")];
}

public sealed class SqlitePlanFormatImportTests(ThroughlineApp<SqliteTestDatabase> app) : PlanFormatImportTests<SqliteTestDatabase>(app);

public sealed class PostgresPlanFormatImportTests(ThroughlineApp<PostgresTestDatabase> app) : PlanFormatImportTests<PostgresTestDatabase>(app);
