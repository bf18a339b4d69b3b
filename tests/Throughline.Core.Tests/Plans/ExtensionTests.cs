using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class ExtensionTests
{
    [Fact]
    public void ExtensionKeysAreWrittenBackAfterTheKnownFields()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            x-generator: sheet-export
            organization:
              x-region: north
              name: Acme
            goals:
              - id: G1
                x-score: 7
                title: Grow
                x-tags: [a, 'true', 2.0]
            """);

        var text = PlanWriter.Write(plan);

        Assert.Contains("organization:\n  name: Acme\n  x-region: north\n", text, StringComparison.Ordinal);
        Assert.Contains("    title: Grow\n    x-score: 7\n    x-tags:\n      - a\n      - \"true\"\n      - 2.0\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\nx-generator: sheet-export\n", text, StringComparison.Ordinal);
        PlanComparison.AssertEquivalent(plan, ReadAssert.Valid(text));
    }

    [Fact]
    public void ExtensionKeysAreAllowedOnEveryElement()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization:
              name: Acme
              units: [{ id: u, name: U, x-a: 1 }]
              people: [{ id: p, x-a: 1 }]
            vision: { statement: Clean, x-a: 1, success: [{ id: VS1, title: Homes, x-a: 1 }] }
            values: [{ name: Candour, x-a: 1 }]
            swot: [{ id: S1, kind: threat, text: Rivals, x-a: 1 }]
            criteria: [{ id: impact, x-a: 1 }]
            goals: [{ id: G1, title: Grow, x-a: 1 }]
            objectives:
              - id: O1
                title: Sell
                x-a: 1
                contributes_to: [{ id: G1, x-a: 1 }]
                key_results: [{ id: KR1, title: Deals, x-a: 1, checkins: [{ date: 2026-01-01, value: 1, x-a: 1 }] }]
            initiatives: [{ id: I1, title: Kit, x-a: 1 }]
            actions: [{ id: A1, title: Call, x-a: 1 }]
            rules: { tracking/stale: { grace: 1, x-a: 1 } }
            """);

        var objective = plan.Objectives.Single();
        Model.PlanElement[] elements =
        [
            plan.Organization.Units.Single(), plan.Organization.People.Single(), plan.Vision!, plan.Vision!.Success.Single(),
            plan.Values.Single(), plan.Swot.Single(), plan.Goals.Single(), objective, objective.ContributesTo.Single(),
            objective.KeyResults.Single(), objective.KeyResults.Single().CheckIns.Single(), plan.Initiatives.Single(),
            plan.Actions.Single(), plan.Rules.Single(), plan.Criteria.Single(),
        ];
        Assert.All(elements, element => Assert.Equal(1L, element.Extensions!["x-a"]));
        PlanComparison.AssertEquivalent(plan, ReadAssert.Valid(PlanWriter.Write(plan)));
    }
}
