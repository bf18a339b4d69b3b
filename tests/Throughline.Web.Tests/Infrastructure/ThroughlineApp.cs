using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Web.Accounts;
using Throughline.Web.Storage;

namespace Throughline.Web.Tests.Infrastructure;

/// <summary>
/// The server over a database of its own, shared by the tests of one class, with the requests the tests
/// make spelled as intents. Every failed expectation shows the response body.
/// </summary>
public sealed class ThroughlineApp<TDatabase> : IAsyncLifetime
    where TDatabase : ITestDatabase, new()
{
    private WebApplicationFactory<Program>? factory;

    public TDatabase Database { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory => factory!;

    public StorageOptions Storage => StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(Database.Settings).Build());

    /// <summary>The user every test class starts with: owner of the organizations it creates through <see cref="Client"/>.</summary>
    public const string OwnerEmail = "owner@example.com";

    public async Task InitializeAsync()
    {
        await Database.CreateAsync();
        await DatabaseMigrations.MigrateAsync(Storage);
        factory = Http.Start(Database.Settings);
        Client = await UserAsync(OwnerEmail);
    }

    /// <summary>A client that acts as the user with this e-mail (created when new), through a personal access token.</summary>
    public async Task<HttpClient> UserAsync(string email, string scope = "write")
    {
        await using var services = Factory.Services.CreateAsyncScope();
        var users = services.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new UserAccount { UserName = email, Email = email, DisplayName = email.Split('@')[0], CreatedAt = DateTimeOffset.UtcNow };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        var db = services.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var (row, secret) = AccessTokens.Issue(user.Id, "test", scope, DateTimeOffset.UtcNow);
        db.AccessTokens.Add(row);
        await db.SaveChangesAsync();
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>The password of every user <see cref="UserAsync"/> creates.</summary>
    public const string Password = "Correct-Horse-42";

    /// <summary>Makes the user a member of the organization (as its owner, through the API) and returns a client acting as them.</summary>
    public async Task<HttpClient> MemberAsync(string slug, string email, string role, string? person = null, string scope = "write")
    {
        var client = await UserAsync(email, scope);
        var response = await Client.PostAsJsonAsync($"/api/organizations/{slug}/members", new { email, role, person });
        await Http.Expect(response, HttpStatusCode.Created);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await Database.DropAsync();
    }

    public async Task<JsonElement> CreateOrganizationAsync(string slug, string? name = null)
    {
        var response = await Client.PostAsJsonAsync("/api/organizations", new { name = name ?? $"Organization {slug}", slug });
        return await Http.Expect(response, HttpStatusCode.Created);
    }

    public Task<HttpResponseMessage> PutPlanAsync(string slug, string yaml, bool dryRun = false) =>
        Client.PutAsync($"/api/organizations/{slug}/plan{(dryRun ? "?dryRun=true" : "")}", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

    public async Task<JsonElement> ImportPlanAsync(string slug, string yaml, bool dryRun = false) =>
        await Http.Expect(await PutPlanAsync(slug, yaml, dryRun), HttpStatusCode.OK);

    public async Task<string> ExportPlanAsync(string slug) =>
        await Http.ExpectText(await Client.GetAsync($"/api/organizations/{slug}/plan"), HttpStatusCode.OK);

    public async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await Http.Expect(await Client.GetAsync(url), expected);
}

/// <summary>Starting a server and reading its answers, with the response body in every failure message.</summary>
public static class Http
{
    /// <summary>A server over the given configuration; starting it is the caller's (CreateClient).</summary>
    public static WebApplicationFactory<Program> Start(IReadOnlyDictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // The scheduler ticks only when a test runs one, at the time the test sets (Notifications/).
            builder.UseSetting("Scheduler:Enabled", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    public static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await ExpectText(response, expected);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<string> ExpectText(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} {response.StatusCode}, expected {(int)expected} {expected}. Body:\n{body}");
        return body;
    }
}
