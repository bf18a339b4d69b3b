using System.Text.Json;
using Throughline.Core.Rules;

namespace Throughline.Cli.Tests;

/// <summary><c>check --format sarif</c>: the SARIF 2.1.0 fields code-scanning views read, parsed back.</summary>
public sealed class CheckSarifTests
{
    private static JsonElement Run(params string[] args)
    {
        var run = Cli.Run(["check", .. args, "--format", "sarif"]);
        Assert.Equal("", run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    private static JsonElement MixedRun() => Run("Fixtures/mixed.plan.yaml").GetProperty("runs")[0];

    [Fact]
    public void LogNamesSchemaAndVersion()
    {
        var log = Run("Fixtures/clean.plan.yaml");

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal(1, log.GetProperty("runs").GetArrayLength());
        Assert.Equal(0, log.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void DriverListsEveryRuleWithDescriptionHelpAndDefaultLevel()
    {
        var driver = MixedRun().GetProperty("tool").GetProperty("driver");

        Assert.Equal("throughline", driver.GetProperty("name").GetString());
        Assert.False(driver.TryGetProperty("informationUri", out _));
        Assert.Equal(CliVersion.Text, driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in rules.Zip(RuleCatalog.All))
        {
            Assert.Equal(descriptor.Summary, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(RuleDocs.Find(descriptor.Id), rule.GetProperty("help").GetProperty("markdown").GetString());
        }

        // Default levels: vision/vague warning, gap/orphan-action info → note, tracking/off-track error.
        string? LevelOf(string id) => rules.Single(r => r.GetProperty("id").GetString() == id)
            .GetProperty("defaultConfiguration").GetProperty("level").GetString();
        Assert.Equal("warning", LevelOf("vision/vague"));
        Assert.Equal("note", LevelOf("gap/orphan-action"));
        Assert.Equal("error", LevelOf("tracking/off-track"));
    }

    [Fact]
    public void EveryResultPointsAtItsRuleByIndex()
    {
        var run = MixedRun();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void LevelsMapErrorWarningAndInfoToErrorWarningAndNote()
    {
        var results = MixedRun().GetProperty("results").EnumerateArray()
            .Select(r => (Rule: r.GetProperty("ruleId").GetString(), Level: r.GetProperty("level").GetString()));

        Assert.Equal(
            [("smart/not-achievable", "warning"), ("tracking/off-track", "error"), ("gap/orphan-action", "note")],
            results);
    }

    [Fact]
    public void ResultCarriesMessageSuggestionAndTheSameLocationAsTheTextOutput()
    {
        var result = MixedRun().GetProperty("results")[2];

        Assert.Equal(
            "Action A1 \"Repaint the office\" belongs to no initiative and serves no objective on a path to a goal. " +
            "Suggestion: Attach it to an initiative (`initiative:`) or the objective it serves (`supports:`), or question why it is done.",
            result.GetProperty("message").GetProperty("text").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("Fixtures/mixed.plan.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());

        // The text output says Fixtures/mixed.plan.yaml:52:5 for A1.
        Assert.Equal(52, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void ArtifactUriIsRelativeToTheWorkingDirectoryEvenForAnAbsolutePath()
    {
        var absolute = Path.Combine(Cli.Directory, "Fixtures", "warning.plan.yaml");
        var result = Run(absolute).GetProperty("runs")[0].GetProperty("results")[0];

        Assert.Equal(
            "Fixtures/warning.plan.yaml",
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void ReLevelledRuleReportsItsPlanLevelAndKeepsItsDefault()
    {
        using var temp = new TempDirectory();
        var plan = File.ReadAllText(Path.Combine(Cli.Directory, "Fixtures", "warning.plan.yaml")) +
            "rules:\n  ownership/missing-owner: error\n";
        File.WriteAllText(temp.File("relevelled.plan.yaml"), plan);

        var run = Cli.RunIn(temp.Path, Cli.Today, "check", "relevelled.plan.yaml", "--format", "sarif");
        var sarif = JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0];

        Assert.Equal(1, run.ExitCode);
        var result = sarif.GetProperty("results")[0];
        Assert.Equal("error", result.GetProperty("level").GetString());
        var rule = sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }
}
