using Throughline.Core.Generation.Words;
using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// Writes the initiatives, unit by unit: each supports objectives or key results of its unit, runs for one to
/// nine months (done, running or planned around the analysis date), takes a share of its unit's people, and may
/// depend on an earlier initiative that ends before it starts. Planted: about 3% support nothing (with those
/// that support an orphan objective, about 5% have no path to a goal), about 3% of the open ones have no owner,
/// the over-committed units' extra initiatives, and a few circles of dependencies.
/// </summary>
internal static class InitiativeStage
{
    public const double UnalignedShare = 0.03;
    public const double UnownedShare = 0.03;

    /// <summary>One dependency circle per this many initiatives (at least one).</summary>
    public const int InitiativesPerCycle = 4000;

    /// <summary>How far back a dependency may reach, in initiatives.</summary>
    private const int DependencyReach = 200;

    private static readonly double[] StatusWeights = [18, 63, 90, 97, 100];
    private static readonly InitiativeStatus[] Statuses =
        [InitiativeStatus.Done, InitiativeStatus.Active, InitiativeStatus.Planned, InitiativeStatus.Proposed, InitiativeStatus.Cancelled];

    private static readonly double[] PriorityWeights = [15, 40, 65, 85, 100];

    public static InitiativeIndex Emit(OrgChart chart, ObjectiveIndex objectives, DateOnly asOf, IPlanSink sink, SplitMix64 random)
    {
        var total = chart.InitiativeCount.Sum();
        var cycleNext = PlanCycles(total, random);
        var index = new InitiativeIndex(total) { Cycles = CountCycles(cycleNext) };
        var i = 0;
        for (var u = 0; u < chart.UnitCount; u++)
        {
            var own = chart.InitiativeCount[u] - (chart.OverCommitted[u] ? OrgChart.ExtraInitiatives : 0);
            for (var k = 0; k < chart.InitiativeCount[u]; k++, i++)
            {
                var next = cycleNext.TryGetValue(i, out var member) ? member : -1;
                sink.Initiative(Draw(chart, objectives, index, i, u, own, surplus: k >= own, next, asOf, random));
            }
        }

        return index;
    }

    /// <param name="own">How many initiatives the unit has besides an over-committed unit's surplus.</param>
    /// <param name="next">The initiative this one depends on in a planted circle, or -1.</param>
    private static Initiative Draw(
        OrgChart chart, ObjectiveIndex objectives, InitiativeIndex index, int i, int u, int own, bool surplus, int next, DateOnly asOf, SplitMix64 random)
    {
        var status = surplus ? InitiativeStatus.Active : Statuses[random.Weighted(StatusWeights)];
        if (next >= 0 && status is not (InitiativeStatus.Active or InitiativeStatus.Planned))
        {
            status = InitiativeStatus.Planned;
        }

        var supports = Supports(objectives, u, status, surplus, asOf.DayNumber, random, out var aligned, out var served);
        var asOfMonth = Calendar.MonthOf(asOf);
        var (startMonth, endMonth) = Months(status, surplus, asOfMonth, random);

        // Most plans fit the work before the objective it serves is due; the rest are late for it.
        var dueMonth = served < 0 ? int.MaxValue : Calendar.MonthOf(DateOnly.FromDayNumber(objectives.DueDay[served]));
        if (!surplus && dueMonth > asOfMonth && endMonth > dueMonth && random.Chance(0.9))
        {
            (startMonth, endMonth) = FitBefore(startMonth, endMonth, dueMonth, asOfMonth);
        }

        var start = Calendar.FirstDayOfMonth(startMonth);
        var end = Calendar.LastDayOfMonth(endMonth);
        index.Unit[i] = u;
        index.StartDay[i] = start.DayNumber;
        index.EndDay[i] = end.DayNumber;
        index.Status[i] = status;
        index.Aligned[i] = aligned;
        index.Orphans += !aligned && status != InitiativeStatus.Cancelled ? 1 : 0;

        // Shares of the unit's people: its own initiatives together take 70% at most, even all at once;
        // the surplus of an over-committed unit adds 140% to 200%.
        var share = surplus ? random.Between(0.35, 0.5) : random.Between(0.3, 0.7) / Math.Max(2, own);
        var weeks = (end.DayNumber - start.DayNumber + 1) / 7.0;
        var effort = Math.Max(1, Math.Round(share * chart.OwnFte[u] * weeks, MidpointRounding.AwayFromZero));

        var unowned = status is not (InitiativeStatus.Done or InitiativeStatus.Cancelled) && random.Chance(UnownedShare);
        index.Unowned += unowned ? 1 : 0;
        var dependsOn = Dependencies(index, i, random);
        if (next >= 0 && !dependsOn.Contains(InitiativeIndex.Id(next)))
        {
            dependsOn.Add(InitiativeIndex.Id(next));
        }

        var department = chart.DepartmentOf[u] >= 0 ? chart.Departments[chart.DepartmentOf[u]] : random.Pick(chart.Departments);
        return new Initiative
        {
            Id = InitiativeIndex.Id(i),
            Title = random.Pick(department.Initiatives) + (random.Chance(0.25) ? random.Pick(Work.InitiativeSuffixes) : ""),
            Supports = supports,
            Unit = OrgChart.UnitId(u),
            Owner = unowned ? null : OrgChart.PersonId(chart.Member(u, random, headShare: 0.35)),
            Start = start,
            End = end,
            Effort = effort,
            DependsOn = dependsOn,
            Status = status,
            Stage = random.Chance(0.1) ? (ChangeStage)random.Next(4) : null,
            Priority = random.Weighted(PriorityWeights) + 1,
            Urgent = random.Chance(0.04),
            Scores = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["impact"] = random.Between(1, 5),
                ["urgency"] = random.Between(1, 5),
                ["effort"] = Math.Clamp(1 + (int)(effort / 20), 1, 5),
                ["risk"] = random.Between(1, 5),
            },
        };
    }

    /// <summary>Done work ended in the last half year, active work spans the analysis month, planned work starts within nine months.</summary>
    private static (int Start, int End) Months(InitiativeStatus status, bool surplus, int asOfMonth, SplitMix64 random)
    {
        if (surplus)
        {
            return (asOfMonth - random.Between(0, 2), asOfMonth + random.Between(2, 5));
        }

        switch (status)
        {
            case InitiativeStatus.Done:
                var end = asOfMonth - random.Between(1, 6);
                return (end - random.Between(0, 5), end);
            case InitiativeStatus.Active:
                return (asOfMonth - random.Between(0, 6), asOfMonth + random.Between(1, 8));
            case InitiativeStatus.Cancelled:
                var from = asOfMonth + random.Between(-6, 6);
                return (from, from + random.Between(1, 6));
            default:
                var start = asOfMonth + random.Between(1, 9);
                return (start, start + random.Between(1, 7));
        }
    }

    /// <summary>Ends the span by the due month: shortened if it starts in time, else moved to start as soon as planned work can.</summary>
    private static (int Start, int End) FitBefore(int startMonth, int endMonth, int dueMonth, int asOfMonth)
    {
        if (startMonth >= dueMonth)
        {
            var length = endMonth - startMonth;
            startMonth = startMonth > asOfMonth ? Math.Max(asOfMonth + 1, dueMonth - length) : startMonth;
        }

        return (Math.Min(startMonth, dueMonth), dueMonth);
    }

    /// <summary>Objectives or key results of the unit; nothing for the planted unaligned ones.</summary>
    /// <param name="served">The first objective served, or -1.</param>
    private static List<string> Supports(
        ObjectiveIndex objectives, int unit, InitiativeStatus status, bool surplus, int asOfDay, SplitMix64 random, out bool aligned, out int served)
    {
        served = -1;
        if (!surplus && status != InitiativeStatus.Cancelled && random.Chance(UnalignedShare))
        {
            aligned = false;
            return [];
        }

        // Work still to do serves objectives still open, as a rule.
        var first = status == InitiativeStatus.Done ? objectives.AnyOf(unit, random) : objectives.AnyOpenOf(unit, asOfDay, random);
        served = first;
        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            aligned = !objectives.Orphan[first];
            return [ObjectiveIndex.KeyResultId(objectives.AnyKeyResultOf(first, random))];
        }

        var second = roll < 0.3 && objectives.AnyOf(unit, random) is var other && objectives.DueDay[other] >= objectives.DueDay[first] ? other : first;
        aligned = !objectives.Orphan[first] || !objectives.Orphan[second];
        return second == first ? [ObjectiveIndex.Id(first)] : [ObjectiveIndex.Id(first), ObjectiveIndex.Id(second)];
    }

    /// <summary>A quarter of the initiatives wait for one earlier initiative, a few for two, each ending before they start.</summary>
    private static List<string> Dependencies(InitiativeIndex index, int i, SplitMix64 random)
    {
        var roll = random.NextDouble();
        var wanted = roll < 0.05 ? 2 : roll < 0.3 ? 1 : 0;
        var found = new List<string>(wanted + 1);
        for (var attempt = 0; attempt < 8 * wanted && found.Count < wanted && i > 0; attempt++)
        {
            var j = i - 1 - random.Next(Math.Min(i, DependencyReach));
            var id = InitiativeIndex.Id(j);
            if (index.EndDay[j] < index.StartDay[i] && index.Status[j] != InitiativeStatus.Cancelled && !found.Contains(id))
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <summary>
    /// A few circles of two to four consecutive initiatives, each in its own stretch of the list: member j depends
    /// on member j + 1 and the last on the first. Every other dependency points backwards, so these are the only
    /// circles.
    /// </summary>
    private static Dictionary<int, int> PlanCycles(int total, SplitMix64 random)
    {
        var cycles = total < 4 ? 0 : Math.Max(1, (int)Math.Round((double)total / InitiativesPerCycle, MidpointRounding.AwayFromZero));
        var next = new Dictionary<int, int>();
        for (var c = 0; c < cycles; c++)
        {
            var from = (int)((long)total * c / cycles);
            var to = (int)((long)total * (c + 1) / cycles);
            var length = Math.Min(random.Between(2, 4), to - from);
            var first = from + random.Next(to - from - length + 1);
            for (var m = 0; m < length; m++)
            {
                next[first + m] = m == length - 1 ? first : first + m + 1;
            }
        }

        return next;
    }

    /// <summary>Each circle has exactly one dependency that points backwards: its last member's, on its first.</summary>
    private static int CountCycles(Dictionary<int, int> next) => next.Count(pair => pair.Value < pair.Key);
}
