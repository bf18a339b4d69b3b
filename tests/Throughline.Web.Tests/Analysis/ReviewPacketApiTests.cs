using System.Net;
using Throughline.Web.Tests.Infrastructure;
using Throughline.Web.Tests.Items;

namespace Throughline.Web.Tests.Analysis;

/// <summary>The review packet from the server: the Calder plan's packet, its options, and the same permissions as the report.</summary>
public abstract class ReviewPacketApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    // ben reports to ana; cara is in another unit and manages nobody. O2 is ben's private objective.
    // Callers: cara (member), dan (member with a read-only token, no person) and ana (viewer, read-only token).
    private static readonly string PrivatePlan = ItemPlans.Small
        .Replace("    - { id: ben, name: Ben Okafor, unit: sales, manager: ana }",
            "    - { id: ben, name: Ben Okafor, unit: sales, manager: ana }\n    - { id: cara, name: Cara Lind, unit: ops }", StringComparison.Ordinal)
        .Replace("initiatives:\n", """
              - id: O2
                title: Replace the sales lead
                owner: ben
                contributes_to: [G1]
                x-private: true
                key_results:
                  - { id: KR9, title: Candidates interviewed, baseline: 0, target: 5, owner: ben }
            initiatives:

            """, StringComparison.Ordinal);

    [Fact]
    public async Task PacketIsPrintableHtmlWithTheChartLibraryInline()
    {
        await app.CreateOrganizationAsync("packet-calder");
        await app.ImportPlanAsync("packet-calder", Examples.Enterprise);

        var response = await app.Client.GetAsync("/api/organizations/packet-calder/report?format=packet&asOf=2026-11-15");
        var body = await Http.ExpectText(response, HttpStatusCode.OK);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<!DOCTYPE html>", body, StringComparison.Ordinal);
        Assert.Contains("<p class=\"quarter\">2026 Q4 · 2026-10-01 to 2026-12-31</p>", body, StringComparison.Ordinal);
        Assert.Contains("<section id=\"decisions\">", body, StringComparison.Ordinal);
        Assert.Contains("size: A4;", body, StringComparison.Ordinal);

        // The library the pages load from /assets/ is the one inlined, whole.
        var library = await Http.ExpectText(await app.Client.GetAsync("/assets/echarts.min.js"), HttpStatusCode.OK);
        Assert.True(library.Length > 100_000);
        Assert.Contains(library.Trim(), body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuarterAndPaperAreOptions()
    {
        await app.CreateOrganizationAsync("packet-options");
        await app.ImportPlanAsync("packet-options", Examples.Enterprise);
        const string url = "/api/organizations/packet-options/report?format=packet&asOf=2026-11-15";

        var third = await Http.ExpectText(await app.Client.GetAsync($"{url}&quarter=2026Q3&paper=letter"), HttpStatusCode.OK);
        Assert.Contains("<p class=\"quarter\">2026 Q3 · 2026-07-01 to 2026-09-30</p>", third, StringComparison.Ordinal);
        Assert.Contains("size: letter;", third, StringComparison.Ordinal);

        foreach (var (query, field) in new[] { ("quarter=2026Q5", "quarter"), ("quarter=2027Q1", "quarter"), ("paper=a3", "paper"), ("paper=1", "paper") })
        {
            var problem = await app.GetJsonAsync($"{url}&{query}", HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
    }

    [Fact]
    public async Task CallersWhoMayNotSeeEveryPrivateObjectiveAreRefusedAsForTheHtmlReport()
    {
        const string slug = "packet-private";
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, PrivatePlan);
        var manager = await app.MemberAsync(slug, $"ana@{slug}.example", "viewer", "ana", scope: "read");
        var peer = await app.MemberAsync(slug, $"cara@{slug}.example", "member", "cara");
        var reader = await app.MemberAsync(slug, $"dan@{slug}.example", "member", scope: "read");
        const string org = $"/api/organizations/{slug}/report";

        foreach (var caller in new[] { peer, reader })
        {
            await Http.ExpectText(await caller.GetAsync($"{org}?format=html"), HttpStatusCode.Forbidden);
            var refused = await Http.Expect(await caller.GetAsync($"{org}?format=packet"), HttpStatusCode.Forbidden);
            Assert.Contains("private objectives", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // A read-only token of ana, who manages O2's owner and so may see it, reads both.
        await Http.ExpectText(await manager.GetAsync($"{org}?format=html"), HttpStatusCode.OK);
        var packet = await Http.ExpectText(await manager.GetAsync($"{org}?format=packet"), HttpStatusCode.OK);
        Assert.Contains("Replace the sales lead", packet, StringComparison.Ordinal);
    }
}

public sealed class SqliteReviewPacketApiTests(ThroughlineApp<SqliteTestDatabase> app) : ReviewPacketApiTests<SqliteTestDatabase>(app);

public sealed class PostgresReviewPacketApiTests(ThroughlineApp<PostgresTestDatabase> app) : ReviewPacketApiTests<PostgresTestDatabase>(app);
