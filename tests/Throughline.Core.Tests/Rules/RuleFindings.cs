using Throughline.Core.Analysis;

namespace Throughline.Core.Tests.Rules;

/// <summary>Picks the findings of one rule out of an analysis, so each test looks only at the rule it is about.</summary>
internal static class RuleFindings
{
    public static IReadOnlyList<Finding> By(this AnalysisResult result, string ruleId) =>
        result.Findings.Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The one finding of the rule; fails when there is none or more than one.</summary>
    public static Finding SingleBy(this AnalysisResult result, string ruleId) =>
        Assert.Single(result.Findings, f => f.RuleId == ruleId);

    public static void NoneBy(this AnalysisResult result, string ruleId) =>
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ruleId);
}
