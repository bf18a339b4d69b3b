using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

/// <summary>
/// The loop of a strategic message through the pages: Rajesh (leader) writes it for G1, Lena (manager of
/// storage-eng, in Product &amp; Engineering) edits and releases her department's manager-level talking points,
/// Tariq (a manager-level person of bms-team) acknowledges and restates it, and Lena marks it understood.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MessageTests(BrowserApp app)
{
    [Fact]
    public async Task A_message_is_written_released_restated_and_understood()
    {
        var rajesh = await app.SignInAsync("rajesh");
        var url = await WriteAsync(rajesh, "Natural refrigerants first");
        var id = url[(url.LastIndexOf('/') + 1)..];

        // Commercial has nothing under G1: flagged. Product & Engineering's talking points name its work.
        await Assertions.Expect(rajesh.GetByRole(AriaRole.Article, new() { Name = "Commercial · frontline" })).ToContainTextAsync("No examples");
        await Assertions.Expect(rajesh.GetByRole(AriaRole.List, new() { Name = "Examples for Product & Engineering · manager" })).ToContainTextAsync("KR4.1");

        var lena = await app.SignInAsync("lena");
        await lena.GotoAsync(url);
        await SaveAsync(lena, "G1 decides 2027 for us: firmware 4.0 (KR4.1) comes first.");
        await Assertions.Expect(lena.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 of the talking points");
        var points = lena.GetByRole(AriaRole.Article, new() { Name = "Product & Engineering · manager" });
        await points.GetByRole(AriaRole.Button, new() { Name = "Release version 2" }).ClickAsync();
        await Assertions.Expect(lena.GetByRole(AriaRole.Status)).ToContainTextAsync("delivered to 4 people");

        var tariq = await app.SignInAsync("tariq");
        await tariq.GotoAsync("/o/calder/messages/inbox");
        var acknowledge = tariq.GetByRole(AriaRole.Form, new() { Name = $"Acknowledge message {id}" });
        await Assertions.Expect(tariq.GetByRole(AriaRole.Region, new() { Name = "Strategic messages" })).ToContainTextAsync("firmware 4.0 (KR4.1) comes first");
        await acknowledge.GetByLabel("In your own words").FillAsync("Getting firmware 4.0 onto every storage system is our part of G1.");
        await acknowledge.GetByRole(AriaRole.Checkbox, new() { Name = "KR4.1" }).CheckAsync();
        await acknowledge.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(tariq.GetByRole(AriaRole.Status)).ToContainTextAsync($"Message {id} is acknowledged");
        await Assertions.Expect(tariq.GetByText("Waiting for your manager's review.")).ToBeVisibleAsync();

        await lena.GotoAsync(url + "/review");
        var review = lena.GetByRole(AriaRole.Form, new() { Name = "Review the restatement of Tariq Mahmood" });
        await review.GetByRole(AriaRole.Radio, new() { Name = "Understood" }).CheckAsync();
        await review.GetByLabel("Answer to Tariq Mahmood").FillAsync("Exactly.");
        await review.GetByRole(AriaRole.Button, new() { Name = "Save review" }).ClickAsync();
        await Assertions.Expect(lena.GetByRole(AriaRole.Status)).ToContainTextAsync("Tariq Mahmood is marked understood");

        // Four people of Product & Engineering are at manager level (Andrew, Lena, Tariq, Inês): one acknowledged,
        // and the one reviewed restatement is understood.
        await lena.GotoAsync(url);
        var row = lena.Locator("tr.comprehension-row[data-department='product-eng'][data-level='manager']");
        await Assertions.Expect(row.Locator(".acknowledged")).ToContainTextAsync("25%");
        await Assertions.Expect(row.Locator(".understood")).ToContainTextAsync("100%");
        await BrowserApp.ScreenshotAsync(lena, "message");

        // The same figures reach the home page, over every set of talking points released (here one).
        await lena.GotoAsync("/o/calder");
        var reach = lena.Locator($"tr[data-message='{id}']");
        await Assertions.Expect(reach.Locator(".acknowledged")).ToContainTextAsync("25% (1 of 4)");
        await Assertions.Expect(reach.Locator(".understood")).ToContainTextAsync("100% (1 of 1 reviewed)");
    }

    [Fact]
    public async Task The_gap_report_shows_the_demo_message_findings_and_leads_to_the_message()
    {
        // The demo released message 1 to Product & Engineering's four managers eight days ago; only Tariq acknowledged.
        var page = await app.SignInAsync("rajesh");
        await page.GotoAsync("/o/calder/gaps?family=communication");
        var rule = page.GetByRole(AriaRole.Article, new() { Name = "communication/unacknowledged" });
        await Assertions.Expect(rule).ToContainTextAsync("3 of the people of Product & Engineering (manager level) have not acknowledged message 1 within 7 days");
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "communication/no-examples" })).ToContainTextAsync("for Finance (frontline level)");
        await rule.GetByRole(AriaRole.Link, new() { Name = "Fix 1/product-eng/manager" }).ClickAsync();
        await page.WaitForURLAsync("**/o/calder/messages/1");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Natural refrigerants first");

        await page.GotoAsync("/o/calder/settings/rules");
        await Assertions.Expect(page.Locator("#rule-communication-unacknowledged")).ToContainTextAsync("days: 7 (default)");
    }

    [Fact]
    public async Task A_save_over_a_version_saved_meanwhile_is_refused_and_keeps_the_typed_text()
    {
        var rajesh = await app.SignInAsync("rajesh");
        var url = await WriteAsync(rajesh, "Service contracts next");
        var lena = await app.SignInAsync("lena");
        await lena.GotoAsync(url);

        // Both read version 1; Lena saves first.
        await SaveAsync(lena, "Lena's text: firmware first.");
        await Assertions.Expect(lena.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 of the talking points");
        await SaveAsync(rajesh, "Rajesh's text: contracts first.");

        await Assertions.Expect(rajesh.GetByRole(AriaRole.Alert)).ToContainTextAsync("at version 2 now, not version 1 that you edited; nothing was saved");
        var points = rajesh.GetByRole(AriaRole.Article, new() { Name = "Product & Engineering · manager" });
        await Assertions.Expect(points.GetByRole(AriaRole.Note, new() { Name = "Version 2, saved meanwhile" })).ToContainTextAsync("Lena's text: firmware first.");
        await Assertions.Expect(points.GetByRole(AriaRole.Textbox, new() { Name = "Talking points for Product & Engineering · manager", Exact = true }))
            .ToHaveValueAsync("Rajesh's text: contracts first.");

        // Having read Lena's version, Rajesh saves his over it.
        await points.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
        await Assertions.Expect(rajesh.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 3 of the talking points");
    }

    private static async Task<string> WriteAsync(IPage leader, string title)
    {
        await leader.GetByRole(AriaRole.Link, new() { Name = "Messages", Exact = true }).ClickAsync();
        await leader.WaitForURLAsync("**/o/calder/messages");
        var write = leader.GetByRole(AriaRole.Form, new() { Name = "Write a strategic message" });
        await write.GetByLabel("Title").FillAsync(title);
        await write.GetByLabel("Why it matters").FillAsync("The F-gas phase-out starts in 2027.");
        await write.GetByLabel("What changes").FillAsync("R290 work goes before everything else.");
        await write.GetByRole(AriaRole.Checkbox, new() { Name = "G1 Offer the most efficient" }).CheckAsync();
        await write.GetByRole(AriaRole.Button, new() { Name = "Write message" }).ClickAsync();
        await leader.WaitForURLAsync(MessageUrl());
        return new Uri(leader.Url).AbsolutePath;
    }

    private static async Task SaveAsync(IPage page, string text)
    {
        var points = page.GetByRole(AriaRole.Article, new() { Name = "Product & Engineering · manager" });
        await points.GetByRole(AriaRole.Textbox, new() { Name = "Talking points for Product & Engineering · manager", Exact = true }).FillAsync(text);
        await points.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
    }

    [GeneratedRegex(@"/o/calder/messages/\d+$")]
    private static partial Regex MessageUrl();
}
