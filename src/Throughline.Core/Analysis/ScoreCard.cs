using Throughline.Core.Rules;

namespace Throughline.Core.Analysis;

/// <summary>Computes the headline scores (docs/scores.md).</summary>
internal static class ScoreCard
{
    public static Scores Compute(AnalysisResult result)
    {
        var byFamily = RuleCatalog.All
            .Select(rule => rule.Family)
            .Distinct()
            .ToDictionary(family => family, _ => 0, StringComparer.Ordinal);
        foreach (var finding in result.Findings)
        {
            byFamily[finding.Family] = byFamily.GetValueOrDefault(finding.Family) + 1;
        }

        return new Scores(LineOfSightCoverage(result), ExecutionCoverage(result), result.Vision.Progress, byFamily);
    }

    /// <summary>
    /// The share of work with a path to the vision: initiatives (not cancelled) and actions, each weighing
    /// its effort in person-weeks where given and 1 where not.
    /// </summary>
    private static double? LineOfSightCoverage(AnalysisResult result)
    {
        var graph = result.Graph;
        double total = 0, aligned = 0;
        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            if (graph.InitiativeCancelled[i])
            {
                continue;
            }

            total += graph.InitiativeWork[i];
            aligned += result.InitiativeAligned[i] ? graph.InitiativeWork[i] : 0;
        }

        for (var a = 0; a < graph.ActionCount; a++)
        {
            if (graph.ActionInitiative[a] is var i && i >= 0 && graph.InitiativeCancelled[i])
            {
                continue;
            }

            total += graph.ActionWork[a];
            aligned += result.ActionAligned[a] ? graph.ActionWork[a] : 0;
        }

        return total > 0 ? aligned / total : null;
    }

    /// <summary>The share of goals and objectives that are both measured (key results below them) and worked on.</summary>
    private static double? ExecutionCoverage(AnalysisResult result)
    {
        var graph = result.Graph;
        var total = graph.GoalCount + graph.ObjectiveCount;
        if (total == 0)
        {
            return null;
        }

        var covered = 0;
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            covered += result.ObjectiveMeasured[o] && result.ObjectiveHasWork[o] ? 1 : 0;
        }

        for (var g = 0; g < graph.GoalCount; g++)
        {
            var measured = false;
            var worked = false;
            foreach (var o in graph.GoalChildren.Of(g))
            {
                measured |= result.ObjectiveMeasured[o];
                worked |= result.ObjectiveHasWork[o];
            }

            covered += measured && worked ? 1 : 0;
        }

        return (double)covered / total;
    }
}
