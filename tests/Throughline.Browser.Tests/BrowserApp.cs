using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Throughline.Web.Hosting;

namespace Throughline.Browser.Tests;

/// <summary>
/// The real server on a loopback port with the demo organization (<c>calder</c>, 2,000 people) in a SQLite
/// file of its own, and a headless Chromium — Debian's <c>/usr/bin/chromium</c>, or the one
/// <c>THROUGHLINE_CHROMIUM</c> names — driven by Playwright. One of each for all browser tests, which run one
/// after another (<see cref="BrowserCollection"/>).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string Password = "Calder-demo-2026";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "throughline-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public string Url { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    /// <summary>Where the tests save screenshots of the pages: <c>THROUGHLINE_SCREENSHOTS</c>, or beside the test assembly.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("THROUGHLINE_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

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
                // Every test signs in; the sign-in limit protects real servers from guessing, not this one.
                ["Limits:SignInPerMinute"] = "1000",
            },
        });
        await DemoSeeder.SeedAsync(app.Services);
        await app.StartAsync();
        Url = app.Urls.Single();

        var chromium = Environment.GetEnvironmentVariable("THROUGHLINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"No Chromium at {chromium}: install Debian's chromium package (./test.sh does), or set THROUGHLINE_CHROMIUM.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A new browser page at laptop width, signed in through the sign-in form as <paramref name="account"/> (helen, sophie, rajesh, lena, tariq, board).</summary>
    public async Task<IPage> SignInAsync(string account, int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Url,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("E-mail address").FillAsync($"{account}@calder.example");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Saves a full-page screenshot as <c>{name}.png</c> in <see cref="ScreenshotFolder"/>.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
