namespace Throughline.Core.Generation;

/// <summary>
/// The generator's random numbers: SplitMix64 (Steele, Lea and Flood, 2014), written out here rather than
/// <see cref="Random"/>. The documentation of <see cref="Random"/> reserves the right to change its algorithm
/// between .NET versions, and a generated plan must be byte-identical for the same seed on every runtime, today
/// and after an upgrade. SplitMix64 is a few lines of integer arithmetic, fast, and passes BigCrush; nothing
/// here needs cryptographic quality.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    /// <summary>An independent stream for one stage of the generation, so that changing one stage leaves the others' output alone.</summary>
    public static SplitMix64 ForStage(long seed, int stage)
    {
        var mixer = new SplitMix64(unchecked((ulong)seed));
        var mixed = mixer.NextUInt64() ^ unchecked((ulong)stage * 0xD1B54A32D192ED03UL);
        return new SplitMix64(new SplitMix64(mixed).NextUInt64());
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>An integer in [0, count): the high half of a 64 × 64-bit product (Lemire), whose bias is far below anything visible here.</summary>
    public int Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)Math.BigMul(NextUInt64(), (ulong)count, out _);
    }

    /// <summary>An integer in [low, high], both included.</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A double in [low, high).</summary>
    public double Between(double low, double high) => low + ((high - low) * NextDouble());

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// Noise with mean 0 and standard deviation 0.5, bounded to ±1.5: the sum of three uniforms. Only additions,
    /// so the result is the same on every processor (library functions such as <see cref="Math.Log(double)"/> may
    /// differ in the last bit between platforms, and a rounded value could then differ too).
    /// </summary>
    public double Noise() => NextDouble() + NextDouble() + NextDouble() - 1.5;

    /// <summary>0 … count − 1 in a random order (Fisher–Yates).</summary>
    public int[] Shuffled(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>An index drawn with the given weights (cumulative, ascending, the last being the total).</summary>
    public int Weighted(ReadOnlySpan<double> cumulative)
    {
        var x = NextDouble() * cumulative[^1];
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (x < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }
}
