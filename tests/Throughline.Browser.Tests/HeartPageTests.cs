using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Throughline.Core.Reports.Packet;
using Throughline.Web.Storage;

namespace Throughline.Browser.Tests;

/// <summary>
/// The HEART page: Tariq (bms-team) answers the pulse through the form, and the heat map shows a unit whose
/// five answers are known, his own unit withheld, and that he answered this round.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeartPageTests(BrowserApp app)
{
    [Fact]
    public async Task A_member_answers_the_pulse_and_the_heat_map_shows_known_and_withheld_cells()
    {
        // Five people of Quality Assurance answered hope with 4: (4 − 1) / 4 = 0.75, shown as 75, strong.
        await SeedAsync("quality", "hope", score: 4, count: 5);

        var tariq = await app.SignInAsync("tariq");
        await tariq.GetByRole(AriaRole.Link, new() { Name = "HEART", Exact = true }).ClickAsync();
        await tariq.WaitForURLAsync("**/o/calder/heart");
        await Assertions.Expect(tariq.GetByRole(AriaRole.Heading, new() { Name = "How is it going?" })).ToBeVisibleAsync();
        await tariq.GetByRole(AriaRole.Group, new() { Name = "Hope" }).GetByLabel("4 · Agree").CheckAsync();
        await tariq.GetByRole(AriaRole.Group, new() { Name = "Trust" }).GetByLabel("2 · Disagree").CheckAsync();
        await tariq.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        await Assertions.Expect(tariq.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you");
        await Assertions.Expect(tariq.Locator(".pulse")).ToContainTextAsync("You answered this round");
        await Assertions.Expect(tariq.GetByRole(AriaRole.Button, new() { Name = "Send my answers" })).ToHaveCountAsync(0);

        // Hope is the first dimension column; Battery Management Software has one answer: withheld.
        await Assertions.Expect(HopeCell(tariq, "Quality Assurance")).ToContainTextAsync("75 strong");
        await Assertions.Expect(HopeCell(tariq, "Battery Management Software")).ToContainTextAsync("withheld: fewer than 5 answered");

        // The unit's explanation names the survey's average and how many answered, since five did.
        await tariq.GetByRole(AriaRole.Link, new() { Name = "Quality Assurance", Exact = true }).ClickAsync();
        var explained = tariq.GetByRole(AriaRole.Region, new() { Name = "Quality Assurance explained" });
        await Assertions.Expect(explained).ToContainTextAsync("pulse survey 75: average 4 of 5 from 5 respondents");
        await BrowserApp.ScreenshotAsync(tariq, "heart");
    }

    private static ILocator HopeCell(IPage page, string unit) =>
        page.Locator("table.heat-map tbody tr")
            .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = unit, Exact = true }) })
            .Locator("td").First;

    private async Task SeedAsync(string unit, string dimension, int score, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "calder");
        var round = ReviewQuarter.Containing(DateOnly.FromDateTime(DateTime.UtcNow)).ToString();
        db.PulseTallies.Add(new PulseTallyRow { OrganizationId = organization.Id, Round = round, Unit = unit, Dimension = dimension, Score = score, Count = count });
        await db.SaveChangesAsync();
    }
}
