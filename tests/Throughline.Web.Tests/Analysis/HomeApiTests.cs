using System.Net;
using System.Text.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Analysis;

/// <summary>The home dashboard in one call, on a plan small enough to roll up by hand.</summary>
public abstract class HomeApiTests<TDatabase> : IClassFixture<ThroughlineApp<TDatabase>>, IAsyncLifetime
    where TDatabase : ITestDatabase, new()
{
    private const string Home = "/api/organizations/home-test/home?asOf=2026-11-15";

    // KR1 0 → 40, at 10: 0.25. KR2 100 → 50 (a decrease), at 75: 0.5. O1 and O2 carry G1: (0.25 + 0.5) / 2 = 0.375.
    // G2 has nothing under it: 0. The vision is the mean of its goals: (0.375 + 0) / 2 = 0.1875.
    private const string Plan = """
        throughline: 1
        organization:
          name: Home Test
          people:
            - { id: ana, name: Ana Silva }
        vision:
          statement: Clean heat for every home in the valley
          purpose: Warm homes without burning anything
        goals:
          - id: G1
            title: Become the first choice for heat pumps
            owner: ana
          - id: G2
            title: Halve the cost of an installation
            owner: ana
            priority: 1
        objectives:
          - id: O1
            title: Win 40 new installer partners by June 2027
            contributes_to: [G1]
            owner: ana
            start: 2026-07-01
            due: 2027-06-30
            key_results:
              - id: KR1
                title: Installer partners signed
                baseline: 0
                target: 40
                checkins:
                  - { date: 2026-10-01, value: 10 }
          - id: O2
            title: Cut the quote turnaround from 100 to 50 hours by June 2027
            contributes_to: [G1]
            owner: ana
            start: 2026-07-01
            due: 2027-06-30
            key_results:
              - id: KR2
                title: Quote turnaround in hours
                baseline: 100
                target: 50
                checkins:
                  - { date: 2026-10-01, value: 75 }
        """;

    private readonly ThroughlineApp<TDatabase> app;

    protected HomeApiTests(ThroughlineApp<TDatabase> app) => this.app = app;

    public async Task InitializeAsync()
    {
        if ((await app.Client.GetAsync("/api/organizations/home-test")).StatusCode == HttpStatusCode.NotFound)
        {
            await app.CreateOrganizationAsync("home-test");
            await app.ImportPlanAsync("home-test", Plan);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HomeRollsTheGoalsAndTheVisionUp()
    {
        var home = await app.GetJsonAsync(Home);

        Assert.Equal("home-test", home.GetProperty("organization").GetString());
        Assert.Equal("2026-11-15", home.GetProperty("asOf").GetString());
        var vision = home.GetProperty("vision");
        Assert.Equal("Clean heat for every home in the valley", vision.GetProperty("statement").GetString());
        Assert.Equal("Warm homes without burning anything", vision.GetProperty("purpose").GetString());
        Assert.Equal(0.1875, vision.GetProperty("progress").GetDouble(), 10);
        Assert.Equal(0.1875, home.GetProperty("scores").GetProperty("overallProgress").GetDouble(), 10);

        var goals = home.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(["G1", "G2"], goals.Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(0.375, goals[0].GetProperty("progress").GetDouble(), 10);
        Assert.Equal(0.0, goals[1].GetProperty("progress").GetDouble(), 10);
        Assert.Equal(2, goals[0].GetProperty("objectives").GetInt32());
        Assert.Equal(0, goals[1].GetProperty("objectives").GetInt32());
        Assert.Equal(1, goals[1].GetProperty("priority").GetInt32());
        Assert.Equal("ana", goals[0].GetProperty("owner").GetString());
    }

    [Fact]
    public async Task HomeShowsTheMostSevereFindingsAndCountsAll()
    {
        var home = await app.GetJsonAsync(Home);
        var all = (await app.GetJsonAsync("/api/organizations/home-test/findings?asOf=2026-11-15")).GetProperty("findings").EnumerateArray().ToList();

        var counts = home.GetProperty("findingsBySeverity");
        foreach (var severity in new[] { "error", "warning", "info" })
        {
            Assert.Equal(all.Count(f => f.GetProperty("severity").GetString() == severity), counts.GetProperty(severity).GetInt32());
        }

        // The list's own order, most severe first, equals kept in the order the analysis gives them.
        var rank = new Dictionary<string, int>(StringComparer.Ordinal) { ["error"] = 0, ["warning"] = 1, ["info"] = 2 };
        var expected = all.Select((f, i) => (f, i))
            .OrderBy(x => rank[x.f.GetProperty("severity").GetString()!]).ThenBy(x => x.i)
            .Take(5)
            .Select(x => Key(x.f));
        Assert.Equal(expected, home.GetProperty("topFindings").EnumerateArray().Select(Key));
        Assert.Contains(all, f => Key(f) == "gap/goal-without-objectives:G2");
    }

    [Fact]
    public async Task AViewerSeesTheHomeToo()
    {
        var viewer = await app.MemberAsync("home-test", "home-viewer@example.com", "viewer");

        var response = await viewer.GetAsync(Home);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Key(JsonElement finding) => $"{finding.GetProperty("ruleId").GetString()}:{finding.GetProperty("subjectId").GetString()}";
}

public sealed class SqliteHomeApiTests(ThroughlineApp<SqliteTestDatabase> app) : HomeApiTests<SqliteTestDatabase>(app);

public sealed class PostgresHomeApiTests(ThroughlineApp<PostgresTestDatabase> app) : HomeApiTests<PostgresTestDatabase>(app);
