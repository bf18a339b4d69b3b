using Throughline.Core.Generation;

namespace Throughline.Core.Tests.Generation;

/// <summary>The arithmetic the organization's shape rests on: sharing counts out, and the widths of the unit tree.</summary>
public sealed class ShapeArithmeticTests
{
    [Fact]
    public void SpreadGivesEachBucketItsRoundedCumulativeShare()
    {
        // Cumulative shares of 10 over weights 1, 1, 1: round(3.33) = 3, round(6.67) = 7, then 10;
        // so the buckets get 3, 7 − 3 = 4 and 10 − 7 = 3.
        Assert.Equal([3, 4, 3], Spread.ByWeight(10, [1, 1, 1]));

        // 5 over weights 1, 1, 2 (sum 4): round(1.25) = 1, round(2.5) = 3 (halves away from zero), then 5;
        // so 1, 3 − 1 = 2 and 5 − 3 = 2.
        Assert.Equal([1, 2, 2], Spread.ByWeight(5, [1, 1, 2]));
        Assert.Equal([0, 0], Spread.ByWeight(0, [1, 1]));
    }

    [Theory]
    [InlineData(2, new[] { 1, 1 })]

    // √20 = 4.47, so 4 departments; the other 15 units fit one level below them (4 × 6 = 24 ≥ 15).
    [InlineData(20, new[] { 1, 4, 15 })]

    // √100 = 10 departments; 89 below need two levels (10 × 6 = 60 < 89 ≤ 10 × (6 + 36)); their widths are
    // 10b and the rest for the b solving 10(b + b²) = 89: b = 2.55, so 25 and 89 − 25 = 64.
    [InlineData(100, new[] { 1, 10, 25, 64 })]
    public void LevelWidthsOfSmallTrees(int units, int[] widths) => Assert.Equal(widths, UnitTree.LevelWidths(units));

    [Fact]
    public void TenThousandUnitsMakeSixLevels()
    {
        var widths = UnitTree.LevelWidths(10_000);

        // √10,000 = 100 departments, capped at 12; 9,987 below fill the four levels allowed under them.
        Assert.Equal(UnitTree.MaxLevels, widths.Length);
        Assert.Equal([1, 12], widths[..2]);
        Assert.Equal(10_000, widths.Sum());
        for (var level = 2; level < widths.Length; level++)
        {
            Assert.True(widths[level] > widths[level - 1], $"level {level} should be wider than the one above it");
        }
    }
}
