using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

/// <summary>
/// My work, the units and the gap report, checked against figures worked out by hand from
/// examples/enterprise.plan.yaml. The inbox is read as of 2026-11-23, before any check-in a test records
/// (check-ins are dated the server's today), so what one test records never changes what another expects.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkTests(BrowserApp app)
{
    // Tariq owns one key result, KR4.1 (weekly, last checked in on 2026-11-13 at 52 of 100 %): on 2026-11-23 it is
    // ten days silent, so a check-in has been due since 2026-11-20; the grace of tracking/stale (half a cadence,
    // 10.5 days) has not run out, so it is due, not overdue. He owns no action and nothing at risk.
    private const string Inbox = "/o/calder/inbox?asOf=2026-11-23";

    [Fact]
    public async Task My_work_lists_exactly_the_key_results_due_with_a_check_in_form()
    {
        var page = await app.SignInAsync("tariq");
        await page.GetByRole(AriaRole.Link, new() { Name = "My work" }).ClickAsync();
        await page.WaitForURLAsync("**/o/calder/inbox");
        await page.GotoAsync(Inbox);

        var checkIns = page.GetByRole(AriaRole.Region, new() { Name = "Check-ins due" });
        await Assertions.Expect(checkIns.Locator(".due")).ToHaveCountAsync(1);
        await Assertions.Expect(checkIns.Locator(".due .id")).ToHaveTextAsync(["KR4.1"]);
        await Assertions.Expect(checkIns.Locator(".due-when")).ToContainTextAsync("Due since 2026-11-20");
        await Assertions.Expect(checkIns.GetByRole(AriaRole.Link, new() { Name = "Connected storage systems running firmware 4.0" }))
            .ToHaveAttributeAsync("href", "/o/calder/items/KR4.1");
        await Assertions.Expect(checkIns.GetByRole(AriaRole.Form, new() { Name = "Check in on KR4.1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "At risk or off track" })).ToContainTextAsync("Nothing you own is at risk or off track.");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Actions due" })).ToContainTextAsync("No open action of yours is due");
        await BrowserApp.ScreenshotAsync(page, "inbox");
    }

    [Fact]
    public async Task A_check_in_from_my_work_redirects_with_the_new_progress_of_the_key_result_and_its_objective()
    {
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync(Inbox);

        // The value field has the focus: type and press Enter.
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Check in on KR4.1" });
        await Assertions.Expect(form.GetByLabel("Value")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("61");
        await form.GetByLabel("Note").FillAsync("Rollout reached the Gdańsk fleet");
        await form.GetByLabel("Note").PressAsync("Enter");

        // KR4.1 runs from 0 to 100 %: 61 is 61%. O4 averages it with KR4.2 (9.5 down to 5 call-outs, now 7.4:
        // 2.1 / 4.5 = 46.7%): (61% + 46.7%) / 2 = 53.8%, shown as 54%.
        await page.WaitForURLAsync("**/o/calder/inbox?asOf=2026-11-23");
        var notice = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(notice).ToContainTextAsync("Checked in 61 on KR4.1: its progress is now 61%");
        await Assertions.Expect(notice).ToContainTextAsync("Objective O4 is at 54%");
    }

    [Fact]
    public async Task An_invalid_value_is_shown_next_to_its_field_and_keeps_what_was_typed()
    {
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync(Inbox);

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Check in on KR4.1" });
        await form.GetByLabel("Value").FillAsync("sixty");
        await form.GetByLabel("Note").FillAsync("Waiting for the Gdańsk numbers");
        await form.GetByLabel("Note").PressAsync("Enter");

        form = page.GetByRole(AriaRole.Form, new() { Name = "Check in on KR4.1" });
        var value = form.GetByLabel("Value");
        await Assertions.Expect(value).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(value).ToHaveAccessibleDescriptionAsync(new Regex("must be a number, but is 'sixty'"));
        await Assertions.Expect(value).ToHaveValueAsync("sixty");
        await Assertions.Expect(value).ToBeFocusedAsync();
        await Assertions.Expect(form.GetByLabel("Note")).ToHaveValueAsync("Waiting for the Gdańsk numbers");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_gap_report_lists_both_gaps_with_why_they_matter_and_links_to_fix_them()
    {
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync("/o/calder/gaps?asOf=2026-11-23");

        // Vision without execution: O6 has no work, O15 no key results, O9 a key result without target (KR9.2).
        var vision = page.GetByRole(AriaRole.Region, new() { Name = "Vision without execution" });
        await Assertions.Expect(vision.GetByRole(AriaRole.Link, new() { Name = "Fix", Exact = false })).ToHaveCountAsync(3);
        foreach (var id in new[] { "O6", "O15", "O9" })
        {
            await Assertions.Expect(vision.GetByRole(AriaRole.Link, new() { Name = "Fix " + id, Exact = true })).ToHaveAttributeAsync("href", "/o/calder/items/" + id);
        }

        await Assertions.Expect(vision).ToContainTextAsync("No initiative or action works on objective O6 or its key results.");

        // Execution without vision: I24 (the hydrogen boiler study) supports nothing, O20 serves no goal.
        var execution = page.GetByRole(AriaRole.Region, new() { Name = "Execution without vision" });
        await Assertions.Expect(execution.GetByRole(AriaRole.Link, new() { Name = "Fix", Exact = false })).ToHaveCountAsync(2);
        await Assertions.Expect(execution.Locator(".rule")).ToHaveTextAsync(["gap/orphan-initiative", "smart/not-relevant"]);
        await Assertions.Expect(execution).ToContainTextAsync("Initiative I24 supports no objective or key result");
        await Assertions.Expect(execution).ToContainTextAsync("Why it matters: An orphan initiative is effort the strategy cannot account for");
        await Assertions.Expect(execution.GetByRole(AriaRole.Link, new() { Name = "Fix O20", Exact = true })).ToHaveAttributeAsync("href", "/o/calder/items/O20");
        await BrowserApp.ScreenshotAsync(page, "gaps");

        await execution.GetByRole(AriaRole.Link, new() { Name = "Fix I24", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/o/calder/items/I24");
    }

    [Fact]
    public async Task The_gap_report_filters_by_family_and_severity()
    {
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync("/o/calder/gaps?asOf=2026-11-23");
        await page.GetByLabel("Family", new() { Exact = true }).SelectOptionAsync("tracking");
        await page.GetByLabel("Severity", new() { Exact = true }).SelectOptionAsync("error");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("severity=error&family=tracking"));

        // The one tracking error as of 2026-11-23: KR13.1 (warranty claims) forecast far off track.
        var others = page.GetByRole(AriaRole.Region, new() { Name = "Other findings" });
        await Assertions.Expect(others.Locator(".gap-entry")).ToHaveCountAsync(1);
        await Assertions.Expect(others.Locator(".gap-entry")).ToContainTextAsync("Key result KR13.1 is off track");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Vision without execution" }).Locator(".gap-entry")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_unit_page_shows_its_capacity_chart_figures_and_objectives()
    {
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync("/o/calder/units?asOf=2026-11-23");
        await page.GetByRole(AriaRole.Link, new() { Name = "R290 Programme (cross-functional)" }).ClickAsync();
        await page.WaitForURLAsync("**/o/calder/units/xf-r290");
        await page.GotoAsync("/o/calder/units/xf-r290?asOf=2026-11-23");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "R290 Programme (cross-functional)", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#capacity-chart canvas")).ToBeVisibleAsync();

        // 12 FTE have 12 × 31 / 7 = 53.1 person-weeks in May 2027, against 67.8 for I26 and I27: 128%, over.
        var may = page.GetByRole(AriaRole.Row, new() { Name = "2027-05" });
        await Assertions.Expect(may).ToContainTextAsync("67.8");
        await Assertions.Expect(may).ToContainTextAsync("53.1");
        await Assertions.Expect(may).ToContainTextAsync("128%");
        await Assertions.Expect(may).ToContainTextAsync("Over");

        // The unit carries O2 (R290 certification) and O22 (A-Series in R290).
        var objectives = page.GetByRole(AriaRole.Region, new() { Name = "Objectives" });
        await Assertions.Expect(objectives.Locator("tbody .id")).ToHaveTextAsync(["O2", "O22"]);
        await BrowserApp.ScreenshotAsync(page, "unit");
    }

    [Fact]
    public async Task My_work_fits_a_phone_screen()
    {
        var page = await app.SignInAsync("tariq", 375, 812);
        await page.GotoAsync(Inbox);
        await Assertions.Expect(page.GetByRole(AriaRole.Form, new() { Name = "Check in on KR4.1" }).GetByRole(AriaRole.Button, new() { Name = "Check in" })).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"The page scrolls sideways: {width} px wide on a 375 px screen.");
        await BrowserApp.ScreenshotAsync(page, "inbox-phone");
    }
}
