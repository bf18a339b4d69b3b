namespace Throughline.Core.Generation;

/// <summary>
/// The generated objectives as later stages need them: each unit's objectives are consecutive; each objective's
/// key results are consecutive; an orphan objective (and all its key results) has no path to a goal.
/// </summary>
internal sealed class ObjectiveIndex(int count, int units)
{
    public int Count => Unit.Length;
    public int[] Unit { get; } = new int[count];
    public int[] DueDay { get; } = new int[count];
    public bool[] Orphan { get; } = new bool[count];
    public int[] FirstKeyResult { get; } = new int[count];
    public int[] KeyResultCount { get; } = new int[count];
    public int[] FirstOfUnit { get; } = new int[units];
    public int[] CountOfUnit { get; } = new int[units];

    public int KeyResults { get; set; }
    public int WeeklyKeyResults { get; set; }
    public long CheckIns { get; set; }
    public int Vague { get; set; }
    public int Unowned { get; set; }
    public int Stale { get; set; }
    public int Orphans { get; set; }

    public static string Id(int objective) => $"O{objective + 1}";

    public static string KeyResultId(int keyResult) => $"KR{keyResult + 1}";

    /// <summary>One of the unit's objectives, at random.</summary>
    public int AnyOf(int unit, SplitMix64 random) => FirstOfUnit[unit] + random.Next(CountOfUnit[unit]);

    /// <summary>One of the unit's objectives, at random, preferring one still open on the given day (three tries).</summary>
    public int AnyOpenOf(int unit, int day, SplitMix64 random)
    {
        var pick = AnyOf(unit, random);
        for (var attempt = 1; attempt < 3 && DueDay[pick] < day; attempt++)
        {
            pick = AnyOf(unit, random);
        }

        return pick;
    }

    /// <summary>One of the objective's key results, at random.</summary>
    public int AnyKeyResultOf(int objective, SplitMix64 random) => FirstKeyResult[objective] + random.Next(KeyResultCount[objective]);
}
