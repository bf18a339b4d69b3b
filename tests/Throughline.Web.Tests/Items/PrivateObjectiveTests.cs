using System.Net;
using System.Text.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Items;

/// <summary>A private objective is seen by its owner, the owner's managers, admins and owners, and by nobody else anywhere.</summary>
public abstract class PrivateObjectiveTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    // ben reports to ana; cara is in the same unit as ana but manages nobody.
    private static readonly string Plan = ItemPlans.Small
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

    private async Task<(HttpClient Manager, HttpClient Peer, HttpClient Owner)> SetUpAsync(string slug)
    {
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, Plan);
        return (await app.MemberAsync(slug, $"ana@{slug}.example", "viewer", "ana"),
            await app.MemberAsync(slug, $"cara@{slug}.example", "leader", "cara"),
            await app.MemberAsync(slug, $"ben@{slug}.example", "member", "ben"));
    }

    [Fact]
    public async Task OwnerAndManagersSeeItOthersGetNotFound()
    {
        var (manager, peer, owner) = await SetUpAsync("private-read");
        const string url = "/api/organizations/private-read/objectives/O2";

        await Http.Expect(await owner.GetAsync(url), HttpStatusCode.OK);
        await Http.Expect(await manager.GetAsync(url), HttpStatusCode.OK);
        await Http.Expect(await app.Client.GetAsync(url), HttpStatusCode.OK);
        var hidden = await Http.Expect(await peer.GetAsync(url), HttpStatusCode.NotFound);
        var missing = await Http.Expect(await peer.GetAsync("/api/organizations/private-read/objectives/O404"), HttpStatusCode.NotFound);
        Assert.Equal(hidden.GetProperty("title").GetString(), missing.GetProperty("title").GetString());
        await Http.Expect(await peer.GetAsync("/api/organizations/private-read/key-results/KR9"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListsFindingsAndTheAlignmentTreeLeaveItOut()
    {
        var (manager, peer, _) = await SetUpAsync("private-lists");
        const string org = "/api/organizations/private-lists";

        Assert.Equal(["O1"], Ids(await Http.Expect(await peer.GetAsync($"{org}/objectives"), HttpStatusCode.OK)));
        Assert.Equal(["O1", "O2"], Ids(await Http.Expect(await manager.GetAsync($"{org}/objectives"), HttpStatusCode.OK)));

        // O2 has no work: the engine finds that, but only those who may see O2 are told.
        var all = await Http.Expect(await manager.GetAsync($"{org}/findings?family=gap"), HttpStatusCode.OK);
        Assert.Contains(all.GetProperty("findings").EnumerateArray(), f => f.GetProperty("subjectId").GetString() == "O2");
        var peers = await Http.Expect(await peer.GetAsync($"{org}/findings?family=gap"), HttpStatusCode.OK);
        Assert.DoesNotContain(peers.GetProperty("findings").EnumerateArray(), f => f.GetProperty("subjectId").GetString() is "O2" or "KR9");

        var tree = await Http.Expect(await peer.GetAsync($"{org}/alignment"), HttpStatusCode.OK);
        Assert.Equal(["O1"], tree.GetProperty("goals")[0].GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        await Http.Expect(await peer.GetAsync($"{org}/report"), HttpStatusCode.Forbidden);
        await Http.Expect(await manager.GetAsync($"{org}/report"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task AFindingThatNamesItIsLeftOutToo()
    {
        // KR10 of Operations and the private KR9 of Sales measure the same metric and pull against each other: the
        // finding is about KR10, which everyone may see, but its message names KR9.
        const string slug = "private-named";
        var plan = Plan
            .Replace("title: Replace the sales lead\n", "title: Replace the sales lead\n    unit: sales\n", StringComparison.Ordinal)
            .Replace("{ id: KR9, title: Candidates interviewed, baseline: 0, target: 5, owner: ben }",
                "{ id: KR9, title: Candidates interviewed, metric: open roles, baseline: 0, target: 5, owner: ben }", StringComparison.Ordinal)
            .Replace("initiatives:\n", """
                  - id: O3
                    title: Fewer open roles in operations
                    owner: ana
                    unit: ops
                    contributes_to: [G1]
                    key_results:
                      - { id: KR10, title: Open roles, metric: open roles, baseline: 10, target: 2, owner: ana }
                initiatives:

                """, StringComparison.Ordinal);
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, plan);
        var manager = await app.MemberAsync(slug, $"ana@{slug}.example", "viewer", "ana");
        var peer = await app.MemberAsync(slug, $"cara@{slug}.example", "leader", "cara");
        const string url = $"/api/organizations/{slug}/findings?family=silo";

        var seen = await Http.Expect(await manager.GetAsync(url), HttpStatusCode.OK);
        Assert.Contains(seen.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("ruleId").GetString() == "silo/conflicting-key-results" && f.GetProperty("subjectId").GetString() == "KR10"
            && f.GetProperty("message").GetString()!.Contains("KR9", StringComparison.Ordinal));
        var kept = await Http.Expect(await peer.GetAsync(url), HttpStatusCode.OK);
        Assert.DoesNotContain(kept.GetProperty("findings").EnumerateArray(), f => f.GetProperty("subjectId").GetString() == "KR10");
        Assert.DoesNotContain("KR9", kept.ToString(), StringComparison.Ordinal);
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}

public sealed class SqlitePrivateObjectiveTests(ThroughlineApp<SqliteTestDatabase> app) : PrivateObjectiveTests<SqliteTestDatabase>(app);

public sealed class PostgresPrivateObjectiveTests(ThroughlineApp<PostgresTestDatabase> app) : PrivateObjectiveTests<PostgresTestDatabase>(app);
