using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Messages;

/// <summary>
/// The whole loop of a strategic message on examples/enterprise.plan.yaml: Rajesh (leader) links a message to
/// G1, Lena (manager in storage-eng, so in Product &amp; Engineering) edits and releases the manager-level talking
/// points of her department, Tariq (member, a manager-level person in bms-team) acknowledges and restates it,
/// Lena reviews. Michael manages in Commercial. Expected cascades are worked out by hand from the plan.
/// </summary>
public abstract class MessageLoopTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Slug = "message-loop";
    private const string Messages = $"/api/organizations/{Slug}/messages";

    // Departments are the units under calder, in plan order. Under G1: O1 and O4 (Product & Engineering), O2
    // (contributes to O1) and O22 (R290 programme), O3 (cost-down taskforce), O21 (Gdańsk plant, so Operations,
    // contributes to G6 and G1); their key results; and the initiatives supporting any of them, by their own
    // unit: I5 (supply chain) and I25 (Gdańsk) are Operations', I2, I6 and I7 Product & Engineering's.
    private static readonly (string Department, string[] Levels, string[] Examples)[] Cascade =
    [
        ("product-eng", ["executive", "manager", "frontline"], ["O1", "O4", "KR1.1", "KR1.2", "KR4.1", "KR4.2", "I2", "I6", "I7"]),
        ("operations", ["executive", "manager", "frontline"], ["O21", "KR21.1", "KR21.2", "I5", "I25"]),
        ("commercial", ["executive", "manager", "frontline"], []),
        ("people", ["executive", "manager", "frontline"], []),
        ("finance", ["executive", "manager", "frontline"], []),
        ("xf-r290", ["manager"], ["O2", "O22", "KR2.1", "KR2.2", "KR22.1", "I1", "I3", "I26", "I27"]),
        ("xf-cost-down", ["manager"], ["O3", "KR3.1", "KR3.2", "I4"]),
    ];

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task LeaderMessageIsCascadedReleasedAcknowledgedAndReviewed()
    {
        await app.CreateOrganizationAsync(Slug);
        await app.ImportPlanAsync(Slug, Examples.Enterprise);
        var rajesh = await app.MemberAsync(Slug, "rajesh@loop.test", "leader", "rajesh");
        var lena = await app.MemberAsync(Slug, "lena@loop.test", "manager", "lena");
        var tariq = await app.MemberAsync(Slug, "tariq@loop.test", "member", "tariq");
        var michael = await app.MemberAsync(Slug, "michael@loop.test", "manager", "michael");

        // A member cannot write a strategic message; a leader can.
        var body = new { title = "Natural refrigerants first", why = "The F-gas phase-out starts in 2027", whatChanges = "R290 work goes before everything else", goals = new[] { "G1" } };
        await Http.Expect(await tariq.PostAsJsonAsync(Messages, body), HttpStatusCode.Forbidden);
        var unknownGoal = await Http.Expect(await rajesh.PostAsJsonAsync(Messages, body with { goals = new[] { "G1", "G9" } }), HttpStatusCode.BadRequest);
        Assert.Contains("'G9'", unknownGoal.GetProperty("errors").GetProperty("goals[1]")[0].GetString(), StringComparison.Ordinal);
        var created = await Http.Expect(await rajesh.PostAsJsonAsync(Messages, body), HttpStatusCode.Created);
        Assert.Equal(1, created.GetProperty("id").GetInt32());

        var points = created.GetProperty("talkingPoints").EnumerateArray().ToList();
        Assert.Equal(
            Cascade.SelectMany(c => c.Levels.Select(l => $"{c.Department}/{l}")),
            points.Select(p => $"{p.GetProperty("department").GetString()}/{p.GetProperty("level").GetString()}"));
        foreach (var (department, _, examples) in Cascade)
        {
            foreach (var set in points.Where(p => p.GetProperty("department").GetString() == department))
            {
                Assert.Equal(examples, set.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
                Assert.Equal(examples.Length == 0, set.GetProperty("flag").ValueKind == JsonValueKind.String);
                Assert.Equal(1, set.GetProperty("version").GetInt32());
            }
        }

        var managers = Set(created, "product-eng", "manager");
        Assert.Equal(4, managers.GetProperty("recipients").GetInt32());
        Assert.Equal(["rajesh"], managers.GetProperty("responsible").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("KR4.1: Connected storage systems running firmware 4.0", managers.GetProperty("text").GetString(), StringComparison.Ordinal);

        // Commercial, People & Culture and Finance have nothing under G1: three levels each.
        Assert.Equal(
            ["commercial", "people", "finance"],
            (await FindingsAsync(tariq, Today, "communication/no-examples")).Select(s => s.Split('/')[1]).Distinct());
        Assert.Equal(9, (await FindingsAsync(tariq, Today, "communication/no-examples")).Count);

        // A manager of another department may neither edit nor release Product & Engineering's talking points.
        var managerPoints = $"{Messages}/1/talking-points/product-eng/manager";
        await Http.Expect(await michael.PutAsJsonAsync(managerPoints, new { text = "Not mine" }), HttpStatusCode.Forbidden);
        await Http.Expect(await michael.PostAsync(new Uri(managerPoints + "/release", UriKind.Relative), null), HttpStatusCode.Forbidden);
        await Http.Expect(await tariq.PostAsync(new Uri(managerPoints + "/release", UriKind.Relative), null), HttpStatusCode.Forbidden);

        var text = "G1 decides 2027: KR4.1 and the firmware rollout come first, everything else waits.";
        var edited = await Http.Expect(await lena.PutAsJsonAsync(managerPoints, new { text }), HttpStatusCode.OK);
        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        Assert.Equal(9, edited.GetProperty("examples").GetArrayLength());
        var released = await Http.Expect(await lena.PostAsync(new Uri(managerPoints + "/release", UriKind.Relative), null), HttpStatusCode.OK);
        Assert.Equal(2, released.GetProperty("version").GetInt32());
        Assert.Equal(["andrew", "lena", "tariq", "ines"], released.GetProperty("people").EnumerateArray().Select(e => e.GetString()));
        await Http.Expect(await lena.PostAsync(new Uri(managerPoints + "/release", UriKind.Relative), null), HttpStatusCode.Conflict);

        // Tariq received version 2 and restates it, naming his own work only.
        var inbox = await Http.Expect(await tariq.GetAsync(new Uri(Messages + "/inbox", UriKind.Relative)), HttpStatusCode.OK);
        var received = Assert.Single(inbox.GetProperty("strategic").EnumerateArray());
        Assert.Equal(2, received.GetProperty("version").GetInt32());
        Assert.Equal(text, received.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, received.GetProperty("acknowledgedAt").ValueKind);
        var restatement = "Firmware 4.0 on every storage system is what G1 needs from us first.";
        var wrongWork = await Http.Expect(await tariq.PostAsJsonAsync($"{Messages}/1/acknowledge", new { restatement, work = new[] { "KR4.2" } }), HttpStatusCode.BadRequest);
        Assert.True(wrongWork.GetProperty("errors").TryGetProperty("work[0]", out _), wrongWork.ToString());
        var acknowledged = await Http.Expect(await tariq.PostAsJsonAsync($"{Messages}/1/acknowledge", new { restatement, work = new[] { "KR4.1", "I6" } }), HttpStatusCode.OK);
        Assert.Equal(["KR4.1", "I6"], acknowledged.GetProperty("work").EnumerateArray().Select(e => e.GetString()));
        await Http.Expect(await tariq.PostAsJsonAsync($"{Messages}/1/acknowledge", new { restatement }), HttpStatusCode.Conflict);

        // One of four acknowledged; nothing reviewed yet.
        var row = await ComprehensionAsync(tariq, "product-eng", "manager");
        Assert.Equal((4, 1, 0.25, 0, 0), (row.GetProperty("recipients").GetInt32(), row.GetProperty("acknowledged").GetInt32(),
            row.GetProperty("acknowledgedShare").GetDouble(), row.GetProperty("reviewed").GetInt32(), row.GetProperty("understood").GetInt32()));
        Assert.Equal(JsonValueKind.Null, row.GetProperty("understoodShare").ValueKind);
        Assert.InRange(row.GetProperty("medianHoursToAcknowledge").GetDouble(), 0, 1);

        // The three who have not acknowledged are overdue after seven days, not after six.
        Assert.Empty(await FindingsAsync(tariq, Today.AddDays(6), "communication/unacknowledged"));
        Assert.Equal(["1/product-eng/manager"], await FindingsAsync(tariq, Today.AddDays(7), "communication/unacknowledged"));

        // Lena asks for clarification: 0 of 1 reviewed understood, below 80%; then she marks it understood.
        var review = $"{Messages}/1/restatements/tariq/review";
        await Http.Expect(await michael.PutAsJsonAsync(review, new { status = "understood" }), HttpStatusCode.Forbidden);
        await Http.Expect(await tariq.PutAsJsonAsync(review, new { status = "understood" }), HttpStatusCode.Forbidden);
        await Http.Expect(await lena.PutAsJsonAsync(review, new { status = "needs-clarification", answer = "And KR4.2?" }), HttpStatusCode.OK);
        Assert.Equal(["1/product-eng/manager"], await FindingsAsync(tariq, Today, "communication/not-understood"));
        var understood = await Http.Expect(await lena.PutAsJsonAsync(review, new { status = "understood", answer = "Right." }), HttpStatusCode.OK);
        Assert.Equal("understood", understood.GetProperty("review").GetString());
        Assert.Empty(await FindingsAsync(tariq, Today, "communication/not-understood"));

        row = await ComprehensionAsync(tariq, "product-eng", "manager");
        Assert.Equal((1, 1, 1.0), (row.GetProperty("reviewed").GetInt32(), row.GetProperty("understood").GetInt32(), row.GetProperty("understoodShare").GetDouble()));
        var restatements = await Http.Expect(await lena.GetAsync(new Uri($"{Messages}/1/restatements", UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal(["andrew", "lena", "tariq", "ines"], restatements.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("person").GetString()));
        inbox = await Http.Expect(await tariq.GetAsync(new Uri(Messages + "/inbox", UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal("Right.", inbox.GetProperty("strategic")[0].GetProperty("answer").GetString());

        // A leader names an example for Commercial's frontline: one no-examples finding fewer.
        await Http.Expect(await rajesh.PutAsJsonAsync($"{Messages}/1/talking-points/commercial/frontline", new { text = "Sell the R290 range first.", examples = new[] { "O8" } }), HttpStatusCode.OK);
        Assert.Equal(8, (await FindingsAsync(tariq, Today, "communication/no-examples")).Count);

        // A new version goes out again, and Tariq's latest delivery is the one that counts.
        await Http.Expect(await lena.PutAsJsonAsync(managerPoints, new { text = text + " Ask me about KR4.2." }), HttpStatusCode.OK);
        await Http.Expect(await lena.PostAsync(new Uri(managerPoints + "/release", UriKind.Relative), null), HttpStatusCode.OK);
        inbox = await Http.Expect(await tariq.GetAsync(new Uri(Messages + "/inbox", UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal(3, inbox.GetProperty("strategic")[0].GetProperty("version").GetInt32());
        Assert.Equal(0, (await ComprehensionAsync(tariq, "product-eng", "manager")).GetProperty("acknowledged").GetInt32());
    }

    [Fact]
    public async Task OperationalUpdatesAreListedAndDeliveredApartFromStrategicMessages()
    {
        const string slug = "message-channels";
        var messages = $"/api/organizations/{slug}/messages";
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, Examples.Enterprise);
        var rajesh = await app.MemberAsync(slug, "rajesh@channels.test", "leader", "rajesh");
        var lena = await app.MemberAsync(slug, "lena@channels.test", "manager", "lena");
        var tariq = await app.MemberAsync(slug, "tariq@channels.test", "member", "tariq");

        await Http.Expect(await rajesh.PostAsJsonAsync(messages, new { title = "Natural refrigerants first", why = "F-gas", whatChanges = "R290 first", goals = new[] { "G1" } }), HttpStatusCode.Created);
        await Http.Expect(await rajesh.PostAsync(new Uri($"{messages}/1/talking-points/product-eng/manager/release", UriKind.Relative), null), HttpStatusCode.OK);
        await Http.Expect(await lena.PostAsJsonAsync(messages, new { kind = "operational", title = "Lab closed on Friday", why = "Fire drill", unit = "commercial" }), HttpStatusCode.Forbidden);
        var update = await Http.Expect(await lena.PostAsJsonAsync(messages, new { kind = "operational", title = "Lab closed on Friday", why = "Fire drill", unit = "storage-eng" }), HttpStatusCode.Created);
        Assert.Equal(2, update.GetProperty("id").GetInt32());

        var strategic = await Http.Expect(await tariq.GetAsync(new Uri(messages, UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal([1], strategic.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));
        var operational = await Http.Expect(await tariq.GetAsync(new Uri(messages + "?kind=operational", UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal([2], operational.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));

        // The update is newer, but the inbox keeps the strategic message in a list of its own.
        var inbox = await Http.Expect(await tariq.GetAsync(new Uri(messages + "/inbox", UriKind.Relative)), HttpStatusCode.OK);
        Assert.Equal([1], inbox.GetProperty("strategic").EnumerateArray().Select(m => m.GetProperty("message").GetInt32()));
        Assert.Equal([2], inbox.GetProperty("operational").EnumerateArray().Select(m => m.GetProperty("message").GetInt32()));
        await Http.Expect(await tariq.PostAsJsonAsync($"{messages}/2/acknowledge", new { restatement = "Lab shut" }), HttpStatusCode.Conflict);
    }

    private static JsonElement Set(JsonElement message, string department, string level) =>
        message.GetProperty("talkingPoints").EnumerateArray()
            .Single(p => p.GetProperty("department").GetString() == department && p.GetProperty("level").GetString() == level);

    private static async Task<List<string>> FindingsAsync(HttpClient client, DateOnly asOf, string ruleId)
    {
        var answer = await Http.Expect(
            await client.GetAsync(new Uri($"{Messages}/findings?asOf={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", UriKind.Relative)), HttpStatusCode.OK);
        return [.. answer.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == ruleId)
            .Select(f => f.GetProperty("subjectId").GetString()!)];
    }

    private static async Task<JsonElement> ComprehensionAsync(HttpClient client, string department, string level)
    {
        var answer = await Http.Expect(await client.GetAsync(new Uri($"{Messages}/1/comprehension", UriKind.Relative)), HttpStatusCode.OK);
        return answer.GetProperty("units").EnumerateArray()
            .Single(u => u.GetProperty("department").GetString() == department && u.GetProperty("level").GetString() == level);
    }
}

public sealed class SqliteMessageLoopTests(ThroughlineApp<SqliteTestDatabase> app) : MessageLoopTests<SqliteTestDatabase>(app);

public sealed class PostgresMessageLoopTests(ThroughlineApp<PostgresTestDatabase> app) : MessageLoopTests<PostgresTestDatabase>(app);
