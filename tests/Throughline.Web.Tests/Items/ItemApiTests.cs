using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Throughline.Core.Plans;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Items;

/// <summary>Single items over HTTP: read, list, create, replace, delete; ETags; bad bodies; the audit trail.</summary>
public abstract class ItemApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private async Task<string> NewOrganizationAsync(string slug)
    {
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, ItemPlans.Small);
        return $"/api/organizations/{slug}";
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task ItemReadsAsItsPlanElementWithAnETag()
    {
        var org = await NewOrganizationAsync("items-read");

        var response = await app.Client.GetAsync($"{org}/objectives/O1");
        var objective = await Http.Expect(response, HttpStatusCode.OK);

        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("Win new customers in the north", objective.GetProperty("title").GetString());
        Assert.Equal("sales", objective.GetProperty("unit").GetString());
        Assert.Equal("2027-06-30", objective.GetProperty("due").GetString());
        Assert.Equal("G1", objective.GetProperty("contributes_to")[0].GetString());
        Assert.False(objective.TryGetProperty("key_results", out _), "key results are served on their own");

        var keyResult = await app.GetJsonAsync($"{org}/key-results/KR2");
        Assert.Equal(50, keyResult.GetProperty("target").GetDouble());
        Assert.Equal("O1", keyResult.GetProperty("objective").GetString());
    }

    [Fact]
    public async Task ListFiltersByFieldAndPages()
    {
        var org = await NewOrganizationAsync("items-list");

        var byObjective = await app.GetJsonAsync($"{org}/key-results?objective=O1&limit=1&offset=1");
        Assert.Equal(2, byObjective.GetProperty("total").GetInt32());
        Assert.Equal("KR2", Assert.Single(byObjective.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());

        var inSales = await app.GetJsonAsync($"{org}/people?unit=sales");
        Assert.Equal(["ben"], Ids(inSales));

        var searched = await app.GetJsonAsync($"{org}/key-results?q=PARTNERS");
        Assert.Equal(["KR2"], Ids(searched));

        var none = await app.GetJsonAsync($"{org}/goals?owner=ben");
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        var tooMany = await app.Client.GetAsync($"{org}/goals?limit=501");
        var problem = await Http.Expect(tooMany, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _), problem.ToString());
    }

    [Fact]
    public async Task CreatedGoalIsInTheExportAndTheAuditLog()
    {
        var org = await NewOrganizationAsync("items-create");

        var response = await app.Client.PostAsync($"{org}/goals", Json("""{"id": "G2", "title": "Keep every customer", "owner": "ana", "priority": 2}"""));
        var created = await Http.Expect(response, HttpStatusCode.Created);

        Assert.Equal($"{org}/goals/G2", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(2, created.GetProperty("priority").GetInt32());
        var export = await app.ExportPlanAsync("items-create");
        Assert.Contains("  - id: G2\n    title: Keep every customer\n    owner: ana\n    priority: 2\n", export, StringComparison.Ordinal);

        var history = await app.GetJsonAsync($"{org}/goals/G2/history");
        var entry = Assert.Single(history.GetProperty("entries").EnumerateArray());
        Assert.Equal("created", entry.GetProperty("action").GetString());
        Assert.Equal(ThroughlineApp<TDatabase>.OwnerEmail, entry.GetProperty("actor").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("before").ValueKind);
        Assert.Equal("Keep every customer", entry.GetProperty("after").GetProperty("title").GetString());
    }

    [Fact]
    public async Task UpdateKeepsWhatIsNestedAndRecordsBeforeAndAfter()
    {
        var org = await NewOrganizationAsync("items-update");

        var response = await app.Client.PutAsync($"{org}/objectives/O1",
            Json("""{"id": "O1", "title": "Win new customers everywhere", "owner": "ben", "unit": "sales", "contributes_to": ["G1"], "due": "2027-06-30"}"""));
        await Http.Expect(response, HttpStatusCode.OK);

        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var keyResults = await app.GetJsonAsync($"{org}/key-results?objective=O1");
        Assert.Equal(["KR1", "KR2"], Ids(keyResults));
        var audit = await app.GetJsonAsync($"{org}/audit?kind=objective&id=O1");
        var entry = audit.GetProperty("entries")[0];
        Assert.Equal("updated", entry.GetProperty("action").GetString());
        Assert.Equal("Win new customers in the north", entry.GetProperty("before").GetProperty("title").GetString());
        Assert.Equal("Win new customers everywhere", entry.GetProperty("after").GetProperty("title").GetString());
    }

    [Fact]
    public async Task TwoWritersWithTheSameETagOneWinsTheOtherGetsPreconditionFailed()
    {
        var org = await NewOrganizationAsync("items-race");
        var read = await app.Client.GetAsync($"{org}/goals/G1");
        var etag = read.Headers.ETag!.Tag;

        async Task<HttpResponseMessage> WriteAsync(string title)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"{org}/goals/G1") { Content = Json($$"""{"id": "G1", "title": "{{title}}", "owner": "ana"}""") };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            return await app.Client.SendAsync(request);
        }

        var answers = await Task.WhenAll(WriteAsync("Grow revenue by a third"), WriteAsync("Grow revenue by half"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers.Select(a => a.StatusCode).Order());
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var winnerTitle = (await Http.Expect(winner, HttpStatusCode.OK)).GetProperty("title").GetString();
        var stored = await app.GetJsonAsync($"{org}/goals/G1");
        Assert.Equal(winnerTitle, stored.GetProperty("title").GetString());
        var loser = await Http.Expect(answers.Single(a => a.StatusCode == HttpStatusCode.PreconditionFailed), HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"2\"", loser.GetProperty("currentETag").GetString());
        var audit = await app.GetJsonAsync($"{org}/audit?kind=goal&id=G1");
        Assert.Single(audit.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task CheckInAnswersWithTheNewRollUpOfEveryAncestor()
    {
        var org = await NewOrganizationAsync("items-checkin");

        var first = await Http.Expect(
            await app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-01", "value": 40, "confidence": 0.8, "note": "Trade fair leads"}""")),
            HttpStatusCode.Created);

        // KR1: 40 of 0→100 = 0.4. O1: mean of KR1 (0.4) and KR2 (no check-in: 0) = 0.2. G1 has only O1: 0.2.
        // The vision has only G1: 0.2.
        Assert.Equal(0.4, first.GetProperty("keyResult").GetProperty("progress").GetDouble());
        Assert.Equal(0.0, first.GetProperty("keyResult").GetProperty("previousProgress").GetDouble());
        Assert.Equal(
            ["objective O1 0.2", "goal G1 0.2", "vision vision 0.2"],
            first.GetProperty("ancestors").EnumerateArray().Select(a => $"{a.GetProperty("kind").GetString()} {a.GetProperty("id").GetString()} {a.GetProperty("progress").GetDouble()}"));
        var recorded = await app.GetJsonAsync($"{org}/key-results/KR1/check-ins/0");
        Assert.Equal(40, recorded.GetProperty("value").GetDouble());
        Assert.Equal(0, recorded.GetProperty("index").GetInt32());

        var second = await Http.Expect(
            await app.Client.PostAsync($"{org}/key-results/KR2/check-ins", Json("""{"date": "2026-10-15", "value": 25}""")),
            HttpStatusCode.Created);

        // KR2: 25 of 0→50 = 0.5. O1: (0.4 + 0.5) / 2 = 0.45, and so G1 and the vision.
        Assert.Equal(
            ["objective O1 0.45 was 0.2", "goal G1 0.45 was 0.2", "vision vision 0.45 was 0.2"],
            second.GetProperty("ancestors").EnumerateArray().Select(a =>
                $"{a.GetProperty("kind").GetString()} {a.GetProperty("id").GetString()} {a.GetProperty("progress").GetDouble()} was {a.GetProperty("previousProgress").GetDouble()}"));
        var scores = await app.GetJsonAsync($"{org}/scores");
        Assert.Equal(0.45, scores.GetProperty("overallProgress").GetDouble(), 10);

        var history = await app.GetJsonAsync($"{org}/key-results/KR1/check-ins");
        var checkIn = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal("Trade fair leads", checkIn.GetProperty("note").GetString());
        var exported = PlanReader.Read(await app.ExportPlanAsync("items-checkin"), "export.plan.yaml").Plan!;
        var stored = Assert.Single(exported.Objectives[0].KeyResults[0].CheckIns);
        Assert.Equal((new DateOnly(2026, 10, 1), 40.0, 0.8, "Trade fair leads"), (stored.Date, stored.Value, stored.Confidence, stored.Note));
    }

    [Fact]
    public async Task CheckInIsCreatedAtItsIndexWithItsETagAndRefusalsKeepTheirStatus()
    {
        var org = await NewOrganizationAsync("items-checkin-location");
        await Http.Expect(await app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-01", "value": 10}""")), HttpStatusCode.Created);

        var second = await app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-08", "value": 20}"""));
        await Http.Expect(second, HttpStatusCode.Created);
        Assert.Equal($"{org}/key-results/KR1/check-ins/1", second.Headers.Location?.OriginalString);
        var read = await app.Client.GetAsync($"{org}/key-results/KR1/check-ins/1");
        Assert.Equal(read.Headers.ETag, second.Headers.ETag);

        await Http.Expect(await app.Client.PostAsync($"{org}/key-results/KR404/check-ins", Json("""{"date": "2026-10-08", "value": 20}""")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CheckInAnswerNamesTheNewCheckInWithItsETagAndTheHistoryRecordsIt()
    {
        var org = await NewOrganizationAsync("items-checkin-history");
        await Http.Expect(await app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-01", "value": 10}""")), HttpStatusCode.Created);

        using var second = await app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-08", "value": 20, "note": "Second"}"""));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.EndsWith("/api/organizations/items-checkin-history/key-results/KR1/check-ins/1", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var read = await app.Client.GetAsync(second.Headers.Location);
        Assert.Equal(read.Headers.ETag, second.Headers.ETag);

        var history = await app.GetJsonAsync($"{org}/key-results/KR1/history");
        Assert.Equal(
            ["checked-in check-in KR1 20", "checked-in check-in KR1 10"],
            history.GetProperty("entries").EnumerateArray().Select(e =>
                $"{e.GetProperty("action").GetString()} {e.GetProperty("kind").GetString()} {e.GetProperty("itemId").GetString()} {e.GetProperty("after").GetProperty("value").GetDouble()}"));
    }

    [Fact]
    public async Task ConcurrentCheckInsAreEachStoredOnceAndCounted()
    {
        var org = await NewOrganizationAsync("items-concurrent");

        // 30 on KR1 (values 1 to 30) and 20 on KR2 (values 1 to 20), all at once, and one that is refused among them.
        var requests = Enumerable.Range(1, 30).Select(v => app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json($$"""{"date": "2026-10-01", "value": {{v}}}""")))
            .Concat(Enumerable.Range(1, 20).Select(v => app.Client.PostAsync($"{org}/key-results/KR2/check-ins", Json($$"""{"date": "2026-10-02", "value": {{v}}}"""))))
            .Append(app.Client.PostAsync($"{org}/key-results/KR9/check-ins", Json("""{"date": "2026-10-02", "value": 1}""")))
            .ToList();
        var answers = await Task.WhenAll(requests);

        Assert.Equal(50, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.NotFound, answers[^1].StatusCode);
        var kr1 = await app.GetJsonAsync($"{org}/key-results/KR1/check-ins?limit=100");
        var kr2 = await app.GetJsonAsync($"{org}/key-results/KR2/check-ins?limit=100");
        Assert.Equal(Enumerable.Range(0, 30), kr1.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("index").GetInt32()));
        Assert.Equal(Enumerable.Range(1, 30).Select(v => (double)v), kr1.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(v => (double)v), kr2.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()).Order());

        // Stored as acknowledged: the export holds the same 30 and 20, and the audit log one entry each.
        var exported = PlanReader.Read(await app.ExportPlanAsync("items-concurrent"), "export.plan.yaml").Plan!;
        Assert.Equal(30, exported.Objectives[0].KeyResults[0].CheckIns.Count);
        Assert.Equal(20, exported.Objectives[0].KeyResults[1].CheckIns.Count);
        var audit = await app.GetJsonAsync($"{org}/key-results/KR1/history?limit=100");
        Assert.Equal(30, audit.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task MemberChecksInAsThemselvesOnly()
    {
        var org = await NewOrganizationAsync("items-by");
        var ben = await app.MemberAsync("items-by", "ben@items-by.example", "member", "ben");

        await Http.Expect(await ben.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-01", "value": 10, "by": "ana"}""")), HttpStatusCode.Forbidden);
        var recorded = await Http.Expect(await ben.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-01", "value": 10}""")), HttpStatusCode.Created);

        Assert.Equal("ben", recorded.GetProperty("checkIn").GetProperty("by").GetString());
        var audit = await app.GetJsonAsync($"{org}/key-results/KR1/history");
        Assert.Equal("ben@items-by.example", Assert.Single(audit.GetProperty("entries").EnumerateArray()).GetProperty("actor").GetString());
    }

    [Fact]
    public async Task CheckInStillCountsAfterTheServerRestarts()
    {
        var org = await NewOrganizationAsync("items-restart");
        await Http.Expect(await app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-01", "value": 60}""")), HttpStatusCode.Created);

        await using var again = Http.Start(app.Database.Settings);
        var client = again.CreateClient();
        client.DefaultRequestHeaders.Authorization = app.Client.DefaultRequestHeaders.Authorization;
        var alignment = await Http.Expect(await client.GetAsync($"{org}/alignment"), HttpStatusCode.OK);

        // KR1 0.6 and KR2 0: O1 0.3, G1 0.3.
        Assert.Equal(0.3, alignment.GetProperty("goals")[0].GetProperty("progress").GetDouble(), 10);
    }

    [Fact]
    public async Task BadBodiesNameTheFieldAndChangeNothing()
    {
        var org = await NewOrganizationAsync("items-bad");
        var before = await app.ExportPlanAsync("items-bad");

        async Task<JsonElement> RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string field)
        {
            var problem = await Http.Expect(response, status);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error at {field}: {problem}");
            return problem;
        }

        await RefusedAsync(await app.Client.PostAsync($"{org}/goals", Json("""{"id": "G2", "title": "Keep customers", "priority": "high"}""")), HttpStatusCode.BadRequest, "$.priority");
        var typo = await RefusedAsync(await app.Client.PostAsync($"{org}/goals", Json("""{"id": "G2", "titel": "Keep customers"}""")), HttpStatusCode.BadRequest, "$.titel");
        Assert.Contains("title", typo.GetProperty("errors").GetProperty("$.titel")[0].GetString(), StringComparison.Ordinal);
        await RefusedAsync(await app.Client.PostAsync($"{org}/goals", Json("""{"id": "G2", "title": "Keep customers", "owner": "anna"}""")), HttpStatusCode.BadRequest, "$.owner");
        await RefusedAsync(await app.Client.PostAsync($"{org}/goals", Json("""{"id": "G2", "title": """)), HttpStatusCode.BadRequest, "$.title");
        await RefusedAsync(await app.Client.PostAsync($"{org}/key-results/KR1/check-ins", Json("""{"date": "2026-10-01", "value": 5, "confidence": 1.5}""")), HttpStatusCode.BadRequest, "$.confidence");
        await RefusedAsync(await app.Client.PutAsync($"{org}/objectives/O1", Json("""{"id": "O1", "title": "x", "key_results": []}""")), HttpStatusCode.BadRequest, "$.key_results");

        var huge = await app.Client.PostAsync($"{org}/goals", Json($$"""{"id": "G3", "title": "{{new string('x', 1_100_000)}}"}"""));
        await Http.Expect(huge, HttpStatusCode.RequestEntityTooLarge);
        var yaml = await app.Client.PostAsync($"{org}/goals", new StringContent("id: G3", Encoding.UTF8, "application/yaml"));
        await Http.Expect(yaml, HttpStatusCode.UnsupportedMediaType);
        await Http.Expect(await app.Client.PutAsync($"{org}/goals/G404", Json("""{"id": "G404", "title": "x"}""")), HttpStatusCode.NotFound);
        var duplicate = await app.Client.PostAsync($"{org}/goals", Json("""{"id": "O1", "title": "Same id as the objective"}"""));
        await Http.Expect(duplicate, HttpStatusCode.Conflict);

        Assert.Equal(before, await app.ExportPlanAsync("items-bad"));
    }

    [Fact]
    public async Task DeleteOfAnItemOthersNameIsRefusedUntilTheyStopNamingIt()
    {
        var org = await NewOrganizationAsync("items-delete");

        var refused = await Http.Expect(await app.Client.DeleteAsync($"{org}/key-results/KR1"), HttpStatusCode.Conflict);
        Assert.Contains("KR1", refused.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        await app.GetJsonAsync($"{org}/key-results/KR1");

        await Http.ExpectText(await app.Client.DeleteAsync($"{org}/actions/A1"), HttpStatusCode.NoContent);
        await Http.ExpectText(await app.Client.DeleteAsync($"{org}/initiatives/I1"), HttpStatusCode.NoContent);
        await Http.ExpectText(await app.Client.DeleteAsync($"{org}/objectives/O1"), HttpStatusCode.NoContent);

        await app.GetJsonAsync($"{org}/key-results/KR1", HttpStatusCode.NotFound);
        var export = await app.ExportPlanAsync("items-delete");
        Assert.DoesNotContain("KR1", export, StringComparison.Ordinal);
        Assert.DoesNotContain("objectives:", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyResultAndVisionCanBeAddedAndReplaced()
    {
        var org = await NewOrganizationAsync("items-nested");

        await Http.Expect(await app.Client.PostAsync($"{org}/objectives/O1/key-results", Json("""{"id": "KR3", "title": "Renewal rate", "baseline": 70, "target": 90, "unit": "%"}""")), HttpStatusCode.Created);
        await Http.Expect(await app.Client.PostAsync($"{org}/vision/key-results", Json("""{"id": "SM1", "title": "Customers who renew", "target": 95}""")), HttpStatusCode.Created);
        var vision = await app.Client.PutAsync($"{org}/vision", Json("""{"statement": "Every customer renews, every year", "horizon": "2030-12-31"}"""));
        await Http.Expect(vision, HttpStatusCode.OK);

        Assert.Equal("\"2\"", vision.Headers.ETag?.Tag);
        Assert.Equal(["KR1", "KR2", "KR3"], Ids(await app.GetJsonAsync($"{org}/key-results?objective=O1")));
        var measure = await app.GetJsonAsync($"{org}/key-results/SM1");
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("objective").ValueKind);
        var export = await app.ExportPlanAsync("items-nested");
        Assert.Contains("statement: Every customer renews, every year", export, StringComparison.Ordinal);
        Assert.Contains("success:", export, StringComparison.Ordinal);
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}

public sealed class SqliteItemApiTests(ThroughlineApp<SqliteTestDatabase> app) : ItemApiTests<SqliteTestDatabase>(app);

public sealed class PostgresItemApiTests(ThroughlineApp<PostgresTestDatabase> app) : ItemApiTests<PostgresTestDatabase>(app);
