using System.Text.Json;
using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

/// <summary>The notifications and wins pages: reachable from My work, accessible, and narrow enough for a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CadencePageTests(BrowserApp app)
{
    private static readonly string[] Pages = ["/o/calder/notifications", "/o/calder/wins"];

    [Fact]
    public async Task My_work_links_to_notifications_and_wins()
    {
        var page = await app.SignInAsync("helen");
        await page.GotoAsync("/o/calder/inbox");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wins", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wins", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Notifications", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Notifications_and_wins_have_no_serious_accessibility_violation_and_fit_a_phone()
    {
        var axe = await File.ReadAllTextAsync(AxeScript());
        var page = await app.SignInAsync("helen", width: 375, height: 812);
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            await page.EvaluateAsync(axe);
            var found = await page.EvaluateAsync<JsonElement>("""
                async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                    .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
                """);
            problems.AddRange(found.EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 375)
            {
                problems.Add($"{path}: {width} px wide");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string AxeScript()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Throughline.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? ".", "src", "Throughline.Web", "node_modules", "axe-core", "axe.min.js");
    }
}
