using System.Net;
using System.Text.Json;
using Throughline.Core.Plans;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Plans;

public abstract class PlanApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    [Fact]
    public async Task ExportOfAnImportedPlanWritesTheSamePlan()
    {
        await app.CreateOrganizationAsync("calder-export");
        var summary = await app.ImportPlanAsync("calder-export", Examples.Enterprise);
        Assert.False(summary.GetProperty("dryRun").GetBoolean());

        var exported = await app.ExportPlanAsync("calder-export");

        var expected = PlanWriter.Write(PlanReader.Read(Examples.Enterprise, "enterprise.plan.yaml").Plan!);
        Assert.Equal(expected, exported);
    }

    [Fact]
    public async Task ImportOfTheExportChangesNothing()
    {
        await app.CreateOrganizationAsync("calder-again");
        await app.ImportPlanAsync("calder-again", Examples.Enterprise);
        var exported = await app.ExportPlanAsync("calder-again");

        var again = await app.ImportPlanAsync("calder-again", exported);

        var changes = again.GetProperty("changes");
        Assert.Empty(changes.GetProperty("added").EnumerateArray());
        Assert.Empty(changes.GetProperty("changed").EnumerateArray());
        Assert.Empty(changes.GetProperty("removed").EnumerateArray());
        Assert.Equal(exported, await app.ExportPlanAsync("calder-again"));
    }

    [Fact]
    public async Task FirstImportAddsEveryItemAndCountsThePlan()
    {
        await app.CreateOrganizationAsync("tiny-first");

        var summary = await app.ImportPlanAsync("tiny-first", TinyPlans.Original);

        // organization, vision, G1, G2, O1, KR1: six items, all new.
        Assert.Equal(
            ["organization:organization", "vision:vision", "goal:G1", "goal:G2", "objective:O1", "key-result:KR1"],
            Refs(summary.GetProperty("changes").GetProperty("added")));
        var plan = summary.GetProperty("plan");
        Assert.Equal(2, plan.GetProperty("goals").GetInt32());
        Assert.Equal(1, plan.GetProperty("keyResults").GetInt32());
    }

    [Fact]
    public async Task DryRunSaysWhatWouldChangeAndWritesNothing()
    {
        await app.CreateOrganizationAsync("tiny-dry");
        await app.ImportPlanAsync("tiny-dry", TinyPlans.Original);
        var before = await app.ExportPlanAsync("tiny-dry");

        var summary = await app.ImportPlanAsync("tiny-dry", TinyPlans.Edited, dryRun: true);

        Assert.True(summary.GetProperty("dryRun").GetBoolean());
        var changes = summary.GetProperty("changes");
        Assert.Equal(["goal:G3"], Refs(changes.GetProperty("added")));
        Assert.Equal(["goal:G2"], Refs(changes.GetProperty("changed")));
        Assert.Equal(["objective:O1", "key-result:KR1"], Refs(changes.GetProperty("removed")));

        // organization, vision and G1 stay as they are.
        Assert.Equal(3, changes.GetProperty("unchanged").GetInt32());
        Assert.Equal(before, await app.ExportPlanAsync("tiny-dry"));
    }

    [Fact]
    public async Task RealImportOfTheEditReplacesThePlan()
    {
        await app.CreateOrganizationAsync("tiny-edit");
        await app.ImportPlanAsync("tiny-edit", TinyPlans.Original);

        await app.ImportPlanAsync("tiny-edit", TinyPlans.Edited);

        var exported = await app.ExportPlanAsync("tiny-edit");
        Assert.Contains("Keep every customer", exported, StringComparison.Ordinal);
        Assert.Contains("G3", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("O1", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidPlanIsRejectedWithEveryErrorAndChangesNothing()
    {
        await app.CreateOrganizationAsync("tiny-invalid");
        await app.ImportPlanAsync("tiny-invalid", TinyPlans.Original);
        var before = await app.ExportPlanAsync("tiny-invalid");

        var problem = await Http.Expect(await app.PutPlanAsync("tiny-invalid", TinyPlans.Invalid), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        var expected = PlanReader.Read(TinyPlans.Invalid, "tiny-invalid.plan.yaml").Errors;
        Assert.Equal(expected.Count, errors.Count);
        Assert.True(errors.Count >= 2, problem.ToString());

        // G9 on line 12 at column 22 ("    contributes_to: [G9]": the id starts after 21 characters), "lots" on line 16.
        Assert.Contains(errors, e => e.GetProperty("line").GetInt32() == 12 && e.GetProperty("column").GetInt32() == 22);
        Assert.Contains(errors, e => e.GetProperty("line").GetInt32() == 16);
        Assert.Equal(before, await app.ExportPlanAsync("tiny-invalid"));
    }

    [Fact]
    public async Task PlanInAnotherMediaTypeIsRefused()
    {
        await app.CreateOrganizationAsync("tiny-media");
        var response = await app.Client.PutAsync("/api/organizations/tiny-media/plan", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        await Http.Expect(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PlanLargerThanTheLimitIsRefusedAndChangesNothing()
    {
        await app.CreateOrganizationAsync("calder-limit");
        await app.ImportPlanAsync("calder-limit", TinyPlans.Original);
        var settings = new Dictionary<string, string?>(app.Database.Settings) { ["Limits:PlanBytes"] = "200" };
        await using var limited = Http.Start(settings);
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = app.Client.DefaultRequestHeaders.Authorization;

        var response = await client.PutAsync("/api/organizations/calder-limit/plan", new StringContent(TinyPlans.Edited, System.Text.Encoding.UTF8, "application/yaml"));

        var problem = await Http.Expect(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("200 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(PlanWriter.Write(PlanReader.Read(TinyPlans.Original, "tiny.plan.yaml").Plan!), await app.ExportPlanAsync("calder-limit"));
    }

    private static string[] Refs(JsonElement items) =>
        [.. items.EnumerateArray().Select(i => $"{i.GetProperty("kind").GetString()}:{i.GetProperty("id").GetString()}")];
}

public sealed class SqlitePlanApiTests(ThroughlineApp<SqliteTestDatabase> app) : PlanApiTests<SqliteTestDatabase>(app);

public sealed class PostgresPlanApiTests(ThroughlineApp<PostgresTestDatabase> app) : PlanApiTests<PostgresTestDatabase>(app);
