namespace Throughline.Core.Generation;

/// <summary>Shares a whole number of things among buckets by weight, exactly and deterministically.</summary>
internal static class Spread
{
    /// <summary>
    /// Bucket b gets round(total × W(b+1) / W) − round(total × W(b) / W), where W(b) is the sum of the weights
    /// before b: the counts add up to the total exactly, each is within one of its fair share, and one pass
    /// suffices however many buckets there are.
    /// </summary>
    public static int[] ByWeight(int total, ReadOnlySpan<double> weights)
    {
        var counts = new int[weights.Length];
        var sum = 0.0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        if (weights.Length == 0 || total <= 0 || sum <= 0)
        {
            return counts;
        }

        var running = 0.0;
        var given = 0;
        for (var b = 0; b < weights.Length; b++)
        {
            running += weights[b];
            var upTo = b == weights.Length - 1 ? total : (int)Math.Round(total * running / sum, MidpointRounding.AwayFromZero);
            counts[b] = Math.Max(0, upTo - given);
            given += counts[b];
        }

        return counts;
    }
}
