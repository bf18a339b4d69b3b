using System.Text.Json;

namespace Throughline.Cli.Tests;

/// <summary>The JSON shape of <c>check --format json</c> (docs/cli.md), read back with System.Text.Json.</summary>
public sealed class CheckJsonTests
{
    private static JsonElement Check(params string[] plans)
    {
        var run = Cli.Run(["check", .. plans, "--format", "json"]);
        Assert.Equal("", run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    [Fact]
    public void DocumentHasVersionPlansAndSummary()
    {
        var json = Check("Fixtures/clean.plan.yaml", "Fixtures/mixed.plan.yaml");

        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal(2, json.GetProperty("plans").GetArrayLength());
        var summary = json.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("plans").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(1, summary.GetProperty("infos").GetInt32());
    }

    [Fact]
    public void PlanCarriesPathOrganizationAsOfAndCounts()
    {
        var plan = Check("Fixtures/mixed.plan.yaml").GetProperty("plans")[0];

        Assert.Equal("Fixtures/mixed.plan.yaml", plan.GetProperty("plan").GetString());
        Assert.Equal("Mixed Co", plan.GetProperty("organization").GetString());
        Assert.Equal("2026-03-15", plan.GetProperty("asOf").GetString());
        Assert.Equal(1, plan.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(3, plan.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void FindingHasRuleSeveritySubjectTextAndLocation()
    {
        var finding = Check("Fixtures/mixed.plan.yaml").GetProperty("plans")[0].GetProperty("findings")[2];

        Assert.Equal("gap/orphan-action", finding.GetProperty("rule").GetString());
        Assert.Equal("info", finding.GetProperty("severity").GetString());
        Assert.Equal("action", finding.GetProperty("subject").GetProperty("kind").GetString());
        Assert.Equal("A1", finding.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal(
            "Action A1 \"Repaint the office\" belongs to no initiative and serves no objective on a path to a goal.",
            finding.GetProperty("message").GetString());
        Assert.StartsWith("Attach it to an initiative", finding.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
        Assert.Equal("Fixtures/mixed.plan.yaml", finding.GetProperty("file").GetString());
        Assert.Equal(52, finding.GetProperty("line").GetInt32());
        Assert.Equal(5, finding.GetProperty("column").GetInt32());
    }

    [Fact]
    public void KeyResultSubjectKindIsKebabCase()
    {
        var finding = Check("Fixtures/mixed.plan.yaml").GetProperty("plans")[0].GetProperty("findings")[1];

        Assert.Equal("tracking/off-track", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("key-result", finding.GetProperty("subject").GetProperty("kind").GetString());
        Assert.Equal("KR2", finding.GetProperty("subject").GetProperty("id").GetString());
    }

    [Fact]
    public void ScoresAreTheEnginesFigures()
    {
        var scores = Check("Fixtures/mixed.plan.yaml").GetProperty("plans")[0].GetProperty("scores");

        // Work: I1 (aligned, weight 1 with no effort) and A1 (no path, weight 1): 1 / 2 = 0.5.
        Assert.Equal(0.5, scores.GetProperty("lineOfSightCoverage").GetDouble(), 10);

        // G1 and O1 are both measured (KR1, KR2) and worked on (I1): 2 / 2.
        Assert.Equal(1.0, scores.GetProperty("executionCoverage").GetDouble(), 10);

        // KR1 (1500 − 1380) / 300 = 0.4 and KR2 10 / 100 = 0.1 make O1 and G1 0.25; VS1 (1800 − 1000) / 4000 = 0.2;
        // the vision is their mean, (0.25 + 0.2) / 2 = 0.225.
        Assert.Equal(0.225, scores.GetProperty("overallProgress").GetDouble(), 10);
        var byFamily = scores.GetProperty("findingsByFamily");
        Assert.Equal(1, byFamily.GetProperty("gap").GetInt32());
        Assert.Equal(1, byFamily.GetProperty("smart").GetInt32());
        Assert.Equal(1, byFamily.GetProperty("tracking").GetInt32());
        Assert.Equal(0, byFamily.GetProperty("vision").GetInt32());
    }
}
