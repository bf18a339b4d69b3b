using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Organizations;

public abstract class OrganizationApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    [Fact]
    public async Task HealthSaysTheDatabaseAnswers()
    {
        var health = await app.GetJsonAsync("/health");
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApiDocumentAndReferencePageDescribeTheApi()
    {
        var document = await app.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/organizations/{slug}/goals/{id}", "/api/organizations/{slug}/key-results/{id}/check-ins", "/api/account/tokens", "/api/organizations/{slug}/audit" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"the OpenAPI document has no {path}");
        }

        // The page loads its script from the server itself (no network needed) and reads the document above.
        var reader = app.Factory.CreateClient();
        var html = await Http.ExpectText(await reader.GetAsync("/api/reference/"), HttpStatusCode.OK);
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"scalar.js\">", html, StringComparison.Ordinal);
        var script = await reader.GetAsync("/api/reference/scalar.js");
        await Http.ExpectText(script, HttpStatusCode.OK);
        Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedOrganizationCanBeReadAndListed()
    {
        var created = await app.CreateOrganizationAsync("acme", "Acme Ltd");
        Assert.Equal("acme", created.GetProperty("slug").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt32());

        var read = await app.GetJsonAsync("/api/organizations/acme");
        Assert.Equal("Acme Ltd", read.GetProperty("name").GetString());

        var list = await app.GetJsonAsync("/api/organizations");
        Assert.Contains(list.EnumerateArray(), o => o.GetProperty("slug").GetString() == "acme");
    }

    [Fact]
    public async Task RoleChangesAndRemovalsTakeEffectOnTheNextRequest()
    {
        await app.CreateOrganizationAsync("cache-check", "Cache Check");
        var member = await app.MemberAsync("cache-check", "cache-member@example.com", "admin");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/organizations/cache-check")).StatusCode);
        var userId = (await app.GetJsonAsync("/api/organizations/cache-check/members")).EnumerateArray()
            .Single(m => m.GetProperty("email").GetString() == "cache-member@example.com").GetProperty("userId").GetString();

        var demoted = await app.Client.PutAsJsonAsync($"/api/organizations/cache-check/members/{userId}", new { role = "viewer" });
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        var read = await member.GetAsync("/api/organizations/cache-check");
        Assert.Equal("viewer", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        var write = await member.PostAsJsonAsync("/api/organizations/cache-check/units", new { id = "ops", name = "Operations" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"/api/organizations/cache-check/members/{userId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/api/organizations/cache-check")).StatusCode);
    }

    [Fact]
    public async Task TheOrganizationShowsItsNewVersionAfterAnImport()
    {
        await app.CreateOrganizationAsync("version-check", "Version Check");
        Assert.Equal(1, (await app.GetJsonAsync("/api/organizations/version-check")).GetProperty("version").GetInt32());

        await app.ImportPlanAsync("version-check", "throughline: 1\norganization:\n  name: Version Check\n");

        Assert.Equal(2, (await app.GetJsonAsync("/api/organizations/version-check")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task SecondOrganizationWithTheSameSlugIsAConflict()
    {
        await app.CreateOrganizationAsync("twice");
        var response = await app.Client.PostAsJsonAsync("/api/organizations", new { name = "Again", slug = "twice" });
        var problem = await Http.Expect(response, HttpStatusCode.Conflict);
        Assert.Equal("slug", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task InvalidSlugAndMissingNameAreNamedInTheProblem()
    {
        var response = await app.Client.PostAsJsonAsync("/api/organizations", new { slug = "Not A Slug" });
        var problem = await Http.Expect(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("slug", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("name", out _), errors.ToString());
    }

    [Fact]
    public async Task FieldOfTheWrongTypeIsNamedInTheProblem()
    {
        var response = await app.Client.PostAsync("/api/organizations", new StringContent("""{"name": 5, "slug": "typed"}""", Encoding.UTF8, "application/json"));
        var problem = await Http.Expect(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.name", out _), problem.ToString());
    }

    [Fact]
    public async Task MalformedJsonIsABadRequestProblem()
    {
        var response = await app.Client.PostAsync("/api/organizations", new StringContent("""{"name": "x", """, Encoding.UTF8, "application/json"));
        var problem = await Http.Expect(response, HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("errors", out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/organizations/nobody")]
    [InlineData("/api/organizations/nobody/plan")]
    [InlineData("/api/organizations/nobody/findings")]
    [InlineData("/api/organizations/nobody/scores")]
    [InlineData("/api/organizations/nobody/report?format=html")]
    public async Task UnknownOrganizationIsNotFound(string url)
    {
        var problem = await app.GetJsonAsync(url, HttpStatusCode.NotFound);
        Assert.Equal("Organization not found.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PlanForUnknownOrganizationIsNotFound()
    {
        var response = await app.PutPlanAsync("nobody", Examples.Enterprise);
        await Http.Expect(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApiDocumentListsTheEndpoints()
    {
        var document = await app.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/organizations/{slug}/plan", out _), paths.ToString());
        Assert.True(paths.TryGetProperty("/api/organizations/{slug}/findings", out _), paths.ToString());

        // How to authenticate: a bearer token, or the sign-in cookie.
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("http", schemes.GetProperty("token").GetProperty("type").GetString());
        Assert.Equal("bearer", schemes.GetProperty("token").GetProperty("scheme").GetString());
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        Assert.Equal("throughline.session", schemes.GetProperty("cookie").GetProperty("name").GetString());
        Assert.Equal(["token", "cookie"], document.GetProperty("security").EnumerateArray().Select(r => r.EnumerateObject().Single().Name));
    }
}

public sealed class SqliteOrganizationApiTests(ThroughlineApp<SqliteTestDatabase> app) : OrganizationApiTests<SqliteTestDatabase>(app);

public sealed class PostgresOrganizationApiTests(ThroughlineApp<PostgresTestDatabase> app) : OrganizationApiTests<PostgresTestDatabase>(app);
