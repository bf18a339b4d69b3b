using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Accounts;

/// <summary>Creating, listing and revoking personal access tokens: the checks the settings page shares.</summary>
public abstract class TokenApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    [Theory]
    [InlineData("", "read", null, "name", "Give the token a name of 1 to 100 characters that says where it is used, for example 'quarterly import script'.")]
    [InlineData("import", "admin", null, "scope", "Unknown scope 'admin'; use read or write.")]
    [InlineData("import", "write", 0, "expiresInDays", "A token lives from 1 to 3650 days; leave the field out for a token that does not expire.")]
    [InlineData("import", "write", 3651, "expiresInDays", "A token lives from 1 to 3650 days; leave the field out for a token that does not expire.")]
    public async Task ABadTokenRequestNamesItsField(string name, string scope, int? days, string field, string message)
    {
        var client = await app.UserAsync("token-checks@example.com");
        var body = await Http.Expect(await client.PostAsJsonAsync("/api/account/tokens", new { name, scope, expiresInDays = days }), HttpStatusCode.BadRequest);
        Assert.Equal(message, body.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task ATokenIsListedWithItsExpiryAndStaysListedOnceRevoked()
    {
        var client = await app.UserAsync("token-list@example.com");
        var created = await Http.Expect(await client.PostAsJsonAsync("/api/account/tokens", new { name = "  nightly export  ", expiresInDays = 30 }), HttpStatusCode.Created);
        Assert.Equal("nightly export", created.GetProperty("name").GetString());
        Assert.Equal("read", created.GetProperty("scope").GetString());
        var id = created.GetProperty("id").GetString();
        var expires = created.GetProperty("expiresAt").GetDateTimeOffset() - created.GetProperty("createdAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromDays(30), expires);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/account/tokens/{id}")).StatusCode);
        var listed = (await Http.Expect(await client.GetAsync("/api/account/tokens"), HttpStatusCode.OK)).EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        Assert.Equal(created.GetProperty("prefix").GetString(), listed.GetProperty("prefix").GetString());

        var other = await app.UserAsync("token-list-other@example.com");
        await Http.ExpectText(await other.DeleteAsync($"/api/account/tokens/{id}"), HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTokenApiTests(ThroughlineApp<SqliteTestDatabase> app) : TokenApiTests<SqliteTestDatabase>(app);

public sealed class PostgresTokenApiTests(ThroughlineApp<PostgresTestDatabase> app) : TokenApiTests<PostgresTestDatabase>(app);
