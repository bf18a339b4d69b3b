using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class PlanAndSettingsTests(BrowserApp app)
{
    private const string G1Title = "Offer the most efficient natural-refrigerant heat pumps for commercial buildings in the UK and EU";

    [Fact]
    public async Task The_plan_file_downloads_as_yaml_from_the_page_and_from_the_api_with_the_session_cookie()
    {
        var page = await app.SignInAsync("sophie");
        await page.GotoAsync("/o/calder/plan");

        var text = await DownloadAsync(page);
        Assert.Contains("name: Calder Energy Systems", text, StringComparison.Ordinal);
        Assert.Contains("title: " + G1Title, text, StringComparison.Ordinal);

        var api = await page.APIRequest.GetAsync("/api/organizations/calder/plan");
        Assert.Equal(200, api.Status);
        Assert.StartsWith("application/yaml", api.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("name: Calder Energy Systems", await api.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_file_with_an_error_shows_it_with_line_and_column_and_changes_nothing()
    {
        var page = await app.SignInAsync("sophie");
        await page.GotoAsync("/o/calder");
        var goals = page.GetByRole(AriaRole.Region, new() { Name = "Goals" }).Locator("tbody tr");
        var goalCount = await goals.CountAsync();

        await page.GotoAsync("/o/calder/plan");
        var lines = (await DownloadAsync(page)).Split('\n');

        // A typo in G1's title field: unknown fields are errors, reported where the key stands.
        var at = Array.FindIndex(lines, l => l.Trim() == "title: " + G1Title);
        Assert.True(at > 0, "the export has G1's title on a line of its own");
        var column = lines[at].IndexOf("title", StringComparison.Ordinal) + 1;
        lines[at] = lines[at].Replace("title:", "titel:", StringComparison.Ordinal);
        await UploadAsync(page, string.Join('\n', lines));

        var errors = page.Locator(".plan-errors li");
        await Assertions.Expect(errors.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#plan-file-error")).ToContainTextAsync($"calder.plan.yaml:{at + 1}:{column}");
        await Assertions.Expect(page.Locator("#plan-file-error")).ToContainTextAsync("titel");
        await Assertions.Expect(page.Locator("#plan-file-error")).ToContainTextAsync("nothing was changed");
        await Assertions.Expect(page.GetByLabel("Plan file", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" })).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "plan-import-error");

        await page.GotoAsync("/o/calder");
        await Assertions.Expect(goals).ToHaveCountAsync(goalCount);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Goals" }).GetByRole(AriaRole.Link, new() { Name = G1Title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_changed_goal_title_shows_as_one_changed_goal_and_applies_once_confirmed()
    {
        var page = await app.SignInAsync("sophie");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/o/calder/plan");
        var original = await DownloadAsync(page);
        const string renamed = "Offer the most efficient heat pumps on natural refrigerants";
        var edited = original.Replace("title: " + G1Title, "title: " + renamed, StringComparison.Ordinal);
        Assert.NotEqual(original, edited);

        try
        {
            await UploadAsync(page, edited);
            var review = page.GetByRole(AriaRole.Region, new() { Name = "Review the changes of calder.plan.yaml" });
            await Assertions.Expect(review).ToContainTextAsync("0 added, 1 changed and 0 removed");
            var kinds = review.Locator(".diff-kind");
            await Assertions.Expect(kinds).ToHaveCountAsync(1);
            await Assertions.Expect(kinds.First).ToHaveAttributeAsync("data-kind", "goal");
            await Assertions.Expect(kinds.First.Locator("summary")).ToContainTextAsync("1 changed");
            var changed = review.GetByRole(AriaRole.List, new() { Name = "Changed goals" }).Locator("li");
            await Assertions.Expect(changed).ToHaveCountAsync(1);
            await Assertions.Expect(changed).ToContainTextAsync("G1");
            await Assertions.Expect(changed).ToContainTextAsync(renamed);
            await BrowserApp.ScreenshotAsync(page, "plan-import-diff");

            // Reviewing changed nothing yet.
            await page.GotoAsync("/o/calder");
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Goals" }).GetByRole(AriaRole.Link, new() { Name = G1Title })).ToBeVisibleAsync();
            await page.GoBackAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Imported calder.plan.yaml: 0 added, 1 changed, 0 removed.");
            await page.GotoAsync("/o/calder");
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Goals" }).GetByRole(AriaRole.Link, new() { Name = renamed })).ToBeVisibleAsync();
        }
        finally
        {
            await page.GotoAsync("/o/calder/plan");
            await UploadAsync(page, original);
            if (await page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).CountAsync() > 0)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported calder.plan.yaml");
            }
        }

        await page.GotoAsync("/o/calder");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Goals" }).GetByRole(AriaRole.Link, new() { Name = G1Title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_sees_the_members_and_rules_read_only_and_no_plan_upload()
    {
        // At phone width: nothing may make the page scroll sideways.
        var page = await app.SignInAsync("tariq", width: 375, height: 800);
        await page.GotoAsync("/o/calder/settings");
        var members = page.GetByRole(AriaRole.Region, new() { Name = "Members and roles" });
        // The six demo accounts, one per role.
        await Assertions.Expect(members.Locator("tbody tr")).ToHaveCountAsync(6);
        await Assertions.Expect(members.Locator("tbody tr", new() { HasText = "sophie@calder.example" })).ToContainTextAsync("admin");
        await Assertions.Expect(members).ToContainTextAsync("your role is member");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add member" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = RemoveButton() })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox)).ToHaveCountAsync(0);
        Assert.True(await FitsAsync(page), "the members page scrolls sideways at 375 px");

        await page.GotoAsync("/o/calder/plan");
        await Assertions.Expect(page.GetByLabel("Plan file", new() { Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = DownloadLink() })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Import a plan file" })).ToContainTextAsync("for admins and owners");
        var posted = await page.APIRequest.GetAsync("/o/calder/plan/download");
        Assert.Equal(403, posted.Status);

        await page.GotoAsync("/o/calder/settings/rules");
        // The demo plan switches smart/not-specific off and lifts tracking/stale to error (examples/enterprise.plan.yaml, rules:).
        await Assertions.Expect(page.Locator("#rule-smart-not-specific .rule-setting")).ToContainTextAsync("Off");
        await Assertions.Expect(page.Locator("#rule-tracking-stale .rule-setting")).ToContainTextAsync("Error");
        await Assertions.Expect(page.Locator("#rule-tracking-low-confidence")).ToContainTextAsync("threshold: 0.4 (set in the plan)");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = SaveLevel() })).ToHaveCountAsync(0);
        Assert.True(await FitsAsync(page), "the rules page scrolls sideways at 375 px");
        await BrowserApp.ScreenshotAsync(page, "settings-rules-phone");
    }

    [Fact]
    public async Task A_new_token_shows_its_secret_once_and_can_be_revoked()
    {
        var page = await app.SignInAsync("lena");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/o/calder/settings/tokens");
        var name = "dashboard " + Guid.NewGuid().ToString("N")[..8];

        // Out of range first: the message is the API's, and what was typed stays.
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Expires after (days)").FillAsync("5000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        await Assertions.Expect(page.Locator("#token-days-error")).ToHaveTextAsync("A token lives from 1 to 3650 days; leave the field out for a token that does not expire.");
        await Assertions.Expect(page.GetByLabel("Name")).ToHaveValueAsync(name);

        await page.GetByLabel("Expires after (days)").FillAsync("30");
        await page.GetByLabel("Write: may also change what you may change").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = page.GetByLabel("The new token");
        await Assertions.Expect(secret).ToHaveValueAsync(TokenPattern());
        var value = await secret.InputValueAsync();
        var row = page.Locator("table.tokens tbody tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("write");
        await Assertions.Expect(row).ToContainTextAsync(value[..9]);
        await Assertions.Expect(row).ToContainTextAsync("active");

        // The token works, as lena.
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.Url, ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + value } });
        Assert.Equal(200, (await context.APIRequest.GetAsync("/api/account")).Status);

        // Shown once: a reload no longer has it.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("The new token")).ToHaveCountAsync(0);

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke " + name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The token is revoked");
        await Assertions.Expect(row).ToContainTextAsync("revoked");
        await Assertions.Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Equal(401, (await context.APIRequest.GetAsync("/api/account")).Status);
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_raises_a_rule_to_error_and_the_counts_follow()
    {
        var page = await app.SignInAsync("sophie");
        await page.GotoAsync("/o/calder");
        var (errors, warnings) = await CountsAsync(page);
        var row = page.Locator("#rule-smart-not-measurable");
        try
        {
            await page.GotoAsync("/o/calder/settings/rules");
            // Objective O9 cannot be measured: its KR9.2 has no target (examples/enterprise.plan.yaml). The one finding of the rule.
            await Assertions.Expect(row.Locator(".rule-setting")).ToContainTextAsync("Warning");
            await Assertions.Expect(row.Locator(".rule-setting")).ToContainTextAsync("default");
            await Assertions.Expect(row.Locator("td.numeric")).ToHaveTextAsync("1");

            await row.GetByLabel("Level of smart/not-measurable", new() { Exact = true }).SelectOptionAsync("error");
            await row.GetByRole(AriaRole.Button, new() { Name = "Save the level of smart/not-measurable" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("smart/not-measurable now reports at error.");
            await Assertions.Expect(row.Locator(".rule-setting")).ToContainTextAsync("Error");
            await Assertions.Expect(row.Locator(".rule-setting")).ToContainTextAsync("set in the plan");
            await Assertions.Expect(row.GetByLabel("Level of smart/not-measurable", new() { Exact = true })).ToHaveValueAsync("error");
            await BrowserApp.ScreenshotAsync(page, "settings-rules");

            await page.GotoAsync("/o/calder");
            Assert.Equal((errors + 1, warnings - 1), await CountsAsync(page));

            // Written like an import of the plan that changes that one rule, and audited so.
            var audit = await page.APIRequest.GetAsync("/api/organizations/calder/audit?limit=1");
            var entry = JsonDocument.Parse(await audit.TextAsync()).RootElement.GetProperty("entries")[0];
            Assert.Equal("sophie@calder.example", entry.GetProperty("actor").GetString());
            Assert.Equal("imported", entry.GetProperty("action").GetString());
            // The plan had no setting for the rule: it is added to the rules section, and nothing else moves.
            var after = entry.GetProperty("after");
            var touched = new[] { "added", "changed", "removed" }
                .SelectMany(change => after.GetProperty(change).EnumerateArray().Select(item => $"{change} {item.GetProperty("kind").GetString()} {item.GetProperty("id").GetString()}"));
            Assert.Equal(["added rule smart/not-measurable"], touched);
        }
        finally
        {
            await page.GotoAsync("/o/calder/settings/rules");
            await row.GetByLabel("Level of smart/not-measurable", new() { Exact = true }).SelectOptionAsync("default");
            await row.GetByRole(AriaRole.Button, new() { Name = "Save the level of smart/not-measurable" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("smart/not-measurable is back to its default, warning.");
        }

        await page.GotoAsync("/o/calder");
        Assert.Equal((errors, warnings), await CountsAsync(page));
    }

    [Fact]
    public async Task An_admin_changes_a_members_role_and_sees_the_api_rules_for_owners()
    {
        var page = await app.SignInAsync("sophie");
        await page.GotoAsync("/o/calder/settings");
        var board = page.Locator("tbody tr", new() { HasText = "board@calder.example" });
        try
        {
            await board.GetByLabel("Role of board@calder.example").SelectOptionAsync("member");
            await board.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Board observer is now member, linked to no person of the plan.");
            await Assertions.Expect(board.GetByLabel("Role of board@calder.example")).ToHaveValueAsync("member");

            // A person who is not in the plan: the API's message, next to the field, with what was typed kept.
            await board.GetByLabel("Person of board@calder.example").FillAsync("nobody-here");
            await board.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(board.Locator("input[aria-invalid='true']")).ToHaveValueAsync("nobody-here");
            await Assertions.Expect(board).ToContainTextAsync("The plan has no person 'nobody-here'; add them under organization.people (or POST …/people) first.");

            // Adding someone without an account says so.
            await page.GetByLabel("E-mail address").FillAsync("nobody@calder.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
            await Assertions.Expect(page.Locator("#new-email-error")).ToHaveTextAsync("No account has the e-mail 'nobody@calder.example'; ask them to sign up first.");

            // An admin may not touch the owner.
            var helen = page.Locator("tbody tr", new() { HasText = "helen@calder.example" });
            await Assertions.Expect(helen).ToContainTextAsync("Only owners change owners");
            await Assertions.Expect(helen.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await BrowserApp.ScreenshotAsync(page, "settings");
        }
        finally
        {
            await page.GotoAsync("/o/calder/settings");
            await board.GetByLabel("Role of board@calder.example").SelectOptionAsync("viewer");
            await board.GetByLabel("Person of board@calder.example").FillAsync("");
            await board.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Board observer is now viewer, linked to no person of the plan.");
        }
    }

    private static async Task<string> DownloadAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download calder.plan.yaml" }).ClickAsync());
        Assert.Equal("calder.plan.yaml", download.SuggestedFilename);
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    private static async Task UploadAsync(IPage page, string text)
    {
        await page.GetByLabel("Plan file", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "calder.plan.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(text) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static async Task<bool> FitsAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>The error and warning counts of the home page's findings card.</summary>
    private static async Task<(int Errors, int Warnings)> CountsAsync(IPage page)
    {
        var card = page.Locator("a.score", new() { HasText = "in the gap report" });
        var errors = await card.Locator(".score-value").InnerTextAsync();
        var warnings = await card.Locator(".score-label").InnerTextAsync();
        return (int.Parse(errors.Split(' ', '\n')[0], CultureInfo.InvariantCulture), int.Parse(warnings.Split(' ')[0], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^Remove ")]
    private static partial Regex RemoveButton();

    [GeneratedRegex("^Download ")]
    private static partial Regex DownloadLink();

    [GeneratedRegex("^Save the level")]
    private static partial Regex SaveLevel();

    [GeneratedRegex("^tl_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenPattern();
}
