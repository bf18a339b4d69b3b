using System.Text.Json;
using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

/// <summary>
/// Every main page, checked the same way: no serious accessibility violation that axe-core (the engine of
/// browsers' accessibility audits) finds against WCAG 2 A and AA, and no sideways scrolling at phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageQualityTests(BrowserApp app)
{
    private static readonly string[] Pages =
    [
        "/o/calder", "/o/calder/inbox", "/o/calder/map", "/o/calder/items/G1", "/o/calder/items/O4", "/o/calder/items/KR4.1",
        "/o/calder/items/I7", "/o/calder/items/KR4.1/edit", "/o/calder/units", "/o/calder/units/storage-eng", "/o/calder/gaps",
        "/o/calder/plan", "/o/calder/settings", "/o/calder/settings/tokens", "/o/calder/settings/rules",
        "/o/calder/messages", "/o/calder/messages/inbox", "/o/calder/heart",
    ];

    [Fact]
    public async Task No_page_has_a_serious_accessibility_violation()
    {
        var axe = await File.ReadAllTextAsync(AxeScript());
        var page = await app.SignInAsync("helen");
        var problems = new List<string>();
        foreach (var path in Pages.Prepend("/status/404"))
        {
            await page.GotoAsync(path);
            await page.EvaluateAsync(axe);
            var found = await page.EvaluateAsync<JsonElement>("""
                async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                    .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
                """);
            problems.AddRange(found.EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task No_page_scrolls_sideways_at_phone_width()
    {
        var page = await app.SignInAsync("helen", width: 375, height: 812);
        var wide = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 375)
            {
                wide.Add($"{path}: {width} px wide");
            }
        }

        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    // axe-core comes from npm with the pages' libraries (src/Throughline.Web/package.json, a development dependency).
    private static string AxeScript()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Throughline.slnx")))
        {
            folder = folder.Parent;
        }

        var script = Path.Combine(folder?.FullName ?? ".", "src", "Throughline.Web", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(script) ? script : throw new FileNotFoundException($"axe-core is not installed at {script}; build src/Throughline.Web (it runs npm ci).");
    }
}
