using System.Text.Json;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Model;

namespace Throughline.Cli.Tests;

/// <summary>
/// The JSON and SARIF writers on a plan built in code, the way the web server will use them: no source
/// locations and no work at all.
/// </summary>
public sealed class FindingsWritersTests
{
    // Only an organization: the vision rules report that there is no vision (no success measure, no
    // horizon), at no location since nothing was read from a file.
    private static readonly AnalyzedPlan Bare = new(
        "bare.plan.yaml",
        Analyzer.Analyze(new Plan { Organization = new Organization { Name = "Bare" } }, new DateOnly(2026, 3, 15)));

    [Fact]
    public void JsonWritesNullLocationAndNullShares()
    {
        var plan = JsonDocument.Parse(FindingsJson.Write([Bare])).RootElement.GetProperty("plans")[0];

        var scores = plan.GetProperty("scores");
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("lineOfSightCoverage").ValueKind);
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("executionCoverage").ValueKind);
        var findings = plan.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(
            ["vision/no-horizon", "vision/no-success-measure"],
            findings.Select(f => f.GetProperty("rule").GetString()).Order(StringComparer.Ordinal));
        Assert.All(findings, finding =>
        {
            Assert.Equal("bare.plan.yaml", finding.GetProperty("file").GetString());
            Assert.Equal(JsonValueKind.Null, finding.GetProperty("line").ValueKind);
            Assert.Equal(JsonValueKind.Null, finding.GetProperty("column").ValueKind);
            Assert.Equal("vision", finding.GetProperty("subject").GetProperty("kind").GetString());
        });
    }

    [Fact]
    public void SarifLeavesOutTheRegionOfAFindingWithoutLocation()
    {
        var results = JsonDocument.Parse(SarifLog.Write([Bare])).RootElement.GetProperty("runs")[0].GetProperty("results");

        Assert.Equal(2, results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("bare.plan.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.False(physical.TryGetProperty("region", out _));
        }
    }

    [Fact]
    public void SarifUsesForwardSlashesInArtifactUris()
    {
        var log = SarifLog.Write([Bare with { Path = @"plans\team\bare.plan.yaml" }]);
        var uri = JsonDocument.Parse(log).RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri");

        Assert.Equal("plans/team/bare.plan.yaml", uri.GetString());
    }

    [Fact]
    public void CountsAddUpBySeverity()
    {
        var counts = FindingCounts.Of(
        [
            new Finding("gap/orphan-action", Severity.Info, ElementKind.Action, "A1", "m", "s", null),
            new Finding("tracking/off-track", Severity.Error, ElementKind.KeyResult, "KR1", "m", "s", null),
            new Finding("tracking/stale", Severity.Warning, ElementKind.KeyResult, "KR1", "m", "s", null),
            new Finding("tracking/stale", Severity.Warning, ElementKind.KeyResult, "KR2", "m", "s", null),
        ]);

        Assert.Equal(new FindingCounts(1, 2, 1), counts);
        Assert.Equal(new FindingCounts(2, 4, 2), counts + counts);
        Assert.Equal(4, counts.Total);
    }
}
