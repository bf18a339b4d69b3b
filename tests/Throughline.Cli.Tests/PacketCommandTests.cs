using Throughline.Core.Analysis;
using Throughline.Core.Plans;
using Throughline.Core.Reports.Packet;
using Throughline.Web.Hosting;

namespace Throughline.Cli.Tests;

/// <summary><c>report --format packet|pdf</c>: the quarterly review packet, with the server's chart library inlined.</summary>
public sealed class PacketCommandTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 15);

    private static string Expected(string fixture, DateOnly asOf, ReviewQuarter quarter)
    {
        var plan = PlanReader.Read(File.ReadAllText(Path.Combine(Cli.Directory, fixture)), fixture).Plan!;
        return PacketWriter.Render(Analyzer.Analyze(plan, asOf), quarter, WebAssets.ECharts);
    }

    [Fact]
    public void PacketReviewsTheQuarterOfTheAnalysisDateWithTheChartLibraryInline()
    {
        var run = Cli.Run("report", "Fixtures/mixed.plan.yaml", "--format", "packet", "--as-of", "2026-11-15");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Expected("Fixtures/mixed.plan.yaml", AsOf, new ReviewQuarter(2026, 4)), run.Out);
        Assert.Contains("<p class=\"quarter\">2026 Q4 · 2026-10-01 to 2026-12-31</p>", run.Out, StringComparison.Ordinal);
        Assert.Contains("Licensed to the Apache Software Foundation", run.Out, StringComparison.Ordinal);
        Assert.True(WebAssets.ECharts.Length > 100_000);
        Assert.Contains(WebAssets.ECharts.Trim(), run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void QuarterAndPaperReachThePacket()
    {
        using var temp = new TempDirectory();

        var run = Cli.Run("report", "Fixtures/mixed.plan.yaml", "-f", "packet", "--as-of", "2026-11-15", "--quarter", "2026Q3", "--paper", "letter",
            "-o", temp.File("packet.html"));

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(temp.File("packet.html"));
        Assert.Contains("<p class=\"quarter\">2026 Q3 · 2026-07-01 to 2026-09-30</p>", html, StringComparison.Ordinal);
        Assert.Contains("size: letter;", html, StringComparison.Ordinal);
        Assert.Equal(
            [$"Wrote the 2026 Q3 review packet of Fixtures/mixed.plan.yaml to {temp.File("packet.html")} (print it from a browser, or use --format pdf)."],
            run.OutLines);
    }

    [Theory]
    [InlineData("2026Q5", "--quarter: '2026Q5' is not a quarter; write it as YYYYQn, for example 2026Q4.")]
    [InlineData("2027Q1", "--quarter: 2027Q1 begins after the analysis date 2026-11-15; review a quarter that has begun, or pass a later --as-of.")]
    public void AQuarterThatIsNotOneOrHasNotBegunExitsTwo(string quarter, string error)
    {
        var run = Cli.Run("report", "Fixtures/mixed.plan.yaml", "-f", "packet", "--as-of", "2026-11-15", "--quarter", quarter);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(error, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void PdfIsPrintedByChromium()
    {
        // The test script installs Chromium at /usr/bin/chromium; without it this test fails, it does not skip.
        Assert.True(File.Exists("/usr/bin/chromium"), "Chromium is not installed at /usr/bin/chromium (apt-get install chromium)");
        using var temp = new TempDirectory();

        var run = Cli.RunWith(Cli.Directory, Cli.Today, _ => null,
            "report", "Fixtures/mixed.plan.yaml", "-f", "pdf", "--as-of", "2026-11-15", "-o", temp.File("packet.pdf"));

        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = File.ReadAllBytes(temp.File("packet.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);

        // The cover, the contents and nine sections, each on a page of its own at least.
        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
        Assert.True(pages >= 11, $"{pages} pages");
        Assert.Equal([$"Wrote the 2026 Q4 review packet of Fixtures/mixed.plan.yaml to {temp.File("packet.pdf")}."], run.OutLines);
    }

    [Fact]
    public void PdfWithoutChromiumSaysWhatToInstall()
    {
        using var temp = new TempDirectory();

        var run = Cli.RunWith(Cli.Directory, Cli.Today, name => name == "THROUGHLINE_CHROMIUM" ? temp.File("no-chromium") : null,
            "report", "Fixtures/mixed.plan.yaml", "-f", "pdf", "--as-of", "2026-11-15", "-o", temp.File("packet.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format pdf needs Chromium to print the packet, and none was found; install it (Debian or Ubuntu: sudo apt-get install chromium)",
            run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("packet.pdf")));
    }

    [Fact]
    public void PdfNeedsAnOutputFile()
    {
        var run = Cli.Run("report", "Fixtures/mixed.plan.yaml", "-f", "pdf", "--as-of", "2026-11-15");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format pdf writes a file: add --output FILE.pdf.", run.Error, StringComparison.Ordinal);
    }
}
