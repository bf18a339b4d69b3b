using System.Globalization;
using Throughline.Core.Generation.Words;
using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// Writes one objective with its key results and their check-ins. The key results are drawn first, so that the
/// objective's title can name its main one: "Cut quote turnaround time from 72 to 36 hours by June 2027".
/// </summary>
internal sealed class ObjectiveWriter(OrgChart chart, GoalSet goals, ObjectiveIndex index, DateOnly asOf, IPlanSink sink, SplitMix64 random)
{
    public const double StaleShare = 0.03;

    private readonly List<KeyResultPlan> plans = [];
    private readonly Dictionary<string, MetricTemplate[]> companyPools = [];

    public void Write(int o, int unit, List<ObjectiveStage.Link> links, int startDay, int dueDay)
    {
        var running = startDay <= asOf.DayNumber && asOf.DayNumber <= dueDay;
        var pool = Pool(unit, o);
        var roll = random.NextDouble();
        var wanted = Math.Min(pool.Length, roll < 0.2 ? 2 : roll < 0.6 ? 3 : roll < 0.85 ? 4 : 5);
        var order = random.Shuffled(pool.Length);
        plans.Clear();
        for (var i = 0; i < wanted; i++)
        {
            plans.Add(KeyResultPlan.Draw(pool[order[i]], random, stale: running && random.Chance(StaleShare)));
        }

        var due = DateOnly.FromDayNumber(dueDay);
        var vague = unit > 0 && random.Chance(ObjectiveStage.VagueShare);
        var unowned = unit > 0 && random.Chance(ObjectiveStage.UnownedShare);
        var priorityRoll = random.NextDouble();
        sink.Objective(new Objective
        {
            Id = ObjectiveIndex.Id(o),
            Title = vague ? random.Pick(Work.VagueObjectives) : Title(plans[0], due),
            ContributesTo = [.. links.Select(l => new Contribution { Id = l.Id, Weight = l.Weight })],
            Owner = unowned ? null : OrgChart.PersonId(Owner(unit, o)),
            Unit = OrgChart.UnitId(unit),
            Start = DateOnly.FromDayNumber(startDay),
            Due = due,
            Priority = priorityRoll < 0.15 ? 1 : priorityRoll < 0.6 ? 2 : 3,
            Urgent = random.Chance(0.03),
        });
        index.Vague += vague ? 1 : 0;
        index.Unowned += unowned ? 1 : 0;

        index.FirstKeyResult[o] = index.KeyResults;
        index.KeyResultCount[o] = plans.Count;
        foreach (var plan in plans)
        {
            var metric = plan.Metric;
            sink.KeyResult(new KeyResult
            {
                Id = ObjectiveIndex.KeyResultId(index.KeyResults++),
                Title = metric.Title,
                Baseline = plan.Baseline,
                Target = plan.Target,
                Unit = metric.Unit,
                Direction = metric.Direction == Direction.Maintain ? Direction.Maintain : null,
                Range = plan.Range,
                Weight = random.Chance(0.1) ? 2 : null,
                Cadence = plan.Cadence,
                Owner = random.Chance(0.9) ? OrgChart.PersonId(KeyResultOwner(unit)) : null,
            });
            index.WeeklyKeyResults += plan.Cadence == Cadence.Weekly ? 1 : 0;
            var (checkIns, last) = CheckInSeries.Emit(plan, startDay, dueDay, asOf, random, sink);
            index.CheckIns += checkIns;

            // A stale key result whose last check-in happens to meet its target is done, and done is never stale.
            index.Stale += plan.SilentDays > 0 && !plan.Meets(last) ? 1 : 0;
        }
    }

    /// <summary>A department's own measures; at the top, those of the goal's area and the company's.</summary>
    private MetricTemplate[] Pool(int unit, int o)
    {
        if (unit > 0)
        {
            return chart.Departments[chart.DepartmentOf[unit]].Metrics;
        }

        var area = goals.Areas[o];
        if (!companyPools.TryGetValue(area, out var pool))
        {
            pool = [.. chart.Departments.Where(d => d.GoalArea == area).SelectMany(d => d.Metrics).Concat(Strategy.CompanyMetrics)];
            companyPools.Add(area, pool);
        }

        return pool;
    }

    /// <summary>Mostly the unit's head; at the top, mostly the head of the department of the goal's area.</summary>
    private int Owner(int unit, int o)
    {
        if (unit > 0)
        {
            return chart.Member(unit, random, headShare: 0.7);
        }

        var department = -1;
        for (var d = 0; d < chart.Departments.Count && department < 0; d++)
        {
            department = chart.Departments[d].GoalArea == goals.Areas[o] ? d : -1;
        }

        // Departments are units 1 … D, in the order of the chart's departments.
        return department >= 0 && random.Chance(0.6) ? chart.Head(department + 1) : chart.Member(0, random, headShare: 0.3);
    }

    /// <summary>Someone of the team; at the top, where there are few people, someone of the departments' leaders.</summary>
    private int KeyResultOwner(int unit) =>
        unit == 0 && chart.LevelWidths.Length > 1 && random.Chance(0.7)
            ? chart.Member(1 + random.Next(chart.LevelWidths[1]), random, headShare: 0.5)
            : chart.Member(unit, random, headShare: 0.1);

    /// <summary>"Raise win rate … from 22% to 28% by June 2027", "Keep inventory days of supply between 26 and 34 days until March 2027".</summary>
    internal static string Title(KeyResultPlan plan, DateOnly due)
    {
        var metric = plan.Metric;
        var what = metric.Title.Length > 1 && char.IsLower(metric.Title[1])
            ? char.ToLowerInvariant(metric.Title[0]) + metric.Title[1..]
            : metric.Title;
        var when = Calendar.MonthAndYear(due);

        // "Cut stock-outs per month from 60 to 42", not "from 60 stock-outs to 42 stock-outs".
        var unit = metric.Title.Contains(metric.Unit, StringComparison.OrdinalIgnoreCase) ? "" : metric.Unit;
        if (plan.Range is { } range)
        {
            var span = unit == "%" ? $"{Number(range.Low)}% and {Number(range.High)}%" : $"{Number(range.Low)} and {Quantity(range.High, unit)}";
            return $"Keep {what} between {span} until {when}";
        }

        var verbs = metric.Direction == Direction.Increase ? Work.RaiseVerbs : Work.CutVerbs;
        var verb = verbs[(int)(Math.Abs(plan.Baseline) % verbs.Length)];
        return $"{verb} {what} from {Quantity(plan.Baseline, unit)} to {Quantity(plan.Target!.Value, unit)} by {when}";
    }

    private static string Quantity(double value, string unit) =>
        unit == "%" ? $"{Number(value)}%" : unit.Length == 0 ? Number(value) : $"{Number(value)} {unit}";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
