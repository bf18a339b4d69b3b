using System.Net;
using System.Net.Http.Json;
using Throughline.Web.Tests.Infrastructure;
using Throughline.Web.Wins;

namespace Throughline.Web.Tests.Notifications;

/// <summary>Wins come from the analysis, newest first, and each person gives kudos on a win once.</summary>
public abstract class WinsTests<TDatabase> : IClassFixture<ThroughlineApp<TDatabase>>, IAsyncLifetime
    where TDatabase : ITestDatabase, new()
{
    private const string Slug = "wins";

    // KR1 reached its target on 2026-11-05: achieved. KR2 is at 2 of 10 on 2026-11-12: 0.2. O1 is the mean,
    // (1 + 0.2) / 2 = 0.6: past 50% since KR2's check-in on 2026-11-12, and so is G1, which only O1 carries.
    // I1 was done on 2026-11-01; I2 is still active.
    private const string Plan = """
        throughline: 1
        organization:
          name: Wins Co
          people:
            - { id: ana, name: Ana Silva }
        vision:
          statement: Heat without fire
        goals:
          - id: G1
            title: Grow
        objectives:
          - id: O1
            title: Sign installers
            contributes_to: [G1]
            owner: ana
            start: 2026-10-01
            due: 2027-06-30
            key_results:
              - id: KR1
                title: Installers trained
                baseline: 0
                target: 10
                checkins:
                  - { date: 2026-11-05, value: 10 }
              - id: KR2
                title: Installers signed
                baseline: 0
                target: 10
                checkins:
                  - { date: 2026-11-12, value: 2 }
        initiatives:
          - id: I1
            title: Training course
            supports: [KR1]
            start: 2026-10-01
            end: 2026-11-01
            status: done
          - id: I2
            title: Partner fair
            supports: [KR2]
            start: 2026-10-01
            end: 2026-12-01
            status: active
        """;

    private readonly ThroughlineApp<TDatabase> app;

    protected WinsTests(ThroughlineApp<TDatabase> app) => this.app = app;

    public async Task InitializeAsync()
    {
        if ((await app.Client.GetAsync($"/api/organizations/{Slug}")).StatusCode == HttpStatusCode.NotFound)
        {
            await app.CreateOrganizationAsync(Slug);
            await app.ImportPlanAsync(Slug, Plan);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WinsAreTheAchievementsMilestonesAndCompletionsNewestFirst()
    {
        var wins = await WinsAsync(app.Client, "2026-11-18");

        Assert.Equal(
            [("goal:G1:50", "2026-11-12"), ("objective:O1:50", "2026-11-12"), ("key-result:KR1", "2026-11-05"), ("initiative:I1", "2026-11-01")],
            wins.Wins.Select(w => (w.Id, w.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));

        // As of 2026-11-10 KR2 was not checked in yet: O1 stood at 0.5 from KR1 alone, still a 50% milestone, dated by KR1.
        var earlier = await WinsAsync(app.Client, "2026-11-10");
        // Wins of the same day come in the order of their ids.
        Assert.Equal(["goal:G1:50", "key-result:KR1", "objective:O1:50", "initiative:I1"], earlier.Wins.Select(w => w.Id));
        Assert.All(earlier.Wins.Take(3), w => Assert.Equal(new DateOnly(2026, 11, 5), w.Date));
    }

    [Fact]
    public async Task EachPersonGivesKudosOnAWinOnce()
    {
        var ana = await app.MemberAsync(Slug, "ana.wins@example.com", "member", "ana");
        var viewer = await app.MemberAsync(Slug, "vera.wins@example.com", "viewer");

        await Http.ExpectText(await ana.PostAsync($"/api/organizations/{Slug}/wins/key-result:KR1/kudos", null), HttpStatusCode.Created);
        await Http.Expect(await ana.PostAsync($"/api/organizations/{Slug}/wins/key-result:KR1/kudos", null), HttpStatusCode.Conflict);
        await Http.ExpectText(await viewer.PostAsync($"/api/organizations/{Slug}/wins/key-result:KR1/kudos", null), HttpStatusCode.Created);
        await Http.Expect(await ana.PostAsync($"/api/organizations/{Slug}/wins/key-result:KR2/kudos", null), HttpStatusCode.NotFound);

        var seenByAna = (await WinsAsync(ana, "2026-11-18")).Wins.Single(w => w.Id == "key-result:KR1");
        var seenByOwner = (await WinsAsync(app.Client, "2026-11-18")).Wins.Single(w => w.Id == "key-result:KR1");
        Assert.Equal((2, true), (seenByAna.Kudos, seenByAna.KudosFromMe));
        Assert.Equal((2, false), (seenByOwner.Kudos, seenByOwner.KudosFromMe));
    }

    [Fact]
    public async Task WinsPageShowsTheWinsNewestFirst()
    {
        var page = await Http.ExpectText(await app.Client.GetAsync($"/o/{Slug}/wins?asOf=2026-11-18"), HttpStatusCode.OK);

        var objective = page.IndexOf("Objective past 50%", StringComparison.Ordinal);
        var keyResult = page.IndexOf("Key result achieved", StringComparison.Ordinal);
        var initiative = page.IndexOf("Initiative completed", StringComparison.Ordinal);
        Assert.True(objective > 0 && objective < keyResult && keyResult < initiative, page);
    }

    private static async Task<WinsResponse> WinsAsync(HttpClient client, string asOf)
    {
        var response = await client.GetAsync($"/api/organizations/{Slug}/wins?asOf={asOf}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WinsResponse>())!;
    }
}

public sealed class SqliteWinsTests(ThroughlineApp<SqliteTestDatabase> app) : WinsTests<SqliteTestDatabase>(app);

public sealed class PostgresWinsTests(ThroughlineApp<PostgresTestDatabase> app) : WinsTests<PostgresTestDatabase>(app);
