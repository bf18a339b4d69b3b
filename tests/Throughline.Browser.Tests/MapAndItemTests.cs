using System.Globalization;
using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MapAndItemTests(BrowserApp app)
{
    private const string Outline = "#map-outline li.outline-item:not([hidden])";

    [Fact]
    public async Task The_map_leads_through_the_outline_to_a_key_result_with_its_chart_and_check_ins()
    {
        var page = await app.SignInAsync("helen");
        await page.GotoAsync("/o/calder/map");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alignment map", Level = 1 })).ToBeVisibleAsync();

        // The graph is drawn (Cytoscape paints on canvases) and orphan work has its own group: I24 supports nothing.
        await Assertions.Expect(page.Locator("#map-graph canvas").First).ToBeAttachedAsync();
        var orphans = page.Locator("#map-outline li[data-id='group:orphans']");
        await Assertions.Expect(orphans).ToContainTextAsync("Orphan work");
        await Assertions.Expect(orphans.Locator("li[data-id='I24']")).ToBeVisibleAsync();
        // Work is folded away below the key results at first, and a keyboard can open it.
        var kr41 = page.Locator("#map-outline li[data-id='KR4.1']");
        var toggle = kr41.GetByRole(AriaRole.Button, new() { Name = "Show what is under KR4.1" });
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(kr41.GetByRole(AriaRole.Button, new() { Name = "Hide what is under KR4.1" })).ToHaveAttributeAsync("aria-expanded", "true");
        await BrowserApp.ScreenshotAsync(page, "map");

        await page.GetByRole(AriaRole.Region, new() { Name = "Outline" })
            .GetByRole(AriaRole.Link, new() { Name = "Connected storage systems running firmware 4.0", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/o/calder/items/KR4.1");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connected storage systems running firmware 4.0", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#kr-chart canvas").First).ToBeVisibleAsync();

        // The demo plan has eleven check-ins on KR4.1, the last of them 52 on 2026-11-13; the table shows them all.
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Check-ins of KR4.1, newest first" }).Locator("tbody tr");
        Assert.True(await rows.CountAsync() >= 11);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Check-ins of KR4.1, newest first" })).ToContainTextAsync("Rollout paused one week for 4.0.1 hotfix");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Connections" }).GetByRole(AriaRole.Link, new() { Name = "Put remote diagnostics on every connected storage system with BMS firmware 4.0 by March 2027" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "item-key-result");
    }

    [Fact]
    public async Task A_check_in_by_the_owner_of_a_key_result_moves_its_objective_and_goal_at_once()
    {
        var page = await app.SignInAsync("tariq");
        var g1 = page.GetByRole(AriaRole.Progressbar, new() { Name = "Progress of G1" });
        await page.GotoAsync("/o/calder");
        var before = int.Parse((await g1.GetAttributeAsync("aria-valuenow"))!, CultureInfo.InvariantCulture);

        await page.GotoAsync("/o/calder/items/KR4.1#check-in");
        var value = page.GetByLabel("Value", new() { Exact = true });
        await Assertions.Expect(value).ToBeFocusedAsync();
        await value.FillAsync("92");
        await page.GetByLabel("Confidence (0 to 1)").FillAsync("0.9");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Last two regions switched over");
        await BrowserApp.ScreenshotAsync(page, "check-in");
        await page.GetByLabel("Note", new() { Exact = true }).PressAsync("Enter");

        // KR4.1 runs from 0 to 100 and stood at 52 in the demo plan; KR4.2 stands at 7.4 from 9.5 towards 5,
        // (9.5 − 7.4) / 4.5 = 46.7%. O4 is their mean: (92% + 46.7%) / 2 = 69.3%. G1 is the mean of its five
        // objectives (O1, O3, O4, O21, O22, weight 1 each): 36% in the demo plan, so (92% − 52%) / 2 / 5 = 4 points
        // more, 40%. The last check-in of a day counts, so these hold whatever other tests checked in today.
        var notice = page.Locator(".notice");
        await Assertions.Expect(notice).ToContainTextAsync("Checked in 92 on KR4.1:");
        await Assertions.Expect(notice).ToContainTextAsync("→ 92%, on track. O4:");
        await Assertions.Expect(notice).ToContainTextAsync("→ 69%, on track. G1:");
        await Assertions.Expect(notice).ToContainTextAsync("→ 40%");
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Progress of KR4.1" })).ToHaveAttributeAsync("aria-valuenow", "92");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Check-ins of KR4.1, newest first" }).Locator("tbody tr").First).ToContainTextAsync("Last two regions switched over");

        await page.GotoAsync("/o/calder");
        await Assertions.Expect(g1).ToHaveAttributeAsync("aria-valuenow", "40");
        Assert.True(before < 40, $"G1 stood at {before}% before the check-in");
    }

    [Fact]
    public async Task An_invalid_check_in_says_what_is_wrong_beside_each_field_and_keeps_what_was_typed()
    {
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync("/o/calder/items/KR4.1");
        var rowsBefore = await page.Locator("table.checkins tbody tr").CountAsync();
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("abc");
        await page.GetByLabel("Confidence (0 to 1)").FillAsync("7");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Typed before the mistake");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record check-in" }).ClickAsync();

        var value = page.GetByLabel("Value", new() { Exact = true });
        await Assertions.Expect(value).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#checkin-value-error")).ToContainTextAsync("number");
        await Assertions.Expect(value).ToHaveValueAsync("abc");
        await Assertions.Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("Typed before the mistake");
        await Assertions.Expect(value).ToBeFocusedAsync();

        // With the value fixed, the confidence out of 0–1 is named beside its field; nothing was recorded meanwhile.
        await value.FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record check-in" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Confidence (0 to 1)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#checkin-confidence-error")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByLabel("Confidence (0 to 1)")).ToHaveValueAsync("7");
        await Assertions.Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("Typed before the mistake");
        Assert.Equal(rowsBefore, await page.Locator("table.checkins tbody tr").CountAsync());
    }

    [Fact]
    public async Task A_member_cannot_edit_a_goal()
    {
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync("/o/calder/items/G1");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("natural-refrigerant heat pumps");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true })).ToHaveCountAsync(0);

        var response = await page.GotoAsync("/o/calder/items/G1/edit");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form[method='post'] input[name='title']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editing_a_goal_shows_the_writers_errors_beside_the_field()
    {
        var page = await app.SignInAsync("helen");
        await page.GotoAsync("/o/calder/items/G5");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/o/calder/items/G5/edit");
        var owner = page.GetByLabel("Owner");
        await Assertions.Expect(owner).ToHaveValueAsync("sophie");

        // An owner who is not a person of the plan: the plan's reference check, as the API answers it.
        await owner.FillAsync("sophy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(owner).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#edit-owner-error")).ToContainTextAsync("sophie");
        await Assertions.Expect(owner).ToHaveValueAsync("sophy");
    }

    [Fact]
    public async Task Filtering_the_map_by_a_unit_narrows_it_in_the_page_and_in_the_link()
    {
        var page = await app.SignInAsync("helen");
        await page.GotoAsync("/o/calder/map");
        var outline = page.Locator(Outline);
        var all = await outline.CountAsync();

        await page.GetByLabel("Unit").SelectOptionAsync("storage-eng");
        await Assertions.Expect(page.Locator("#map-outline li[data-id='KR1.1']")).ToBeHiddenAsync();
        var narrowed = await outline.CountAsync();
        Assert.InRange(narrowed, 3, all - 1);
        Assert.Contains("unit=storage-eng", page.Url, StringComparison.Ordinal);
        // Storage engineering's objective O4 with its key results, and the goal and vision above it.
        await Assertions.Expect(page.Locator("#map-outline li[data-id='O4']")).Not.ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#map-outline li[data-id='KR4.2']")).Not.ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#map-outline li[data-id='G1']")).Not.ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#map-outline li[data-id='G3']")).ToBeHiddenAsync();

        // The same filter as a link, answered by the server alone.
        var plain = await app.Browser.NewContextAsync(new() { BaseURL = app.Url, JavaScriptEnabled = false, StorageState = await page.Context.StorageStateAsync() });
        var server = await plain.NewPageAsync();
        await server.GotoAsync("/o/calder/map?unit=storage-eng");
        Assert.Equal(narrowed, await server.Locator(Outline).CountAsync());
        await Assertions.Expect(server.GetByLabel("Unit")).ToHaveValueAsync("storage-eng");
    }

    [Fact]
    public async Task An_initiative_shows_its_beat_stage_with_each_stage_entry_criteria()
    {
        // I4 (examples/enterprise.plan.yaml) claims act. Believe: owner Nikhil, supports KR3.1. Engage: the taskforce's
        // members and action owners join Nikhil, a frontline engineer. Act: it is active. Transform: KR3.1 fell from
        // £8,400 toward £7,390 in its check-ins, progress above zero. So it has earned transform.
        var page = await app.SignInAsync("tariq");
        await page.GotoAsync("/o/calder/items/I4");
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Change stage: believe, engage, act, transform" });
        await Assertions.Expect(panel.Locator(".stage-summary")).ToHaveTextAsync("It claims act; the plan shows it has earned transform.");
        await Assertions.Expect(panel.Locator(".beat-stage.claimed h3")).ToHaveTextAsync("Act");
        await Assertions.Expect(panel.Locator(".beat-stage.earned h3")).ToHaveTextAsync("Transform");
        await Assertions.Expect(panel.Locator(".stage-criteria li.met")).ToHaveCountAsync(6);
        await Assertions.Expect(panel.Locator(".stage-criteria li.unmet")).ToHaveCountAsync(0);
        await Assertions.Expect(panel.Locator(".stage-criteria li").Filter(new() { HasText = "Somebody below the executive level involved" })).ToContainTextAsync("(met)");
    }
}
