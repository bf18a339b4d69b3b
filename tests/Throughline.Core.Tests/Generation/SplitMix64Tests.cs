using Throughline.Core.Generation;

namespace Throughline.Core.Tests.Generation;

public sealed class SplitMix64Tests
{
    [Fact]
    public void MatchesThePublishedSequence()
    {
        // The reference implementation (Vigna, prng.di.unimi.it/splitmix64.c) from state 0, and from 1234567
        // (whose first output, 6457827717110365317, is the one Java's SplittableRandom tests pin).
        var zero = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, zero.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, zero.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, zero.NextUInt64());
        Assert.Equal(6457827717110365317UL, new SplitMix64(1234567).NextUInt64());
    }

    [Fact]
    public void NextStaysInRangeAndReachesBothEnds()
    {
        var random = new SplitMix64(7);
        var seen = new bool[5];
        for (var i = 0; i < 1000; i++)
        {
            var value = random.Between(3, 7);
            Assert.InRange(value, 3, 7);
            seen[value - 3] = true;
        }

        // 1000 draws over 5 values: missing one has probability 5 × 0.8^1000, nil.
        Assert.All(seen, Assert.True);
    }

    [Fact]
    public void NoiseIsBoundedAndCentred()
    {
        var random = new SplitMix64(11);
        var sum = 0.0;
        for (var i = 0; i < 10_000; i++)
        {
            var noise = random.Noise();
            Assert.InRange(noise, -1.5, 1.5);
            sum += noise;
        }

        // Standard deviation 0.5, so the mean of 10,000 has 0.005: 0.05 is ten of them.
        Assert.InRange(sum / 10_000, -0.05, 0.05);
    }

    [Fact]
    public void StagesOfOneSeedDrawDifferentStreamsAndTheSameOnesEachTime()
    {
        Assert.Equal(SplitMix64.ForStage(42, 1).NextUInt64(), SplitMix64.ForStage(42, 1).NextUInt64());
        Assert.NotEqual(SplitMix64.ForStage(42, 1).NextUInt64(), SplitMix64.ForStage(42, 2).NextUInt64());
        Assert.NotEqual(SplitMix64.ForStage(42, 1).NextUInt64(), SplitMix64.ForStage(43, 1).NextUInt64());
    }
}
