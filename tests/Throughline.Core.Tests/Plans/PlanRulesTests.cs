using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class PlanRulesTests
{
    [Fact]
    public void RuleSettingsMapToEnabledSeverityAndParameters()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            rules:
              smart/not-achievable: { severity: error, factor: 3 }
              tracking/stale: off
              tracking/low-confidence: { threshold: 0.4 }
              vision/vague: info
              gap/orphan-action: on
              tracking/at-risk: { severity: off, x-why: noisy }
              x-note: custom keys are allowed here and ignored
            """);

        Assert.Collection(plan.Rules,
            rule => Assert.Equal(("smart/not-achievable", true, Severity.Error, 3d), (rule.RuleId, rule.Enabled, rule.Severity, rule.Parameters["factor"])),
            rule => Assert.Equal(("tracking/stale", false, (Severity?)null), (rule.RuleId, rule.Enabled, rule.Severity)),
            rule => Assert.Equal(("tracking/low-confidence", true, (Severity?)null, 0.4), (rule.RuleId, rule.Enabled, rule.Severity, rule.Parameters["threshold"])),
            rule => Assert.Equal(("vision/vague", Severity.Info), (rule.RuleId, rule.Severity!.Value)),
            rule => Assert.Equal(("gap/orphan-action", true, (Severity?)null), (rule.RuleId, rule.Enabled, rule.Severity)),
            rule => Assert.Equal(("tracking/at-risk", false, "noisy"), (rule.RuleId, rule.Enabled, rule.Extensions!["x-why"])));
        Assert.Equal(new SourceLocation(ReadAssert.File, 4, 3), plan.Rules[0].Location);
        Assert.Equal(new SourceLocation(ReadAssert.File, 4, 52), plan.Rules[0].LocationOf("factor"));
    }

    [Fact]
    public void BadRuleSettingsAreReportedWithSuggestions()
    {
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            rules:
              tracking/stael: error
              smart/not-achievable: { severity: warnng, factr: 3 }
              tracking/low-confidence: sometimes
              gap/orphan-action: ~
              tracking/at-risk: { threshold: 0.5 }
              tracking/stale: { grace: soon }
            """,
            (4, 3, "Unknown rule 'tracking/stael' in 'rules'; fix the rule id or remove the line"),
            (5, 37, "'warnng' is not a valid setting for rule smart/not-achievable; use off, on, info, warning or error"),
            (5, 45, "Unknown field 'factr' in a setting of rule smart/not-achievable"),
            (6, 28, "'sometimes' is not a valid setting for rule tracking/low-confidence; use off, on, info, warning or error"),
            (7, 22, "Rule gap/orphan-action is set to empty; use off, on, info, warning or error, or a mapping such as {severity: warning}"),
            (8, 23, "Unknown field 'threshold' in a setting of rule tracking/at-risk"),
            (9, 28, "'grace' of a setting of rule tracking/stale must be a number, but is 'soon'"));

        Assert.Equal(["tracking/stale", "warning", "factor", null, null, null, null], errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void RuleSettingsAreWrittenBack()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            rules:
              smart/not-achievable: { severity: error, factor: 3 }
              tracking/stale: off
              tracking/low-confidence: { threshold: 0.4 }
              gap/orphan-action: on
            """);

        var text = PlanWriter.Write(plan);

        Assert.EndsWith("""
            rules:
              smart/not-achievable: {severity: error, factor: 3}
              tracking/stale: off
              tracking/low-confidence: {threshold: 0.4}
              gap/orphan-action: on

            """, text, StringComparison.Ordinal);
        PlanComparison.AssertEquivalent(plan, ReadAssert.Valid(text));
    }
}
