using Throughline.Core.Live;
using Throughline.Core.Rules;

namespace Throughline.Core.Tests.Live;

public class CheckInImpactTests
{
    [Fact]
    public void EveryRuleOfTheCatalogSaysHowACheckInAffectsIt()
    {
        // A rule added without deciding this would keep stale findings in a live analysis; the live analysis
        // refuses to start instead, and this test names the rule first.
        var unclassified = RuleCatalog.All.Select(rule => rule.Id).Where(id => !CheckInImpacts.ByRule.ContainsKey(id)).ToList();
        Assert.Empty(unclassified);
        Assert.DoesNotContain(CheckInImpacts.ByRule.Keys, id => RuleCatalog.Find(id) is null);
    }

    [Fact]
    public void OnlyForecastReadingRulesAreJudgedPerKeyResult()
    {
        Assert.Equal(
            ["smart/not-achievable", "tracking/at-risk", "tracking/low-confidence", "tracking/off-track", "tracking/stale"],
            CheckInImpacts.RulesWith(CheckInImpact.KeyResultForecast).Select(rule => rule.Descriptor.Id).Order(StringComparer.Ordinal));
    }
}
