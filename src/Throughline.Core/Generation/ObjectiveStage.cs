using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// Writes the objectives, unit by unit from the top: the root's objectives carry the goals (one each), a
/// department's contribute to a company objective or straight to a goal of its area, a team's to an objective of
/// the unit above. Some have two parents with weights. A few leaf objectives contribute to nothing, and a few
/// have vague titles or no owner: the planted defects.
/// </summary>
internal static class ObjectiveStage
{
    public const double PerPerson = 0.3;
    public const double OrphanShare = 0.02;
    public const double VagueShare = 0.03;
    public const double UnownedShare = 0.02;
    public const double SecondParentShare = 0.15;

    /// <summary>An objective may span two years at most (<c>smart/not-time-bound</c>).</summary>
    private const int MaxSpanDays = 730;

    // Due quarters relative to the analysis date's quarter, from one already past to four ahead.
    private static readonly double[] DueQuarterWeights = [4, 34, 54, 72, 88, 100];

    public static int Total(int people) => (int)Math.Round(people * PerPerson, MidpointRounding.AwayFromZero);

    public static ObjectiveIndex Emit(OrgChart chart, GoalSet goals, int total, DateOnly asOf, IPlanSink sink, SplitMix64 random)
    {
        var units = chart.UnitCount;
        var weights = new double[units];
        for (var u = 1; u < units; u++)
        {
            weights[u] = random.Between(0.6, 1.4);
        }

        var extra = Spread.ByWeight(Math.Max(0, total - goals.Count - (units - 1)), weights);
        var counts = new int[units];
        counts[0] = goals.Count;
        var count = goals.Count;
        for (var u = 1; u < units; u++)
        {
            counts[u] = 1 + extra[u];
            count += counts[u];
        }

        var index = new ObjectiveIndex(count, units);
        var writer = new ObjectiveWriter(chart, goals, index, asOf, sink, random);
        var o = 0;
        for (var u = 0; u < units; u++)
        {
            index.FirstOfUnit[u] = o;
            index.CountOfUnit[u] = counts[u];
            for (var i = 0; i < counts[u]; i++, o++)
            {
                var orphan = u > 0 && chart.IsLeaf(u) && random.Chance(OrphanShare);
                var links = u == 0 ? CompanyLinks(i, goals, random) : orphan ? [] : Links(chart, goals, index, u, random);

                // Each unit sets its own horizon: tying a team's due date to its parent's, level after level, would
                // pull nearly every objective of a deep tree to the earliest date.
                var (start, due) = Period(asOf, random);
                index.Unit[o] = u;
                index.DueDay[o] = due;
                index.Orphan[o] = orphan;
                index.Orphans += orphan ? 1 : 0;
                writer.Write(o, u, links, start, due);
            }
        }

        return index;
    }

    /// <summary>A link to an objective (<see cref="Target"/> ≥ 0) or to goal −(Target + 1), with its weight.</summary>
    internal readonly record struct Link(int Target, double? Weight)
    {
        public string Id => Target >= 0 ? ObjectiveIndex.Id(Target) : GoalSet.Id(-(Target + 1));

        public static int Goal(int goal) => -(goal + 1);
    }

    /// <summary>The root's i-th objective carries goal i, sometimes a second goal too.</summary>
    private static List<Link> CompanyLinks(int i, GoalSet goals, SplitMix64 random)
    {
        if (goals.Count < 2 || !random.Chance(SecondParentShare))
        {
            return [new Link(Link.Goal(i), null)];
        }

        var other = (i + 1 + random.Next(goals.Count - 1)) % goals.Count;
        return [new Link(Link.Goal(i), 2), new Link(Link.Goal(other), 1)];
    }

    private static List<Link> Links(OrgChart chart, GoalSet goals, ObjectiveIndex index, int unit, SplitMix64 random)
    {
        var area = chart.Departments[chart.DepartmentOf[unit]].GoalArea;
        int primary;
        if (chart.Level[unit] == 1)
        {
            primary = random.Chance(0.55) ? GoalOfArea(goals, area, random) : Link.Goal(GoalOfArea(goals, area, random));
        }
        else
        {
            primary = random.Chance(0.05) ? Link.Goal(GoalOfArea(goals, area, random)) : index.AnyOf(chart.Parent[unit], random);
        }

        if (!random.Chance(SecondParentShare))
        {
            return [new Link(primary, null)];
        }

        var parent = chart.Parent[unit];
        var secondary = chart.Level[unit] > 1 && index.CountOfUnit[parent] > 1 ? index.AnyOf(parent, random) : Link.Goal(random.Next(goals.Count));
        return secondary == primary ? [new Link(primary, null)] : [new Link(primary, 2), new Link(secondary, 1)];
    }

    /// <summary>A goal of the area (the root's objective for it has the same index), or any goal when the area has none.</summary>
    private static int GoalOfArea(GoalSet goals, string area, SplitMix64 random)
    {
        var matching = 0;
        foreach (var goalArea in goals.Areas)
        {
            matching += goalArea == area ? 1 : 0;
        }

        if (matching == 0)
        {
            return random.Next(goals.Count);
        }

        var pick = random.Next(matching);
        for (var g = 0; g < goals.Count; g++)
        {
            if (goals.Areas[g] == area && pick-- == 0)
            {
                return g;
            }
        }

        return 0;
    }

    /// <summary>
    /// Objectives started four or five quarters ago (a few three), and are due from last quarter to a year ahead,
    /// within two years of their start: a year of check-ins for most of their key results.
    /// </summary>
    private static (int Start, int Due) Period(DateOnly asOf, SplitMix64 random)
    {
        var quarter = Calendar.QuarterOf(asOf);
        var roll = random.NextDouble();
        var start = Calendar.FirstDayOfQuarter(quarter - (roll < 0.65 ? 4 : roll < 0.95 ? 5 : 3)).DayNumber;
        var ahead = random.Weighted(DueQuarterWeights) - 1;
        var due = Calendar.LastDayOfQuarter(quarter + ahead).DayNumber;
        while (due - start > MaxSpanDays)
        {
            due = Calendar.LastDayOfQuarter(quarter + --ahead).DayNumber;
        }

        return (start, due);
    }
}
