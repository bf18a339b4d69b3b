using System.Text;
using Microsoft.Playwright;

namespace Throughline.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PlanFormatUploadTests(BrowserApp app)
{
    private const string Objective = "Open a service hub in Leeds";

    // 03/04/2027 could be either day or month first, and no other date tells: the importer leaves it out with a warning.
    private const string Csv = """
        objective,due,key result,baseline,target,unit of measure
        Open a service hub in Leeds,03/04/2027,Engineers based in Leeds,0,12,engineers
        """;

    [Fact]
    public async Task A_csv_upload_shows_its_diff_and_notes_and_merges_a_new_objective_into_the_plan()
    {
        var page = await app.SignInAsync("sophie");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/o/calder/plan");
        Assert.Contains(".csv", await page.GetByLabel("Plan file", new() { Exact = true }).GetAttributeAsync("accept"), StringComparison.Ordinal);
        var original = await DownloadAsync(page);

        try
        {
            await UploadAsync(page, "okr.csv", "text/csv", Csv);
            var review = page.GetByRole(AriaRole.Region, new() { Name = "Review the changes of okr.csv" });
            await Assertions.Expect(review).ToContainTextAsync("2 added, 0 changed and 0 removed");
            await Assertions.Expect(review).ToContainTextAsync("everything else in the plan stays as it is");
            var notes = review.GetByRole(AriaRole.Region, new() { Name = "Notes on the file" });
            await Assertions.Expect(notes).ToContainTextAsync("okr.csv:2");
            await Assertions.Expect(notes).ToContainTextAsync("'03/04/2027' could be day/month or month/day");
            var added = review.GetByRole(AriaRole.List, new() { Name = "Added objectives" }).Locator("li");
            await Assertions.Expect(added).ToHaveCountAsync(1);
            await Assertions.Expect(added).ToContainTextAsync(Objective);
            var id = await added.Locator("code.id").InnerTextAsync();
            await Assertions.Expect(review.GetByRole(AriaRole.List, new() { Name = "Added key results" })).ToContainTextAsync("Engineers based in Leeds");
            await BrowserApp.ScreenshotAsync(page, "plan-import-csv");

            await page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Imported okr.csv: 2 added, 0 changed, 0 removed.");

            await page.GotoAsync($"/o/calder/items/{id}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Objective);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Engineers based in Leeds");
        }
        finally
        {
            await page.GotoAsync("/o/calder/plan");
            await UploadAsync(page, "calder.plan.yaml", "application/yaml", original);
            if (await page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).CountAsync() > 0)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported calder.plan.yaml");
            }
        }

        await page.GotoAsync("/o/calder/plan");
        Assert.Equal(original, await DownloadAsync(page));
    }

    private static async Task<string> DownloadAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download calder.plan.yaml" }).ClickAsync());
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    private static async Task UploadAsync(IPage page, string name, string mediaType, string text)
    {
        await page.GetByLabel("Plan file", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = name, MimeType = mediaType, Buffer = Encoding.UTF8.GetBytes(text) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}
