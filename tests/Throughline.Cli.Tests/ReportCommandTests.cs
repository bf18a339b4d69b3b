using Throughline.Core.Analysis;
using Throughline.Core.Plans;
using Throughline.Core.Reports;

namespace Throughline.Cli.Tests;

/// <summary>The report command wires a plan, an as-of date and a format to <see cref="ReportWriter"/>.</summary>
public sealed class ReportCommandTests
{
    private static string Expected(string fixture, DateOnly asOf, ReportFormat format)
    {
        var plan = PlanReader.Read(File.ReadAllText(Path.Combine(Cli.Directory, fixture)), fixture).Plan!;
        return ReportWriter.Render(Analyzer.Analyze(plan, asOf), format);
    }

    [Theory]
    [InlineData("text", ReportFormat.Text)]
    [InlineData("markdown", ReportFormat.Markdown)]
    [InlineData("html", ReportFormat.Html)]
    [InlineData("json", ReportFormat.Json)]
    public void PrintsTheReportInTheFormatAsked(string name, ReportFormat format)
    {
        var run = Cli.Run("report", "Fixtures/mixed.plan.yaml", "--format", name);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Expected("Fixtures/mixed.plan.yaml", Cli.Today, format), run.Out);
    }

    [Fact]
    public void AsOfReachesTheEngine()
    {
        var asOf = new DateOnly(2026, 6, 1);
        var run = Cli.Run("report", "Fixtures/clean.plan.yaml", "--as-of", "2026-06-01");

        Assert.Equal(Expected("Fixtures/clean.plan.yaml", asOf, ReportFormat.Text), run.Out);
        Assert.NotEqual(Expected("Fixtures/clean.plan.yaml", Cli.Today, ReportFormat.Text), run.Out);
    }

    [Fact]
    public void OutputWritesTheFile()
    {
        using var temp = new TempDirectory();

        var run = Cli.Run("report", "Fixtures/clean.plan.yaml", "-f", "html", "-o", temp.File("report.html"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Expected("Fixtures/clean.plan.yaml", Cli.Today, ReportFormat.Html), File.ReadAllText(temp.File("report.html")));
        Assert.Equal([$"Wrote the html report of Fixtures/clean.plan.yaml to {temp.File("report.html")}."], run.OutLines);
    }

    [Fact]
    public void UnreadablePlanExitsTwoWithItsErrors()
    {
        var run = Cli.Run("report", "Fixtures/broken.plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("Fixtures/broken.plan.yaml:7:5: error: ", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ReportTakesOnePlan()
    {
        var run = Cli.Run("report", "Fixtures/clean.plan.yaml", "Fixtures/mixed.plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Unrecognized command or argument 'Fixtures/mixed.plan.yaml'", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
