using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Messages;

/// <summary>
/// The communication findings beside the engine's in <c>GET …/findings</c>, filtered like them and set by the plan's
/// <c>rules:</c> section. On examples/enterprise.plan.yaml a message on G1 leaves Commercial, People &amp; Culture and
/// Finance without examples at each of their three levels: nine <c>communication/no-examples</c> findings.
/// </summary>
public abstract class CommunicationFindingsTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Slug = "communication-findings";
    private const string Findings = $"/api/organizations/{Slug}/findings";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task CommunicationFindingsAreFilteredLikeTheEnginesAndSetByThePlan()
    {
        await app.CreateOrganizationAsync(Slug);
        await app.ImportPlanAsync(Slug, Examples.Enterprise);
        var rajesh = await app.MemberAsync(Slug, "rajesh@findings.test", "leader", "rajesh");
        var tariq = await app.MemberAsync(Slug, "tariq@findings.test", "member", "tariq");
        var engine = (await Http.Expect(await tariq.GetAsync(new Uri(Findings, UriKind.Relative)), HttpStatusCode.OK)).GetProperty("count").GetInt32();

        var messages = $"/api/organizations/{Slug}/messages";
        await Http.Expect(await rajesh.PostAsJsonAsync(messages, new { title = "Natural refrigerants first", why = "F-gas", whatChanges = "R290 first", goals = new[] { "G1" } }), HttpStatusCode.Created);

        var all = await Http.Expect(await tariq.GetAsync(new Uri(Findings, UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal(engine + 9, all.GetProperty("count").GetInt32());
        var communication = await FindingsAsync(tariq, "?family=communication");
        Assert.Equal(
            new[] { "commercial", "people", "finance" }.SelectMany(d => new[] { "executive", "manager", "frontline" }.Select(l => $"1/{d}/{l}")),
            communication.Select(f => f.Subject));
        Assert.All(communication, f => Assert.Equal(("communication/no-examples", "warning", "talking-points"), (f.Rule, f.Severity, f.Kind)));

        // The unit filter takes the department; Product & Engineering named its own work, so it has none.
        Assert.Equal(["1/commercial/executive", "1/commercial/manager", "1/commercial/frontline"],
            (await FindingsAsync(tariq, "?family=communication&unit=commercial")).Select(f => f.Subject));
        Assert.Empty(await FindingsAsync(tariq, "?family=communication&unit=product-eng"));
        Assert.Empty(await FindingsAsync(tariq, "?family=communication&severity=error"));
        Assert.DoesNotContain(await FindingsAsync(tariq, "?family=tracking"), f => f.Rule.StartsWith("communication/", StringComparison.Ordinal));

        // The plan's rules: section raises no-examples to error and gives unacknowledged three days instead of seven.
        var rules = "  communication/no-examples: error\n  communication/unacknowledged: { days: 3 }\n";
        await app.ImportPlanAsync(Slug, Examples.Enterprise.Replace("rules:\n", "rules:\n" + rules, StringComparison.Ordinal));
        var raised = await FindingsAsync(tariq, "?family=communication&severity=error");
        Assert.Equal(9, raised.Count);
        Assert.All(raised, f => Assert.Equal(("communication/no-examples", "error"), (f.Rule, f.Severity)));

        await Http.Expect(await rajesh.PostAsync(new Uri($"{messages}/1/talking-points/product-eng/manager/release", UriKind.Relative), null), HttpStatusCode.OK);
        Assert.DoesNotContain(await FindingsAsync(tariq, $"?family=communication&asOf={Day(Today.AddDays(2))}"), f => f.Rule == "communication/unacknowledged");
        Assert.Equal(["1/product-eng/manager"],
            (await FindingsAsync(tariq, $"?family=communication&asOf={Day(Today.AddDays(3))}")).Where(f => f.Rule == "communication/unacknowledged").Select(f => f.Subject));

        // Switched off, a rule reports nothing.
        await app.ImportPlanAsync(Slug, Examples.Enterprise.Replace("rules:\n", "rules:\n  communication/no-examples: off\n", StringComparison.Ordinal));
        Assert.DoesNotContain(await FindingsAsync(tariq, "?family=communication"), f => f.Rule == "communication/no-examples");

        // A misspelt rule in the plan is an error that names its line and the rule meant.
        var typo = await app.PutPlanAsync(Slug, Examples.Enterprise.Replace("rules:\n", "rules:\n  communication/no-example: off\n", StringComparison.Ordinal));
        var problem = await Http.ExpectText(typo, HttpStatusCode.BadRequest);
        Assert.Contains("communication/no-examples", problem, StringComparison.Ordinal);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<(string Rule, string Severity, string Kind, string Subject)>> FindingsAsync(HttpClient client, string query)
    {
        var answer = await Http.Expect(await client.GetAsync(new Uri(Findings + query, UriKind.Relative)), HttpStatusCode.OK);
        return [.. answer.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("subjectKind").GetString()!, f.GetProperty("subjectId").GetString()!))];
    }
}

public sealed class SqliteCommunicationFindingsTests(ThroughlineApp<SqliteTestDatabase> app) : CommunicationFindingsTests<SqliteTestDatabase>(app);

public sealed class PostgresCommunicationFindingsTests(ThroughlineApp<PostgresTestDatabase> app) : CommunicationFindingsTests<PostgresTestDatabase>(app);
