using Throughline.Core.Generation;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Generation;

/// <summary>The counts of a 1,000-person organization against the shape docs/generate.md promises.</summary>
public sealed class GeneratedShapeTests
{
    private static readonly Lazy<(Plan Plan, GenerationSummary Summary)> Thousand =
        new(() => PlanGenerator.GenerateWithSummary(new GeneratorOptions(1_000, 42)));

    private static Plan Plan => Thousand.Value.Plan;

    private static IEnumerable<KeyResult> KeyResults => Plan.Objectives.SelectMany(o => o.KeyResults);

    [Fact]
    public void ExactCounts()
    {
        // N / 10 units, 0.3 N objectives, 0.2 N initiatives, 5 N actions: shared out exactly.
        Assert.Equal(1_000, Plan.Organization.People.Count);
        Assert.Equal(100, Plan.Organization.Units.Count);
        Assert.Equal(300, Plan.Objectives.Count);
        Assert.Equal(200, Plan.Initiatives.Count);
        Assert.Equal(5_000, Plan.Actions.Count);
        Assert.Equal(3, Plan.Vision!.Success.Count);
    }

    [Fact]
    public void AboutOneKeyResultPerPerson()
    {
        // 2 to 5 per objective (20%, 40%, 25%, 15%): 3.35 on average, so about 1,005 for 300; ±10%.
        Assert.InRange(KeyResults.Count(), 900, 1_100);
        Assert.All(Plan.Objectives, o => Assert.InRange(o.KeyResults.Count, 2, 5));
        Assert.Equal(Thousand.Value.Summary.KeyResults, KeyResults.Count());
    }

    [Fact]
    public void AYearOfCheckInsAtEachCadence()
    {
        var expected = 0;
        foreach (var kr in KeyResults)
        {
            // A full year: 52 or 53 weekly, 26 or 27 biweekly, 12 monthly, 4 quarterly.
            expected += kr.Cadence switch { Cadence.Weekly => 52, Cadence.Biweekly => 26, Cadence.Monthly => 12, _ => 4 };
        }

        var checkIns = KeyResults.Sum(kr => kr.CheckIns.Count);

        // Fewer, as a rule: objectives started three quarters ago or due last quarter, and stale key results, have a
        // shorter year. At most 10% fewer; at most 4% more, as a year holds up to 53 weekly or 27 biweekly check-ins.
        Assert.InRange(checkIns, expected * 0.9, expected * 1.04);
        Assert.InRange(KeyResults.Count(kr => kr.Cadence == Cadence.Weekly), KeyResults.Count() * 0.85, KeyResults.Count() * 0.95);
        Assert.All(KeyResults.SelectMany(kr => kr.CheckIns), c => Assert.InRange(c.Date, GeneratorOptions.DefaultAsOf.AddDays(-364), GeneratorOptions.DefaultAsOf));
    }

    [Fact]
    public void LevelsOfPeople()
    {
        var people = Plan.Organization.People;

        // 100 units under 10 departments: executives are max(round(1,000 / 100), 1 + 10) = 11 (the chief and the
        // department heads), managers round(1,000 / 10) = 100.
        Assert.Equal(11, people.Count(p => p.Level == PersonLevel.Executive));
        Assert.Equal(100, people.Count(p => p.Level == PersonLevel.Manager));
    }

    [Fact]
    public void GoalsHaveAreasOwnersAndDistinctPriorities()
    {
        var goals = Plan.Goals;

        Assert.InRange(goals.Count, 8, 12);
        Assert.Equal(Enumerable.Range(1, goals.Count), goals.Select(g => g.Priority!.Value).Order());
        Assert.All(goals, g => Assert.False(string.IsNullOrEmpty(g.Area)));
        Assert.All(goals, g => Assert.NotNull(g.Owner));
    }

    [Fact]
    public void ObjectivesCascadeWithSomeWeightedSecondParents()
    {
        var objectives = Plan.Objectives;
        var company = objectives.Where(o => o.Unit == "U1").ToList();

        // The root's objectives carry the goals, one each.
        Assert.Equal(Plan.Goals.Count, company.Count);
        Assert.All(company, o => Assert.StartsWith("G", o.ContributesTo[0].Id, StringComparison.Ordinal));

        // Most of the rest contribute to objectives of the unit above; 15% have a second parent, both links weighted.
        var others = objectives.Except(company).ToList();
        Assert.True(others.Count(o => o.ContributesTo.Count > 0 && o.ContributesTo[0].Id.StartsWith('O')) > others.Count / 2);
        var twoParents = objectives.Count(o => o.ContributesTo.Count == 2);
        Assert.InRange(twoParents, objectives.Count * 0.08, objectives.Count * 0.22);
        Assert.All(objectives.Where(o => o.ContributesTo.Count == 2), o => Assert.All(o.ContributesTo, c => Assert.NotNull(c.Weight)));
    }

    [Fact]
    public void DueDatesSpreadOverQuartersAndYears()
    {
        var dues = Plan.Objectives.Select(o => o.Due!.Value).ToList();

        Assert.True(dues.Distinct().Count() >= 4, "due dates should fall in at least four quarters");
        Assert.Contains(dues, due => due.Year == 2027);
        Assert.All(Plan.Objectives, o => Assert.InRange(o.Due!.Value.DayNumber - o.Start!.Value.DayNumber, 1, 730));
    }

    [Fact]
    public void KeyResultsGoAllThreeWaysInTheirOwnUnits()
    {
        var krs = KeyResults.ToList();

        Assert.Contains(krs, kr => kr.EffectiveDirection == Direction.Increase);
        Assert.Contains(krs, kr => kr.EffectiveDirection == Direction.Decrease);
        Assert.Contains(krs, kr => kr.EffectiveDirection == Direction.Maintain && kr.Range is not null);
        Assert.True(krs.Select(kr => kr.Unit).Distinct().Count() >= 15, "units of measure should vary");
        Assert.All(krs, kr => Assert.NotNull(kr.Cadence));
    }

    [Fact]
    public void InitiativesCarryTheFieldsThePlanningRulesRead()
    {
        var initiatives = Plan.Initiatives;

        Assert.All(initiatives, i => Assert.NotNull(i.Unit));
        Assert.All(initiatives, i => Assert.True(i.Effort > 0 && i.Start <= i.End));
        Assert.Equal(5, initiatives.Select(i => i.Status).Distinct().Count());
        Assert.InRange(initiatives.Count(i => i.DependsOn.Count > 0), initiatives.Count / 10, initiatives.Count / 2);
        Assert.All(Plan.Actions, a => Assert.NotNull(a.Due));
    }
}
