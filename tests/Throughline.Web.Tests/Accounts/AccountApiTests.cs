using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Accounts;

/// <summary>Signing up and in with a cookie (and its antiforgery token), personal access tokens, and their limits.</summary>
public abstract class AccountApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private HttpClient Browser() => app.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    private static async Task<string> AntiforgeryAsync(HttpClient browser)
    {
        var body = await Http.Expect(await browser.GetAsync("/api/account/antiforgery"), HttpStatusCode.OK);
        Assert.Equal("X-CSRF-TOKEN", body.GetProperty("headerName").GetString());
        return body.GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task AnonymousRequestsAreUnauthorized()
    {
        var anonymous = app.Factory.CreateClient();
        await Http.ExpectText(await anonymous.GetAsync("/api/organizations"), HttpStatusCode.Unauthorized);
        await Http.ExpectText(await anonymous.GetAsync("/api/account"), HttpStatusCode.Unauthorized);
        var forged = app.Factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tl_not-a-real-token-at-all");
        await Http.ExpectText(await forged.GetAsync("/api/organizations"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignedInBrowserWritesOnlyWithTheAntiforgeryToken()
    {
        var browser = Browser();
        var signUp = await browser.PostAsJsonAsync("/api/account/sign-up", new { email = "cookie@example.com", password = "Correct-Horse-42", name = "Cookie Monster" });
        await Http.Expect(signUp, HttpStatusCode.Created);
        var me = await Http.Expect(await browser.GetAsync("/api/account"), HttpStatusCode.OK);
        Assert.Equal("Cookie Monster", me.GetProperty("name").GetString());

        var without = await browser.PostAsJsonAsync("/api/organizations", new { name = "Cookie Co", slug = "cookie-co" });
        var problem = await Http.Expect(without, HttpStatusCode.BadRequest);
        Assert.Contains("X-CSRF-TOKEN", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var token = await AntiforgeryAsync(browser);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations") { Content = JsonContent.Create(new { name = "Cookie Co", slug = "cookie-co" }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var created = await Http.Expect(await browser.SendAsync(request), HttpStatusCode.Created);
        Assert.Equal("cookie-co", created.GetProperty("slug").GetString());

        var mine = await Http.Expect(await browser.GetAsync("/api/account"), HttpStatusCode.OK);
        var membership = Assert.Single(mine.GetProperty("organizations").EnumerateArray());
        Assert.Equal("owner", membership.GetProperty("role").GetString());
    }

    [Fact]
    public async Task WrongPasswordAndUnknownEmailAnswerAlike()
    {
        await app.UserAsync("known@example.com");
        var wrong = await Http.Expect(await Browser().PostAsJsonAsync("/api/account/sign-in", new { email = "known@example.com", password = "nope" }), HttpStatusCode.Unauthorized);
        var unknown = await Http.Expect(await Browser().PostAsJsonAsync("/api/account/sign-in", new { email = "nobody@example.com", password = "nope" }), HttpStatusCode.Unauthorized);
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());

        var browser = Browser();
        await Http.Expect(await browser.PostAsJsonAsync("/api/account/sign-in", new { email = "known@example.com", password = ThroughlineApp<TDatabase>.Password }), HttpStatusCode.OK);
        await Http.Expect(await browser.GetAsync("/api/account"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task TokenWorksUntilRevokedAndIsStoredOnlyAsAHash()
    {
        var owner = await app.UserAsync("tokens@example.com");
        var created = await Http.Expect(await owner.PostAsJsonAsync("/api/account/tokens", new { name = "nightly import", scope = "read", expiresInDays = 30 }), HttpStatusCode.Created);
        var secret = created.GetProperty("token").GetString()!;
        Assert.StartsWith("tl_", secret, StringComparison.Ordinal);

        var script = app.Factory.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        await Http.Expect(await script.GetAsync("/api/account"), HttpStatusCode.OK);

        var list = await Http.Expect(await owner.GetAsync("/api/account/tokens"), HttpStatusCode.OK);
        Assert.DoesNotContain(secret, list.ToString(), StringComparison.Ordinal);
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("name").GetString() == "nightly import" && t.GetProperty("scope").GetString() == "read");

        var id = created.GetProperty("id").GetString();
        await Http.ExpectText(await owner.DeleteAsync($"/api/account/tokens/{id}"), HttpStatusCode.NoContent);
        await Http.ExpectText(await script.GetAsync("/api/account"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ReadTokenReadsButCannotWrite()
    {
        await app.CreateOrganizationAsync("read-only");
        var reader = await app.MemberAsync("read-only", "reader@example.com", "admin", scope: "read");

        await Http.Expect(await reader.GetAsync("/api/organizations/read-only/members"), HttpStatusCode.OK);
        var refused = await reader.PostAsync("/api/organizations/read-only/goals", new StringContent("""{"id": "G1", "title": "x"}""", Encoding.UTF8, "application/json"));
        var problem = await Http.Expect(refused, HttpStatusCode.Forbidden);
        Assert.Contains("read-only", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var escalate = await reader.PostAsJsonAsync("/api/account/tokens", new { name = "more", scope = "write" });
        await Http.Expect(escalate, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OtherTenantsCannotBeProbed()
    {
        await app.CreateOrganizationAsync("tenant-a");
        var stranger = await app.UserAsync("stranger@example.com");

        var existing = await Http.Expect(await stranger.GetAsync("/api/organizations/tenant-a"), HttpStatusCode.NotFound);
        var missing = await Http.Expect(await stranger.GetAsync("/api/organizations/tenant-none"), HttpStatusCode.NotFound);
        Assert.Equal(existing.GetProperty("title").GetString(), missing.GetProperty("title").GetString());
        var organizations = await Http.Expect(await stranger.GetAsync("/api/organizations"), HttpStatusCode.OK);
        Assert.Empty(organizations.EnumerateArray());
    }

    [Fact]
    public async Task SignInIsRateLimited()
    {
        var settings = new Dictionary<string, string?>(app.Database.Settings) { ["Limits:SignInPerMinute"] = "3" };
        await using var limited = Http.Start(settings);
        var client = limited.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/account/sign-in", new { email = "nobody@example.com", password = "wrong" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task WeakPasswordIsRefusedWithWhatIsMissing()
    {
        var response = await Browser().PostAsJsonAsync("/api/account/sign-up", new { email = "weak@example.com", password = "short" });
        var problem = await Http.Expect(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out var messages), problem.ToString());
        Assert.True(messages.GetArrayLength() >= 2, messages.ToString());
        Assert.Equal(JsonValueKind.Array, messages.ValueKind);
    }
}

public sealed class SqliteAccountApiTests(ThroughlineApp<SqliteTestDatabase> app) : AccountApiTests<SqliteTestDatabase>(app);

public sealed class PostgresAccountApiTests(ThroughlineApp<PostgresTestDatabase> app) : AccountApiTests<PostgresTestDatabase>(app);
