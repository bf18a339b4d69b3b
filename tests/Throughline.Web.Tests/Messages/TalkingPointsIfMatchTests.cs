using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Throughline.Web.Tests.Infrastructure;
using static Throughline.Web.Tests.Messages.MessagePlans;

namespace Throughline.Web.Tests.Messages;

/// <summary>Talking points carry their version as an ETag; an edit with a stale If-Match is refused, in the API and on the page.</summary>
public abstract partial class TalkingPointsIfMatchTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Slug = "if-match";
    private const string Points = $"/api/organizations/{Slug}/messages/1/talking-points/sales/frontline";

    [Fact]
    public async Task StaleIfMatchIsRefusedAndNoIfMatchKeepsEveryVersion()
    {
        var people = await CreateAsync(app, app.Factory, Slug);
        await WriteAsync(people.Rita, Slug);

        var read = await people.Ana.GetAsync(Points);
        await Http.Expect(read, HttpStatusCode.OK);
        Assert.Equal("\"1\"", read.Headers.ETag?.ToString());

        var saved = await PutAsync(people.Ana, "Version two.", "\"1\"");
        Assert.Equal("\"2\"", saved.Headers.ETag?.ToString());
        Assert.Equal(2, (await Http.Expect(saved, HttpStatusCode.OK)).GetProperty("version").GetInt32());

        // Someone who read version 1 too saves after that: nothing is saved, and the problem names version 2.
        var stale = await Http.Expect(await PutAsync(people.Ana, "Also from version one.", "\"1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(
            "These talking points are at version 2 now, not version 1 that you edited; nothing was saved. Reload them to read the current version, reapply your change and save again.",
            stale.GetProperty("detail").GetString());
        Assert.Equal(2, stale.GetProperty("currentVersion").GetInt32());
        Assert.Equal("\"2\"", stale.GetProperty("currentETag").GetString());
        Assert.Equal("Version two.", (await Http.Expect(await people.Ana.GetAsync(Points), HttpStatusCode.OK)).GetProperty("text").GetString());

        // A weak ETag, no If-Match and * all save: each save is a version of its own.
        Assert.Equal(3, await VersionAsync(await PutAsync(people.Ana, "Three.", "W/\"2\"")));
        Assert.Equal(4, await VersionAsync(await PutAsync(people.Ana, "Four.", null)));
        Assert.Equal(5, await VersionAsync(await PutAsync(people.Ana, "Five.", "*")));
        Assert.Equal(6, await VersionAsync(await PutAsync(people.Ana, "Six.", "\"1\", \"5\"")));
        await Http.Expect(await PutAsync(people.Ana, "Seven.", "\"abc\""), HttpStatusCode.PreconditionFailed);

        // Who may not edit hears that first, whatever the version.
        await Http.Expect(await PutAsync(people.Dan, "Mine.", "\"1\""), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task EditPageRefusesAStaleVersionAndKeepsTheTypedText()
    {
        var people = await CreateAsync(app, app.Factory, "if-match-page");
        await WriteAsync(people.Rita, "if-match-page");
        var page = await Http.ExpectText(await people.Ana.GetAsync("/o/if-match-page/messages/1"), HttpStatusCode.OK);
        Assert.Contains("name=\"Version\" value=\"1\"", page, StringComparison.Ordinal);

        // Rita saves version 2 while Ana edits version 1.
        await Http.Expect(
            await people.Rita.PutAsJsonAsync("/api/organizations/if-match-page/messages/1/talking-points/sales/frontline", new { text = "Rita was here first." }),
            HttpStatusCode.OK);
        var refused = await SaveAsync(people.Ana, page, "1", "Ana rewrote every line.");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("These talking points are at version 2 now, not version 1 that you edited; nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains(">Ana rewrote every line.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Rita was here first.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"2\"", html, StringComparison.Ordinal);

        // Having read version 2, Ana saves her text over it as version 3.
        var saved = await SaveAsync(people.Ana, html, "2", "Ana rewrote every line.");
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"The form answered {saved.StatusCode}.");
        var points = await Http.Expect(await people.Ana.GetAsync("/api/organizations/if-match-page/messages/1/talking-points/sales/frontline"), HttpStatusCode.OK);
        Assert.Equal((3, "Ana rewrote every line."), (points.GetProperty("version").GetInt32(), points.GetProperty("text").GetString()));
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string text, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Points) { Content = JsonContent.Create(new { text }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<int> VersionAsync(HttpResponseMessage response) =>
        (await Http.Expect(response, HttpStatusCode.OK)).GetProperty("version").GetInt32();

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string page, string version, string text)
    {
        var token = Token().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        using var form = new FormUrlEncodedContent(
            [new("Department", "sales"), new("Level", "frontline"), new("Version", version), new("Text", text), new("__RequestVerificationToken", token)]);
        return await client.PostAsync("/o/if-match-page/messages/1?handler=save", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class SqliteTalkingPointsIfMatchTests(ThroughlineApp<SqliteTestDatabase> app) : TalkingPointsIfMatchTests<SqliteTestDatabase>(app);

public sealed class PostgresTalkingPointsIfMatchTests(ThroughlineApp<PostgresTestDatabase> app) : TalkingPointsIfMatchTests<PostgresTestDatabase>(app);
