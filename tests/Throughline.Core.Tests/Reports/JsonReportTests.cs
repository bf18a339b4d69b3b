using System.Text.Json;
using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

public class JsonReportTests
{
    private static JsonElement Parse(AnalysisResult result) =>
        JsonDocument.Parse(ReportWriter.Render(result, ReportFormat.Json)).RootElement;

    private static readonly JsonElement Root = Parse(ReportFixture.Analyze());

    [Fact]
    public void TopLevelFieldsAreCamelCaseWithAnIsoDate()
    {
        Assert.Equal(
            ["version", "organization", "asOf", "source", "vision", "scores", "goals", "objectivesWithoutGoal",
                "visionWithoutExecution", "executionWithoutVision", "risks", "capacity", "schedule", "priorities", "silos", "findings"],
            Root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, Root.GetProperty("version").GetInt32());
        Assert.Equal("2026-07-02", Root.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, Root.GetProperty("source").ValueKind);
    }

    [Fact]
    public void GoalTreeCarriesProgressAsSharesAndStatusesAsKebabCase()
    {
        var g1 = Root.GetProperty("goals")[0];
        Assert.Equal("G1", g1.GetProperty("id").GetString());
        Assert.Equal(0.5, g1.GetProperty("progress").GetDouble(), 12);
        Assert.Equal("at-risk", g1.GetProperty("status").GetString());

        var o1 = g1.GetProperty("objectives")[0];
        Assert.Equal(0.75, o1.GetProperty("progress").GetDouble(), 12); // (0.5 + 1) / 2
        var kr1 = o1.GetProperty("keyResults")[0];
        Assert.Equal(("KR1", 150.0, 0.5), (kr1.GetProperty("id").GetString(), kr1.GetProperty("current").GetDouble(), kr1.GetProperty("progress").GetDouble()));
        Assert.Equal("2026-03-01", kr1.GetProperty("lastCheckIn").GetString());
        Assert.Equal(JsonValueKind.Null, kr1.GetProperty("forecast").ValueKind);
        Assert.Equal("initiative", o1.GetProperty("work")[0].GetProperty("kind").GetString());

        var o3 = g1.GetProperty("objectives")[1].GetProperty("contributors")[0];
        Assert.Equal("O3", o3.GetProperty("id").GetString());
    }

    [Fact]
    public void RepeatedObjectiveIsAReferenceWithoutChildren()
    {
        var repeat = Root.GetProperty("goals")[1].GetProperty("objectives")[0];
        Assert.Equal("O2", repeat.GetProperty("id").GetString());
        Assert.True(repeat.GetProperty("repeat").GetBoolean());
        Assert.Equal("G1", repeat.GetProperty("firstShownUnder").GetString());
        Assert.Equal(0, repeat.GetProperty("contributors").GetArrayLength());
        Assert.Equal(0, repeat.GetProperty("keyResults").GetArrayLength());
    }

    [Fact]
    public void ScoresGapsRisksAndFindingsAreThere()
    {
        var scores = Root.GetProperty("scores");
        Assert.Equal(0.6, scores.GetProperty("lineOfSightCoverage").GetDouble(), 12); // 3 of 5 pieces of work
        Assert.Equal(0.625, scores.GetProperty("executionCoverage").GetDouble(), 12); // 5 of 8 goals and objectives
        Assert.Equal(
            ["I9", "A9", "O5"],
            Root.GetProperty("executionWithoutVision").EnumerateArray().Select(f => f.GetProperty("subjectId").GetString()));
        var firstError = Root.GetProperty("findings")[0].GetProperty("findings")[0];
        Assert.Equal(("tracking/off-track", "key-result", "KR3"), (
            firstError.GetProperty("ruleId").GetString(),
            firstError.GetProperty("subjectKind").GetString(),
            firstError.GetProperty("subjectId").GetString()));
        Assert.Equal(
            ["KR5", "KR3", "KR4"],
            Root.GetProperty("risks").EnumerateArray().Select(r => r.GetProperty("keyResultId").GetString()));
        Assert.Equal(0.2, Root.GetProperty("risks")[0].GetProperty("pace").GetDouble(), 9);
        Assert.Equal(
            ["error", "warning", "info"],
            Root.GetProperty("findings").EnumerateArray().Select(g => g.GetProperty("severity").GetString()));
    }

    [Fact]
    public void MissingSharesAreNull()
    {
        var scores = Parse(ReportFixture.AnalyzeEmpty()).GetProperty("scores");
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("lineOfSightCoverage").ValueKind);
        Assert.Equal(JsonValueKind.Null, scores.GetProperty("executionCoverage").ValueKind);
        Assert.Equal(0.0, scores.GetProperty("overallProgress").GetDouble());
    }
}
