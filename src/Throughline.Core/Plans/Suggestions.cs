namespace Throughline.Core.Plans;

/// <summary>Finds the valid name closest to a mistyped one, for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate, or null when none is close enough to be a plausible typo.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, input, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance && IsPlausibleTypo(distance, input, candidate))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    // About one edit in three characters, and never so many that the names share almost nothing
    // ("b" is no hint for "a").
    private static bool IsPlausibleTypo(int distance, string input, string candidate) =>
        distance <= Math.Max(1, (input.Length + 2) / 3) && distance < Math.Min(input.Length, candidate.Length);

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
