namespace Throughline.Core.Generation;

/// <summary>
/// How many initiatives each unit runs, and which units are over-committed: decided with the organization,
/// because a unit's <c>max_initiatives</c> is written with the unit.
/// </summary>
internal static class InitiativePlan
{
    /// <summary>About 2% of the units (at least one) get far more work than people, and more initiatives than their limit.</summary>
    public const double OverCommittedShare = 0.02;

    /// <summary>The limit an over-committed unit sets itself, and exceeds.</summary>
    public const int OverCommittedLimit = 3;

    /// <summary>Initiatives per person: 20,000 for 100,000 people.</summary>
    public const double PerPerson = 0.2;

    public static (int[] Count, int?[] MaxInitiatives, bool[] OverCommitted) Allot(
        int people, int[] homeCount, int[] childCount, SplitMix64 random)
    {
        var units = homeCount.Length;
        var total = (int)Math.Round(people * PerPerson, MidpointRounding.AwayFromZero);
        var overCommitted = new bool[units];
        var candidates = Enumerable.Range(0, units).Where(u => childCount[u] == 0 && homeCount[u] >= 4).ToArray();
        var planted = Math.Min(
            Math.Min(Math.Max(1, (int)Math.Round(units * OverCommittedShare, MidpointRounding.AwayFromZero)), total / (2 * OrgChart.ExtraInitiatives)),
            candidates.Length);
        for (var i = 0; i < planted; i++)
        {
            var j = i + random.Next(candidates.Length - i);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
            overCommitted[candidates[i]] = true;
        }

        // The rest is shared by headcount: the people of a unit run its initiatives.
        var weights = new double[units];
        for (var u = 0; u < units; u++)
        {
            weights[u] = homeCount[u] * random.Between(0.7, 1.3);
        }

        var counts = Spread.ByWeight(total - (planted * OrgChart.ExtraInitiatives), weights);
        var limits = new int?[units];
        for (var u = 0; u < units; u++)
        {
            if (overCommitted[u])
            {
                counts[u] += OrgChart.ExtraInitiatives;
                limits[u] = OverCommittedLimit;
            }
            else if (counts[u] > OrgChart.DefaultMaxInitiatives)
            {
                // A large unit sets a limit it can live with.
                limits[u] = counts[u];
            }
            else if (random.Chance(0.12))
            {
                limits[u] = Math.Max(counts[u], random.Between(3, 4));
            }
        }

        return (counts, limits, overCommitted);
    }
}
