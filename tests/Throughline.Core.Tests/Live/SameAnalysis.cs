using Throughline.Core.Analysis;

namespace Throughline.Core.Tests.Live;

/// <summary>Asserts that a live analysis holds what a full analysis of the same plan computes.</summary>
internal static class SameAnalysis
{
    private const double Tolerance = 1e-12;

    public static void Assert(AnalysisResult expected, AnalysisResult live, string step)
    {
        var graph = expected.Graph;
        Xunit.Assert.Equal(graph.KeyResultCount, live.Graph.KeyResultCount);
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            // Same check-ins in the same order give the same arithmetic: the forecasts are equal field by field
            // (record equality counts NaN as equal to NaN).
            Xunit.Assert.True(
                expected.KeyResult(k).Equals(live.KeyResult(k)),
                $"{step}: key result {graph.KeyResult(k).Id}: expected {expected.KeyResult(k)}, live {live.KeyResult(k)}");
        }

        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            Same(expected.Objective(o), live.Objective(o), $"{step}: objective {expected.Plan.Objectives[o].Id}");
        }

        for (var g = 0; g < graph.GoalCount; g++)
        {
            Same(expected.Goal(g), live.Goal(g), $"{step}: goal {expected.Plan.Goals[g].Id}");
        }

        Same(expected.Vision, live.Vision, $"{step}: vision");

        Xunit.Assert.Equal(expected.Scores.LineOfSightCoverage, live.Scores.LineOfSightCoverage);
        Xunit.Assert.Equal(expected.Scores.ExecutionCoverage, live.Scores.ExecutionCoverage);
        Xunit.Assert.True(
            Math.Abs(expected.Scores.OverallProgress - live.Scores.OverallProgress) <= Tolerance,
            $"{step}: overall progress {expected.Scores.OverallProgress} vs {live.Scores.OverallProgress}");
        Xunit.Assert.Equal(
            expected.Scores.FindingsByFamily.OrderBy(p => p.Key, StringComparer.Ordinal),
            live.Scores.FindingsByFamily.OrderBy(p => p.Key, StringComparer.Ordinal));

        SameFindings(expected.Findings, live.Findings, step);
    }

    /// <summary>
    /// The same findings, in the same order where the order is defined: findings that sort equal (same place,
    /// rule and subject) may come in either order from a full analysis, so those are compared by message too.
    /// </summary>
    public static void SameFindings(IReadOnlyList<Finding> expected, IReadOnlyList<Finding> live, string step)
    {
        Xunit.Assert.Equal(expected.Count, live.Count);
        for (var i = 1; i < live.Count; i++)
        {
            Xunit.Assert.True(FindingOrder.Compare(live[i - 1], live[i]) <= 0, $"{step}: live findings out of order at {i}");
        }

        var missing = expected.Except(live).Select(f => $"{f.RuleId} {f.SubjectId}: {f.Message}").ToList();
        var extra = live.Except(expected).Select(f => $"{f.RuleId} {f.SubjectId}: {f.Message}").ToList();
        Xunit.Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"{step}: missing from live [{string.Join("; ", missing)}], extra in live [{string.Join("; ", extra)}]");
        Xunit.Assert.Equal(Normalized(expected), Normalized(live));
    }

    private static List<Finding> Normalized(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f, Comparer<Finding>.Create(FindingOrder.Compare))
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

    private static void Same(ItemState expected, ItemState live, string what)
    {
        Xunit.Assert.True(
            Math.Abs(expected.Progress - live.Progress) <= Tolerance && expected.Status == live.Status,
            $"{what}: expected {expected}, live {live}");
    }
}
