using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserApp app)
{
    [Fact]
    public async Task Signing_in_opens_the_home_page_with_the_vision_goals_scores_and_findings()
    {
        var page = await app.SignInAsync("helen");

        // One organization: the sign-in lands on its home page.
        Assert.EndsWith("/o/calder", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calder Energy Systems", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".vision-statement")).ToContainTextAsync("one in five new commercial heat pumps");

        // The demo plan has six goals, G1 to G6, each with its progress bar and a status in words.
        var goals = page.GetByRole(AriaRole.Region, new() { Name = "Goals" }).Locator("tbody tr");
        await Assertions.Expect(goals).ToHaveCountAsync(6);
        await Assertions.Expect(goals.First.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-label", "Progress of G1");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "What matters most this week" }).Locator(".finding")).ToHaveCountAsync(5);

        // The latest wins, at most five, as the wins API lists them for the same day.
        var wins = await page.Context.APIRequest.GetAsync("/api/organizations/calder/wins");
        var listed = System.Text.Json.JsonDocument.Parse(await wins.TextAsync()).RootElement.GetProperty("wins").GetArrayLength();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Wins" }).Locator(".win")).ToHaveCountAsync(Math.Min(5, listed));
        await BrowserApp.ScreenshotAsync(page, "home");
    }

    [Fact]
    public async Task A_page_asked_for_before_signing_in_opens_after_the_sign_in()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.Url });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/o/calder?asOf=2026-10-01");
        Assert.Contains("/sign-in?ReturnUrl=%2Fo%2Fcalder%3FasOf%3D2026-10-01", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("E-mail address").FillAsync("tariq@calder.example");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail address or the password is wrong.");
        // What was typed stays.
        await Assertions.Expect(page.GetByLabel("E-mail address")).ToHaveValueAsync("tariq@calder.example");

        await page.GetByLabel("Password").FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/o/calder?asOf=2026-10-01");
        await Assertions.Expect(page.GetByText("As of 2026-10-01")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_organization_the_user_is_not_a_member_of_is_not_found()
    {
        var page = await app.SignInAsync("tariq");
        var response = await page.GotoAsync("/o/someone-else");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
    }
}
