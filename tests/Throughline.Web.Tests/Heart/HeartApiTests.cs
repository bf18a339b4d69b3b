using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Web.Storage;
using Throughline.Web.Tests.Infrastructure;
using Throughline.Web.Tests.Notifications;

namespace Throughline.Web.Tests.Heart;

/// <summary>
/// The pulse survey and the HEART index over HTTP: answers counted per unit and round and never stored per
/// person, groups under five withheld, message comprehension feeding Trust, and the trend against the round
/// before. Every expected value is worked out by hand in the comments.
/// </summary>
public abstract class HeartApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Slug = "heart";
    private const string Api = $"/api/organizations/{Slug}";

    // North has six frontline people and a manager, south four and a manager; both are departments (the units
    // under co), each with one owned objective and no key results, so Accountability is owner coverage, 1 / 1.
    private const string Plan = """
        throughline: 1
        organization:
          name: Heart Co
          units:
            - { id: co, name: Heart Co }
            - { id: north, name: North, parent: co }
            - { id: south, name: South, parent: co }
          people:
            - { id: ceo, name: Cleo Chief, unit: co, level: executive }
            - { id: nm, name: Nina North, unit: north, level: manager, manager: ceo }
            - { id: n1, name: Ned One, unit: north, level: frontline, manager: nm }
            - { id: n2, name: Nia Two, unit: north, level: frontline, manager: nm }
            - { id: n3, name: Noa Three, unit: north, level: frontline, manager: nm }
            - { id: n4, name: Nils Four, unit: north, level: frontline, manager: nm }
            - { id: n5, name: Nell Five, unit: north, level: frontline, manager: nm }
            - { id: n6, name: Nat Six, unit: north, level: frontline, manager: nm }
            - { id: sm, name: Sol South, unit: south, level: manager, manager: ceo }
            - { id: s1, name: Sam One, unit: south, level: frontline, manager: sm }
            - { id: s2, name: Sue Two, unit: south, level: frontline, manager: sm }
            - { id: s3, name: Sid Three, unit: south, level: frontline, manager: sm }
            - { id: s4, name: Sia Four, unit: south, level: frontline, manager: sm }
        vision:
          statement: Warm homes
        goals:
          - id: G1
            title: Grow
        objectives:
          - { id: O1, title: Win the north, contributes_to: [G1], owner: nm, unit: north }
          - { id: O2, title: Win the south, contributes_to: [G1], owner: sm, unit: south }
        """;

    private static readonly FixedClock Summer = new(new DateTimeOffset(2026, 8, 14, 9, 0, 0, TimeSpan.Zero));
    private static readonly FixedClock Autumn = new(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task PulseAnswersAreCountedOncePerRoundWithheldUnderFiveAndFeedTheIndexWithTrustAndTrend()
    {
        await app.CreateOrganizationAsync(Slug);
        await app.ImportPlanAsync(Slug, Plan);
        await using var summer = SchedulerPlans.Server(app, Summer);
        await using var autumn = SchedulerPlans.Server(app, Autumn);
        var people = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var (person, role) in new[] { ("ceo", "leader"), ("nm", "manager"), ("sm", "manager") }
            .Concat(Enumerable.Range(1, 6).Select(i => ($"n{i}", "member"))).Concat(Enumerable.Range(1, 4).Select(i => ($"s{i}", "member"))))
        {
            people[person] = await app.MemberAsync(Slug, $"{person}@heart.test", role, person);
        }

        // Summer round (2026Q3): north's hope 2, 3, 3, 3, 4, a mean of 15 / 5 = 3, so (3 − 1) / 4 = 0.5.
        foreach (var (person, hope) in new[] { ("n1", 2), ("n2", 3), ("n3", 3), ("n4", 3), ("n5", 4) })
        {
            await AnswerAsync(summer, people[person], new { hope });
        }

        var status = await Http.Expect(await As(autumn, people["n1"]).GetAsync(new Uri($"{Api}/heart/pulse", UriKind.Relative)), HttpStatusCode.OK);
        Assert.False(status.GetProperty("answered").GetBoolean());
        Assert.Equal(("2026Q4", "2026-10-01", "2026-12-31"), (status.GetProperty("round").GetProperty("id").GetString(),
            status.GetProperty("round").GetProperty("start").GetString(), status.GetProperty("round").GetProperty("end").GetString()));

        // Autumn round (2026Q4): four of north answer first, and all four of south.
        foreach (var (person, hope) in new[] { ("n1", 4), ("n2", 4), ("n3", 5), ("n4", 3) })
        {
            await AnswerAsync(autumn, people[person], new { hope, trust = 3 });
        }

        foreach (var person in new[] { "s1", "s2", "s3", "s4" })
        {
            await AnswerAsync(autumn, people[person], new { hope = 1, empowerment = 2, accountability = (int?)null });
        }

        var heart = await HeartAsync(autumn);
        foreach (var unit in new[] { "north", "south" })
        {
            var hope = Dimension(heart, unit, "hope");
            var survey = Part(hope, "pulse survey");
            Assert.Equal(JsonValueKind.Null, survey.GetProperty("value").ValueKind);
            Assert.Equal("withheld: fewer than 5 respondents", survey.GetProperty("detail").GetString());
            Assert.Equal(JsonValueKind.Null, hope.GetProperty("rolled").ValueKind);
        }

        // Withheld means neither the average (4, or 1 in the south) nor the count (4) appears anywhere.
        var south = Unit(heart, "south").ToString();
        Assert.DoesNotContain("average", south, StringComparison.Ordinal);
        Assert.DoesNotContain("from 4", heart.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"respondents\":", heart.ToString(), StringComparison.Ordinal);

        // The fifth: hope 4, 4, 5, 3, 5 → 21 / 5 = 4.2 → (4.2 − 1) / 4 = 0.8; trust 3 from five → 0.5.
        await AnswerAsync(autumn, people["n5"], new { hope = 5, trust = 3 });
        var again = await Http.Expect(await As(autumn, people["n1"]).PostAsJsonAsync($"{Api}/heart/pulse", new { hope = 1 }), HttpStatusCode.Conflict);
        Assert.Equal("round", again.GetProperty("field").GetString());
        Assert.Contains("once per round", again.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal([(3, 1), (4, 2), (5, 2)], await TalliesAsync("2026Q4", "north", "hope"));
        Assert.Equal([(3, 5)], await TalliesAsync("2026Q4", "north", "trust"));
        Assert.Equal([(1, 4)], await TalliesAsync("2026Q4", "south", "hope"));
        Assert.Empty(await TalliesAsync("2026Q4", "south", "accountability"));
        Assert.Equal([(2, 1), (3, 3), (4, 1)], await TalliesAsync("2026Q3", "north", "hope"));

        // A unit's first answer writes all of its 5 × 5 counts at once, zeros included: no row tells the first answer.
        Assert.Equal(25, await TallyRowCountAsync("2026Q4", "south"));
        if (app.Database is PostgresTestDatabase)
        {
            // Every answer rewrites all of its unit's counts: they all bear the last answer's transaction id.
            Assert.Single(await TransactionMarksAsync("2026Q4", "north"));
        }

        // Trust from messages: the ceo's message goes to north's six frontline people; n1, n2 and n3 acknowledge and
        // restate it (3 / 6 = 1/2 acknowledged), and Nina finds two of three understood (2/3). Behaviour is their
        // mean, (2/3 + 1/2) / 2 = 7/12; with the survey's 0.5: (7/12 + 1/2) / 2 = 13/24.
        var messages = $"{Api}/messages";
        var message = new { title = "Warm first", why = "Winter comes", whatChanges = "Heat pumps first", goals = new[] { "G1" } };
        await Http.Expect(await As(autumn, people["ceo"]).PostAsJsonAsync(messages, message), HttpStatusCode.Created);
        await Http.Expect(await As(autumn, people["nm"]).PostAsync(new Uri($"{messages}/1/talking-points/north/frontline/release", UriKind.Relative), null), HttpStatusCode.OK);
        foreach (var (person, review) in new[] { ("n1", "understood"), ("n2", "understood"), ("n3", "needs-clarification") })
        {
            var restatement = new { restatement = "Heat pumps before anything else.", work = Array.Empty<string>() };
            await Http.Expect(await As(autumn, people[person]).PostAsJsonAsync($"{messages}/1/acknowledge", restatement), HttpStatusCode.OK);
            await Http.Expect(await As(autumn, people["nm"]).PutAsJsonAsync($"{messages}/1/restatements/{person}/review", new { status = review }), HttpStatusCode.OK);
        }

        heart = await HeartAsync(autumn);
        var north = Unit(heart, "north");
        var hopeNow = Dimension(heart, "north", "hope");
        Assert.Equal(0.8, hopeNow.GetProperty("own").GetDouble(), 9);
        Assert.Equal("average 4.2 of 5 from 5 respondents", Part(hopeNow, "pulse survey").GetProperty("detail").GetString());
        var trust = Dimension(heart, "north", "trust");
        Assert.Equal(2.0 / 3, Part(trust, "message comprehension").GetProperty("value").GetDouble(), 9);
        Assert.Equal(0.5, Part(trust, "messages acknowledged").GetProperty("value").GetDouble(), 9);
        Assert.Equal(13.0 / 24, trust.GetProperty("rolled").GetDouble(), 9);
        Assert.Equal(1, Dimension(heart, "north", "accountability").GetProperty("rolled").GetDouble(), 9);

        // North's index: the mean of its known dimensions, (0.8 + 1 + 13/24) / 3 = 0.78056.
        Assert.Equal((0.8 + 1 + (13.0 / 24)) / 3, north.GetProperty("index").GetDouble(), 9);

        // The trend against 2026-09-30 with the summer survey: hope 0.5 → 0.8, up 0.3; trust was unknown: new.
        // Index then (0.5 + 1) / 2 = 0.75, so up by 0.03056.
        Assert.Equal(0.5, hopeNow.GetProperty("previous").GetDouble(), 9);
        Assert.Equal(0.3, hopeNow.GetProperty("change").GetDouble(), 9);
        Assert.Equal("up", hopeNow.GetProperty("trend").GetString());
        Assert.Equal(("new", JsonValueKind.Null), (trust.GetProperty("trend").GetString(), trust.GetProperty("previous").ValueKind));
        Assert.Equal(0.75, north.GetProperty("previousIndex").GetDouble(), 9);
        Assert.Equal("up", north.GetProperty("indexTrend").GetString());
        Assert.Equal("2026Q3", heart.GetProperty("previousRound").GetProperty("id").GetString());

        // South's hope stays withheld, so co's rolled-up hope is north's alone: 0.8, not pooled with the south.
        Assert.Equal(0.8, Dimension(heart, "co", "hope").GetProperty("rolled").GetDouble(), 9);

        status = await Http.Expect(await As(autumn, people["n5"]).GetAsync(new Uri($"{Api}/heart/pulse", UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal((true, false), (status.GetProperty("answered").GetBoolean(), status.GetProperty("canAnswer").GetBoolean()));
    }

    [Fact]
    public async Task BadAnswersNameTheFieldAndAMemberWithoutAPersonIsTurnedAway()
    {
        const string slug = "heart-bad";
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, Plan);
        var ned = await app.MemberAsync(slug, "ned@heart-bad.test", "member", "n1");
        var pulse = $"/api/organizations/{slug}/heart/pulse";

        var tooHigh = await Http.Expect(await ned.PostAsJsonAsync(pulse, new { hope = 3, trust = 6 }), HttpStatusCode.BadRequest);
        Assert.True(tooHigh.GetProperty("errors").TryGetProperty("trust", out _), tooHigh.ToString());
        var zero = await Http.Expect(await ned.PostAsJsonAsync(pulse, new { results = 0 }), HttpStatusCode.BadRequest);
        Assert.True(zero.GetProperty("errors").TryGetProperty("results", out _), zero.ToString());
        var text = await Http.Expect(await ned.PostAsJsonAsync(pulse, new { empowerment = "much" }), HttpStatusCode.BadRequest);
        Assert.True(text.GetProperty("errors").TryGetProperty("$.empowerment", out _), text.ToString());
        var nothing = await Http.Expect(await ned.PostAsJsonAsync(pulse, new { }), HttpStatusCode.BadRequest);
        Assert.True(nothing.GetProperty("errors").TryGetProperty("hope", out _), nothing.ToString());

        // Nothing was counted by the refusals, so Ned may still answer.
        await Http.Expect(await ned.PostAsJsonAsync(pulse, new { hope = 3 }), HttpStatusCode.Created);

        // The owner is no person of the plan: there is no unit to count the answers in.
        var owner = await Http.Expect(await app.Client.PostAsJsonAsync(pulse, new { hope = 3 }), HttpStatusCode.Conflict);
        Assert.Equal("person", owner.GetProperty("field").GetString());
        var status = await app.GetJsonAsync(pulse);
        Assert.Equal((false, false), (status.GetProperty("answered").GetBoolean(), status.GetProperty("canAnswer").GetBoolean()));

        var badDate = await app.GetJsonAsync($"/api/organizations/{slug}/heart?asOf=soon", HttpStatusCode.BadRequest);
        Assert.True(badDate.GetProperty("errors").TryGetProperty("asOf", out _), badDate.ToString());
    }

    [Fact]
    public void NoTableHoldsAPersonTogetherWithAnAnswer()
    {
        using var scope = app.Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<ThroughlineDb>().Model;
        var participation = model.FindEntityType(typeof(PulseParticipationRow))!.GetProperties().Select(p => p.Name);
        Assert.Equal(["OrganizationId", "Round", "UserId"], participation.Order());
        var tally = model.FindEntityType(typeof(PulseTallyRow))!.GetProperties().Select(p => p.Name);
        Assert.Equal(["Count", "Dimension", "OrganizationId", "Round", "Score", "Unit"], tally.Order());

        // Nor does any table hold a score beside a user or person.
        Assert.DoesNotContain(model.GetEntityTypes(), t => t.GetProperties().Any(p => p.Name == "Score") && t.GetProperties().Any(p => p.Name is "UserId" or "PersonId"));
    }

    private static HttpClient As(WebApplicationFactory<Program> server, HttpClient user)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = user.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static async Task AnswerAsync(WebApplicationFactory<Program> server, HttpClient user, object answers)
    {
        var answered = await Http.Expect(await As(server, user).PostAsJsonAsync($"{Api}/heart/pulse", answers), HttpStatusCode.Created);
        Assert.True(answered.GetProperty("answered").GetBoolean(), answered.ToString());
    }

    private static JsonElement Unit(JsonElement heart, string id) =>
        heart.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetString() == id);

    private static JsonElement Dimension(JsonElement heart, string unit, string dimension) =>
        Unit(heart, unit).GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == dimension);

    private static JsonElement Part(JsonElement dimension, string name) =>
        dimension.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    /// <summary>The HEART index as of the server's today.</summary>
    private async Task<JsonElement> HeartAsync(WebApplicationFactory<Program> server) =>
        await Http.Expect(await As(server, app.Client).GetAsync(new Uri($"{Api}/heart", UriKind.Relative)), HttpStatusCode.OK);

    private async Task<int> TallyRowCountAsync(string round, string unit)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        return await db.PulseTallies.Join(db.Organizations.Where(o => o.Slug == Slug), t => t.OrganizationId, o => o.Id, (t, o) => t)
            .CountAsync(t => t.Round == round && t.Unit == unit);
    }

    /// <summary>The distinct PostgreSQL transaction ids (xmin) on the counts of one unit and round.</summary>
    private async Task<List<string>> TransactionMarksAsync(string round, string unit)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var organization = await db.Organizations.Where(o => o.Slug == Slug).Select(o => o.Id).SingleAsync();
        return await db.Database.SqlQuery<string>(
            $"""SELECT DISTINCT xmin::text AS "Value" FROM "PulseTallies" WHERE "OrganizationId" = {organization} AND "Round" = {round} AND "Unit" = {unit}""")
            .ToListAsync();
    }

    /// <summary>The scores given on one dimension in one unit and round, with how many gave each.</summary>
    private async Task<List<(int Score, int Count)>> TalliesAsync(string round, string unit, string dimension)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var rows = await db.PulseTallies.AsNoTracking()
            .Join(db.Organizations.Where(o => o.Slug == Slug), t => t.OrganizationId, o => o.Id, (t, o) => t)
            .Where(t => t.Round == round && t.Unit == unit && t.Dimension == dimension && t.Count > 0)
            .Select(t => new { t.Score, t.Count })
            .ToListAsync();
        return [.. rows.Select(r => (r.Score, r.Count)).OrderBy(r => r.Score)];
    }
}

public sealed class SqliteHeartApiTests(ThroughlineApp<SqliteTestDatabase> app) : HeartApiTests<SqliteTestDatabase>(app);

public sealed class PostgresHeartApiTests(ThroughlineApp<PostgresTestDatabase> app) : HeartApiTests<PostgresTestDatabase>(app);
