using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class PlanReaderValidPlanTests
{
    private static Plan ReadFullPlan()
    {
        var result = PlanReader.Read(PlanFixtures.FullPlan, PlanFixtures.FileName);
        Assert.True(result.Succeeded, "Errors were:\n" + string.Join("\n", result.Errors));
        return result.Plan!;
    }

    [Fact]
    public void ContractExampleReadsWithoutErrors()
    {
        var plan = ReadFullPlan();

        Assert.Equal(1, plan.Version);
        Assert.Equal(PlanFixtures.FileName, plan.SourcePath);
        Assert.Equal("Acme Energy", plan.Organization.Name);
        Assert.Equal(["acme", "sales", "operations"], plan.Organization.Units.Select(unit => unit.Id));
        Assert.Equal(12, plan.Organization.Units[1].Capacity);
        Assert.Equal(3, plan.Organization.Units[1].MaxInitiatives);
        Assert.Null(plan.Organization.People[0].Manager);
        Assert.Equal(PersonLevel.Executive, plan.Organization.People[0].Level);
        Assert.Equal(new DateOnly(2032, 12, 31), plan.Vision!.Horizon);
        Assert.Equal(400000, plan.Vision.Success.Single().Target);
        Assert.Equal("Customers first", plan.Values.Single().Name);
        Assert.Equal([SwotKind.Strength, SwotKind.Threat], plan.Swot.Select(item => item.Kind));
        Assert.Equal(["S1", "T1"], plan.Goals.Single().Swot);
        Assert.Equal("G1", plan.Objectives.Single().ContributesTo.Single().Id);
        Assert.Null(plan.Objectives.Single().ContributesTo.Single().Weight);
    }

    [Fact]
    public void KeyResultsCheckInsInitiativesActionsAndRulesAreMapped()
    {
        var plan = ReadFullPlan();

        var keyResult = plan.Objectives.Single().KeyResults.Single();
        Assert.Equal((1500d, 1200d, "USD/kW"), (keyResult.Baseline!.Value, keyResult.Target!.Value, keyResult.Unit));
        Assert.Equal(Direction.Decrease, keyResult.Direction);
        Assert.Equal(Cadence.Weekly, keyResult.Cadence);
        var checkIn = keyResult.CheckIns.Single();
        Assert.Equal((new DateOnly(2026, 2, 1), 1480d, 0.7, "ana"), (checkIn.Date, checkIn.Value, checkIn.Confidence!.Value, checkIn.By));

        var initiative = plan.Initiatives.Single();
        Assert.Equal((InitiativeStatus.Active, ChangeStage.Act, 24d), (initiative.Status!.Value, initiative.Stage!.Value, initiative.Effort!.Value));
        Assert.Empty(initiative.DependsOn);
        Assert.True(plan.Actions.Single().Done);
        Assert.Equal(new DateOnly(2026, 2, 20), plan.Actions.Single().Due);

        Assert.Collection(plan.Rules,
            rule => Assert.Equal(("smart/not-achievable", false), (rule.RuleId, rule.Enabled)),
            rule => Assert.Equal(("tracking/stale", true, Severity.Error), (rule.RuleId, rule.Enabled, rule.Severity!.Value)));
    }

    [Fact]
    public void EveryElementKnowsWhereItAndItsFieldsStart()
    {
        var plan = ReadFullPlan();
        SourceLocation At(int line, int column) => new(PlanFixtures.FileName, line, column);

        var keyResult = plan.Objectives.Single().KeyResults.Single();
        Assert.Equal(At(65, 9), keyResult.Location);
        Assert.Equal(At(72, 18), keyResult.FieldLocations!["cadence"]);
        var checkIn = keyResult.CheckIns.Single();
        Assert.Equal(At(74, 13), checkIn.Location);
        Assert.Equal(At(74, 40), checkIn.LocationOf("value"));
        Assert.Equal(At(54, 11), plan.Goals.Single().LocationOf("swot"));
        Assert.Equal(At(58, 22), plan.Objectives.Single().ContributesTo.Single().Location);
        Assert.Equal(At(90, 3), plan.Rules[0].Location);
        Assert.Equal(At(1, 1), plan.Location);
        Assert.Equal(At(3, 3), plan.Organization.Location);
    }

    [Fact]
    public void SingleIdIsReadAsListOfOne()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization:
              name: Acme
            swot:
              - { id: S1, kind: strength, text: Cheap }
            goals:
              - { id: G1, title: Grow, swot: S1 }
            objectives:
              - { id: O1, title: Sell more, contributes_to: G1 }
            initiatives:
              - { id: I1, title: Campaign, supports: O1 }
              - { id: I2, title: Follow-up, supports: [O1], depends_on: I1 }
            actions:
              - { id: A1, title: Call, supports: O1 }
            """);

        Assert.Equal(["S1"], plan.Goals.Single().Swot);
        Assert.Equal("G1", plan.Objectives.Single().ContributesTo.Single().Id);
        Assert.Equal(["O1"], plan.Initiatives[0].Supports);
        Assert.Equal(["I1"], plan.Initiatives[1].DependsOn);
        Assert.Equal(["O1"], plan.Actions.Single().Supports);
    }

    [Fact]
    public void ContributionsMayCarryWeights()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            goals:
              - { id: G1, title: Grow }
            objectives:
              - id: O1
                title: Sell more
                contributes_to: [{ id: G1, weight: 2 }, O2]
              - id: O2
                title: Sell better
                contributes_to: { id: G1, weight: 0.5 }
            """);

        var first = plan.Objectives[0].ContributesTo;
        Assert.Equal([("G1", 2d), ("O2", 1d)], first.Select(link => (link.Id, link.EffectiveWeight)));
        Assert.Equal(0.5, plan.Objectives[1].ContributesTo.Single().Weight);
    }

    [Fact]
    public void FieldsBeyondTheContractAreRead()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization:
              name: Acme
              people:
                - { id: ana, email: ana@example.com }
            goals:
              - { id: G1, title: Grow, description: Why we grow, weight: 3 }
            objectives:
              - id: O1
                title: Sell more
                description: In the north
                key_results:
                  - { id: KR1, title: Deals, owner: ana, direction: maintain, range: [95, 100] }
            initiatives:
              - { id: I1, title: Campaign, description: Ads }
            actions:
              - { id: A1, title: Call, supports: [KR1], effort: 0.5 }
            """);

        Assert.Equal("ana@example.com", plan.Organization.People.Single().Email);
        Assert.Equal(("Why we grow", 3d), (plan.Goals.Single().Description, plan.Goals.Single().Weight!.Value));
        Assert.Equal("In the north", plan.Objectives.Single().Description);
        var keyResult = plan.Objectives.Single().KeyResults.Single();
        Assert.Equal(("ana", new ValueRange(95, 100)), (keyResult.Owner, keyResult.Range!.Value));
        Assert.Equal("Ads", plan.Initiatives.Single().Description);
        Assert.Equal(0.5, plan.Actions.Single().Effort);
    }

    [Fact]
    public void CheckInsStayInFileOrder()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            objectives:
              - id: O1
                title: Sell more
                key_results:
                  - id: KR1
                    title: Deals
                    checkins:
                      - { date: 2026-03-01, value: 3 }
                      - { date: 2026-01-01, value: 1 }
            """);

        Assert.Equal([3d, 1d], plan.Objectives.Single().KeyResults.Single().CheckIns.Select(checkIn => checkIn.Value));
    }

    [Fact]
    public void ExtensionKeysAreKeptAsPlainValues()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            x-generator: sheet-export
            organization:
              name: Acme
              x-region: north
            goals:
              - id: G1
                title: Grow
                x-meta:
                  score: 7
                  ratio: 0.25
                  tags: [a, 'true', 3]
                  flag: true
                  none: ~
            """);

        Assert.Equal("sheet-export", plan.Extensions!["x-generator"]);
        Assert.Equal("north", plan.Organization.Extensions!["x-region"]);
        var meta = Assert.IsType<Dictionary<string, object?>>(plan.Goals.Single().Extensions!["x-meta"]);
        Assert.Equal(7L, meta["score"]);
        Assert.Equal(0.25, meta["ratio"]);
        Assert.Equal(new List<object?> { "a", "true", 3L }, meta["tags"]);
        Assert.Equal(true, meta["flag"]);
        Assert.Null(meta["none"]);
        Assert.Null(plan.Goals.Single().Extensions!.GetValueOrDefault("title"));
    }
}
