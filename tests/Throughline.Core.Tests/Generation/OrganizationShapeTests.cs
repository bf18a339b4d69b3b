using Throughline.Core.Generation;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Generation;

/// <summary>The organization at full size: only its units and people are generated, which is cheap even for 100,000.</summary>
public sealed class OrganizationShapeTests
{
    private static readonly Lazy<(OrgChart Chart, Organization Organization)> Large = new(() =>
    {
        var chart = OrgChart.Build(100_000, new SplitMix64(42));
        var sink = new ModelSink();
        OrganizationStage.Emit(chart, sink, new SplitMix64(43));
        return (chart, sink.Plan.Organization);
    });

    [Fact]
    public void HundredThousandPeopleMakeTenThousandUnitsSixLevelsDeep()
    {
        var (chart, organization) = Large.Value;

        Assert.Equal(100_000, organization.People.Count);
        Assert.Equal(10_000, organization.Units.Count);
        Assert.Equal(6, chart.LevelWidths.Length);
        Assert.Equal(5, chart.Level.Max());
    }

    [Fact]
    public void OnePercentExecutivesTenPercentManagers()
    {
        var people = Large.Value.Organization.People;

        // round(100,000 / 100) = 1,000 executives; round(100,000 / 10) = 10,000 managers, one per team and some deputies.
        Assert.Equal(1_000, people.Count(p => p.Level == PersonLevel.Executive));
        Assert.Equal(10_000, people.Count(p => p.Level == PersonLevel.Manager));
        Assert.Equal(89_000, people.Count(p => p.Level == PersonLevel.Frontline));
    }

    [Fact]
    public void EveryoneButTheChiefHasAUnitAndAManagerChainToTheTop()
    {
        var people = Large.Value.Organization.People;
        var byId = people.ToDictionary(p => p.Id);

        Assert.All(people, p => Assert.NotNull(p.Unit));
        Assert.Equal(["P1"], people.Where(p => p.Manager is null).Select(p => p.Id));
        foreach (var person in people.Where((_, i) => i % 997 == 0))
        {
            // A frontline person at the deepest level reports to their team's head, who reports up five levels.
            var steps = 0;
            for (var at = person; at.Manager is not null; at = byId[at.Manager])
            {
                steps++;
            }

            Assert.InRange(steps, 0, 6);
        }
    }

    [Fact]
    public void ParentsComeFirstAndCapacityCountsTheWholeSubtree()
    {
        var (chart, organization) = Large.Value;
        var units = organization.Units;

        Assert.Null(units[0].Parent);
        Assert.All(units.Skip(1), (unit, i) => Assert.True(chart.Parent[i + 1] < i + 1));

        // Each person is 0.9 to 1 FTE, so the root, which holds everyone, states between 90,000 and 100,000.
        Assert.InRange(units[0].Capacity!.Value, 90_000, 100_000);
        Assert.All(units, unit => Assert.True(unit.Capacity >= 0.5));
    }

    [Fact]
    public void AboutTwoPercentOfUnitsAreOverCommittedAndLimitedToThree()
    {
        var chart = Large.Value.Chart;

        // round(10,000 × 2%) = 200, each with its share plus four initiatives, and max_initiatives 3.
        Assert.Equal(200, chart.OverCommitted.Count(over => over));
        Assert.All(
            Enumerable.Range(0, chart.UnitCount).Where(u => chart.OverCommitted[u]),
            u => Assert.Equal(InitiativePlan.OverCommittedLimit, chart.MaxInitiatives[u]));

        // 20% of 100,000 people.
        Assert.Equal(20_000, chart.InitiativeCount.Sum());
    }
}
