using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Web.Accounts;
using Throughline.Web.Hosting;
using Throughline.Web.Storage;

namespace Throughline.Cli.Tests;

/// <summary>
/// The real server listening on a loopback port, over a SQLite file of its own with the demo organization
/// (<c>calder</c>) and its accounts, for the commands that talk to a server.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "throughline-cli-server-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public string Url { get; private set; } = "";

    /// <summary>The write token of helen, the demo organization's owner.</summary>
    public string OwnerToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        app = ThroughlineServer.Build(new ServerOptions
        {
            Settings = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Storage:SqlitePath"] = Path.Combine(folder, "throughline.db"),
                ["ConnectionStrings:Throughline"] = "",
                ["THROUGHLINE_DATABASE"] = "",
                ["urls"] = "http://127.0.0.1:0",
                ["Logging:LogLevel:Default"] = "Warning",
            },
        });
        OwnerToken = (await DemoSeeder.SeedAsync(app.Services)).OwnerToken;
        await app.StartAsync();
        Url = app.Urls.Single();
    }

    /// <summary>A new token of one of the demo accounts (helen, sophie, rajesh, lena, tariq, board).</summary>
    public async Task<string> TokenAsync(string account, string scope)
    {
        await using var services = app!.Services.CreateAsyncScope();
        var user = await services.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByEmailAsync($"{account}@calder.example");
        var db = services.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var (row, secret) = AccessTokens.Issue(user!.Id, "cli test", scope, DateTimeOffset.UtcNow);
        db.AccessTokens.Add(row);
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>A loopback URL where nothing listens: the port was free a moment ago and is closed again.</summary>
    public static string UnusedUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
