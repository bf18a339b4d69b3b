using Throughline.Core.Model;
using Throughline.Core.Rules;

namespace Throughline.Core.Tests.Rules;

/// <summary>What a plan's <c>rules:</c> section does to each rule, checked on every rule of the catalog.</summary>
public class RuleConfigurationTests
{
    public static TheoryData<string> RuleIds => RuleTriggers.Ids();

    [Fact]
    public void EveryCatalogRuleHasATriggeringPlan() =>
        Assert.Equal(RuleCatalog.Ids.Order(StringComparer.Ordinal), RuleTriggers.ById.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleFiresAtItsDefaultSeverity(string ruleId)
    {
        var findings = RuleTriggers.ById[ruleId]().Analyze(RuleTriggers.AsOf).By(ruleId);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(RuleCatalog.Find(ruleId)!.DefaultSeverity, f.Severity));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleSwitchedOffReportsNothingAndLeavesTheOthersAlone(string ruleId)
    {
        var on = RuleTriggers.ById[ruleId]().Analyze(RuleTriggers.AsOf);
        var off = RuleTriggers.ById[ruleId]().Rule(ruleId, enabled: false).Analyze(RuleTriggers.AsOf);

        off.NoneBy(ruleId);
        Assert.Equal(on.Findings.Where(f => f.RuleId != ruleId), off.Findings);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleRelevelledReportsAtTheNewSeverity(string ruleId)
    {
        var severity = RuleCatalog.Find(ruleId)!.DefaultSeverity == Severity.Error ? Severity.Info : Severity.Error;

        var findings = RuleTriggers.ById[ruleId]().Rule(ruleId, severity: severity).Analyze(RuleTriggers.AsOf).By(ruleId);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(severity, f.Severity));
    }

    [Fact]
    public void RelevellingOneRuleLeavesTheOthersAtTheirDefaults()
    {
        // The trigger of gap/objective-without-work also makes tracking/stale fire (64 silent days > 45).
        var result = RuleTriggers.ById["gap/objective-without-work"]()
            .Rule("tracking/stale", severity: Severity.Error)
            .Analyze(RuleTriggers.AsOf);

        Assert.Equal(Severity.Error, result.SingleBy("tracking/stale").Severity);
        Assert.Equal(Severity.Warning, result.SingleBy("gap/objective-without-work").Severity);
    }
}
