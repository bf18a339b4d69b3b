using System.Net;
using System.Text.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Analysis;

/// <summary>Findings, scores and the report of the Calder plan, as of the date its comments describe.</summary>
public abstract class AnalysisApiTests<TDatabase> : IClassFixture<ThroughlineApp<TDatabase>>, IAsyncLifetime
    where TDatabase : ITestDatabase, new()
{
    private const string Calder = "/api/organizations/calder-analysis";
    private readonly ThroughlineApp<TDatabase> app;

    protected AnalysisApiTests(ThroughlineApp<TDatabase> app) => this.app = app;

    public async Task InitializeAsync()
    {
        var existing = await app.Client.GetAsync(Calder);
        if (existing.StatusCode == HttpStatusCode.NotFound)
        {
            await app.CreateOrganizationAsync("calder-analysis");
            await app.ImportPlanAsync("calder-analysis", Examples.Enterprise);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GapFamilyHoldsTheFourGapsThePlanWasWrittenToShow()
    {
        var body = await app.GetJsonAsync($"{Calder}/findings?family=gap&asOf=2026-11-15");

        // The example's header: O15 has no key results, O6 no work, I24 supports nothing, G2 is carried by Commercial alone.
        Assert.Equal(
            ["gap/goal-single-unit:G2", "gap/objective-without-key-results:O15", "gap/objective-without-work:O6", "gap/orphan-initiative:I24"],
            Findings(body).Order(StringComparer.Ordinal));
        Assert.Equal(4, body.GetProperty("count").GetInt32());
        Assert.Equal("2026-11-15", body.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task SeverityFilterKeepsThatSeverityAndAbove()
    {
        var all = await app.GetJsonAsync($"{Calder}/findings?asOf=2026-11-15");
        var errors = await app.GetJsonAsync($"{Calder}/findings?severity=error&asOf=2026-11-15");

        var expected = all.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "error");
        Assert.True(expected > 0, "the plan raises tracking/stale to error, so some finding should be an error");
        Assert.Equal(expected, errors.GetProperty("count").GetInt32());
        Assert.All(errors.GetProperty("findings").EnumerateArray(), f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        Assert.True(all.GetProperty("count").GetInt32() > expected);
    }

    [Theory]
    [InlineData("findings?severity=loud", "severity")]
    [InlineData("findings?family=nonsense", "family")]
    [InlineData("findings?asOf=15/11/2026", "asOf")]
    [InlineData("scores?asOf=yesterday", "asOf")]
    [InlineData("report?format=pdf", "format")]
    public async Task BadQueryParameterIsNamedInTheProblem(string query, string field)
    {
        var problem = await app.GetJsonAsync($"{Calder}/{query}", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ScoresCountTheFindingsByFamily()
    {
        var scores = await app.GetJsonAsync($"{Calder}/scores?asOf=2026-11-15");

        Assert.Equal(4, scores.GetProperty("findingsByFamily").GetProperty("gap").GetInt32());
        var coverage = scores.GetProperty("lineOfSightCoverage").GetDouble();
        Assert.InRange(coverage, 0.0, 1.0);
    }

    [Theory]
    [InlineData("html", "text/html", "<!DOCTYPE html>")]
    [InlineData("markdown", "text/markdown", "# ")]
    [InlineData("json", "application/json", "{")]
    public async Task ReportComesInEachFormat(string format, string mediaType, string start)
    {
        var response = await app.Client.GetAsync($"{Calder}/report?format={format}&asOf=2026-11-15");
        var body = await Http.ExpectText(response, HttpStatusCode.OK);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(start, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Calder Energy Systems", body, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Findings(JsonElement body) =>
        body.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("ruleId").GetString()}:{f.GetProperty("subjectId").GetString()}");
}

public sealed class SqliteAnalysisApiTests(ThroughlineApp<SqliteTestDatabase> app) : AnalysisApiTests<SqliteTestDatabase>(app);

public sealed class PostgresAnalysisApiTests(ThroughlineApp<PostgresTestDatabase> app) : AnalysisApiTests<PostgresTestDatabase>(app);
