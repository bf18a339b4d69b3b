using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Rules;

namespace Throughline.Core.Reports;

/// <summary>
/// The headline numbers (docs/scores.md). A coverage share is null when there is nothing to take it of;
/// renderers show "n/a" for it.
/// </summary>
public sealed record ScoreSection(
    double? LineOfSightCoverage,
    double? ExecutionCoverage,
    double OverallProgress,
    ProgressStatus OverallStatus,
    FindingCounts Findings)
{
    internal static ScoreSection From(AnalysisResult result)
    {
        var scores = result.Scores;
        var known = RuleCatalog.All.Select(rule => rule.Family).Distinct().ToList();
        var families = known.Concat(scores.FindingsByFamily.Keys.Except(known).Order(StringComparer.Ordinal))
            .Select(family => new FamilyCount(family, scores.FindingsByFamily.GetValueOrDefault(family)))
            .ToList();
        int Count(Severity severity) => result.Findings.Count(f => f.Severity == severity);
        var counts = new FindingCounts(Count(Severity.Error), Count(Severity.Warning), Count(Severity.Info), families);
        return new ScoreSection(scores.LineOfSightCoverage, scores.ExecutionCoverage, scores.OverallProgress, result.Vision.Status, counts);
    }
}

/// <summary>How many findings the analysis produced, by severity and by rule family (in catalogue order).</summary>
public sealed record FindingCounts(int Error, int Warning, int Info, IReadOnlyList<FamilyCount> ByFamily)
{
    public int Total => Error + Warning + Info;
}

public sealed record FamilyCount(string Family, int Count);
