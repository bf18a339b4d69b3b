using Throughline.Core.Generation.Words;
using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>The goals as later stages need them: their business areas, by goal index.</summary>
internal sealed record GoalSet(string[] Areas)
{
    public int Count => Areas.Length;

    public static string Id(int goal) => $"G{goal + 1}";
}

/// <summary>Writes the vision with its success measures, the values, SWOT, the decision criteria and the goals.</summary>
internal static class StrategyStage
{
    public const int SwotItems = 8;

    /// <returns>The goals, and the check-ins written for the success measures.</returns>
    public static (GoalSet Goals, int CheckIns) Emit(OrgChart chart, int goalCount, DateOnly asOf, IPlanSink sink, SplitMix64 random)
    {
        var (statement, purpose) = random.Pick(Strategy.Visions);
        var horizon = new DateOnly(asOf.Year + 5, 12, 31);
        sink.Vision(new Vision { Statement = statement, Purpose = purpose, Horizon = horizon });
        var checkIns = 0;
        for (var s = 0; s < Strategy.SuccessMeasures.Length; s++)
        {
            var metric = Strategy.SuccessMeasures[s];
            var plan = OnTrackMonthly(KeyResultPlan.Draw(metric, random, stale: false), random);
            sink.KeyResult(new KeyResult
            {
                Id = $"VS{s + 1}",
                Title = metric.Title,
                Baseline = plan.Baseline,
                Target = plan.Target,
                Unit = metric.Unit,
                Cadence = Cadence.Monthly,
                Owner = OrgChart.PersonId(chart.Member(0, random, headShare: 0.3)),
            });
            checkIns += CheckInSeries.Emit(plan, asOf.DayNumber - 364, horizon.DayNumber, asOf, random, sink).Count;
        }

        foreach (var i in random.Shuffled(Strategy.Values.Length).Take(4).Order())
        {
            sink.Value(new ValueStatement { Name = Strategy.Values[i].Name, Description = Strategy.Values[i].Description });
        }

        var kinds = new[] { (SwotKind.Strength, Strategy.Strengths), (SwotKind.Weakness, Strategy.Weaknesses), (SwotKind.Opportunity, Strategy.Opportunities), (SwotKind.Threat, Strategy.Threats) };
        var n = 0;
        foreach (var (kind, texts) in kinds)
        {
            foreach (var i in random.Shuffled(texts.Length).Take(SwotItems / kinds.Length))
            {
                sink.Swot(new SwotItem { Id = $"SW{++n}", Kind = kind, Text = texts[i] });
            }
        }

        sink.Criterion(new DecisionCriterion { Id = DecisionCriterion.Alignment, Weight = 3 });
        sink.Criterion(new DecisionCriterion { Id = "impact", Name = "Customer impact", Weight = 3 });
        sink.Criterion(new DecisionCriterion { Id = "urgency", Name = "Urgency", Weight = 2 });
        sink.Criterion(new DecisionCriterion { Id = "effort", Name = "Effort", Better = CriterionPreference.Lower });
        sink.Criterion(new DecisionCriterion { Id = "risk", Name = "Delivery risk", Better = CriterionPreference.Lower });

        return (EmitGoals(chart, goalCount, asOf, sink, random), checkIns);
    }

    /// <summary>
    /// One goal for each area the departments work in, then others; every goal with its own priority rank (a
    /// shared rank is a defect the generator does not plant), owned by the executive of its area or the CEO.
    /// </summary>
    private static GoalSet EmitGoals(OrgChart chart, int goalCount, DateOnly asOf, IPlanSink sink, SplitMix64 random)
    {
        var areas = chart.Departments.Select(d => d.GoalArea).Distinct().ToList();
        var firstOfArea = areas.Select(area => Strategy.Goals.First(g => g.Area == area)).ToList();
        var rest = Strategy.Goals.Except(firstOfArea).ToArray();
        var chosen = firstOfArea.Concat(random.Shuffled(rest.Length).Select(i => rest[i])).Take(goalCount).ToArray();
        var priorities = random.Shuffled(chosen.Length);
        for (var g = 0; g < chosen.Length; g++)
        {
            var (area, title) = chosen[g];
            var department = chart.Departments.ToList().FindIndex(d => d.GoalArea == area);
            var owner = department < 0 || random.Chance(0.25) ? 0 : chart.Head(department + 1);
            var priority = priorities[g] + 1;
            var swot = random.Shuffled(SwotItems).Take(random.Between(1, 2)).Order().Select(i => $"SW{i + 1}");
            sink.Goal(new Goal
            {
                Id = GoalSet.Id(g),
                Title = title,
                Area = area,
                Owner = OrgChart.PersonId(owner),
                Horizon = new DateOnly(asOf.Year + random.Between(2, 5), 12, 31),
                Priority = priority,
                Weight = priority <= 2 ? 2 : null,
                Swot = [.. swot],
            });
        }

        return new GoalSet([.. chosen.Select(c => c.Area)]);
    }

    /// <summary>Success measures are reported monthly, on the way to the horizon: the trouble is planted further down.</summary>
    private static KeyResultPlan OnTrackMonthly(KeyResultPlan plan, SplitMix64 random) => new()
    {
        Metric = plan.Metric,
        Baseline = plan.Baseline,
        Target = plan.Target,
        Cadence = Cadence.Monthly,
        Pace = Pace.OnTrack,
        Speed = random.Between(0.95, 1.2),
    };
}
