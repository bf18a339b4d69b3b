using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Analysis;

public class KeyResultProgressTests
{
    private const double None = double.NaN;

    [Theory]
    [InlineData(150, 0.5)] // (150 - 100) / (200 - 100) = 50 / 100
    [InlineData(100, 0.0)] // at the baseline: 0 / 100
    [InlineData(200, 1.0)] // at the target: 100 / 100
    [InlineData(80, 0.0)] // (80 - 100) / 100 = -0.2, clamped to 0
    [InlineData(250, 1.0)] // (250 - 100) / 100 = 1.5, clamped to 1
    public void IncreaseIsTheShareOfTheDistanceCovered(double value, double expected) =>
        Assert.Equal(expected, KeyResultProgress.Of(value, 100, 200, Direction.Increase, None, None), 10);

    [Theory]
    [InlineData(1380, 0.4)] // (1380 - 1500) / (1200 - 1500) = -120 / -300
    [InlineData(1200, 1.0)] // -300 / -300
    [InlineData(1600, 0.0)] // (1600 - 1500) / -300 = -0.33, clamped to 0
    [InlineData(1100, 1.0)] // (1100 - 1500) / -300 = 1.33, clamped to 1
    public void DecreaseCountsTheDropTowardTheTarget(double value, double expected) =>
        Assert.Equal(expected, KeyResultProgress.Of(value, 1500, 1200, Direction.Decrease, None, None), 10);

    [Theory]
    [InlineData(97, 1.0)] // inside [95, 99]
    [InlineData(95, 1.0)] // on the low bound: the range is closed
    [InlineData(99, 1.0)] // on the high bound
    [InlineData(94.9, 0.0)] // below the range
    [InlineData(99.5, 0.0)] // above the range
    public void MaintainIsOneInsideTheRangeAndZeroOutside(double value, double expected) =>
        Assert.Equal(expected, KeyResultProgress.Of(value, 97, None, Direction.Maintain, 95, 99));

    [Fact]
    public void MaintainWithoutARangeIsZero() =>
        Assert.Equal(0.0, KeyResultProgress.Of(97, 97, None, Direction.Maintain, None, None));

    [Fact]
    public void NoTargetIsZero() =>
        Assert.Equal(0.0, KeyResultProgress.Of(150, 100, None, Direction.Increase, None, None));

    [Fact]
    public void MissingBaselineIsTakenAsZero()
    {
        // No baseline written: the graph measures from 0, so 50 of a target of 200 is 50 / 200.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 200, [("2026-02-01", 50)], kr => kr.Baseline = null)
            .Analyze("2026-03-01");

        Assert.Equal(0.25, result.KeyResult(0).Progress, 10);
    }

    [Theory]
    [InlineData(Direction.Increase, 50, 1.0)] // met: 50 >= 50
    [InlineData(Direction.Increase, 51, 1.0)] // met: 51 >= 50
    [InlineData(Direction.Increase, 49, 0.0)] // not met: 49 < 50
    [InlineData(Direction.Decrease, 50, 1.0)] // met: 50 <= 50
    [InlineData(Direction.Decrease, 49, 1.0)] // met: 49 <= 50
    [InlineData(Direction.Decrease, 51, 0.0)] // not met: 51 > 50
    public void TargetEqualToBaselineIsMetOrNotInItsDirection(Direction direction, double value, double expected) =>
        Assert.Equal(expected, KeyResultProgress.Of(value, 50, 50, direction, None, None));

    [Fact]
    public void DirectionIsInferredAsDecreaseWhenTheTargetIsBelowTheBaseline()
    {
        // No direction written; target 1200 < baseline 1500, so decrease: (1380 - 1500) / (1200 - 1500) = 0.4.
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 1500, 1200, [("2026-02-01", 1380)])
            .Analyze("2026-03-01");

        Assert.Equal(Direction.Decrease, result.Plan.Objectives[0].KeyResults[0].EffectiveDirection);
        Assert.Equal(0.4, result.KeyResult(0).Progress, 10);
    }

    [Fact]
    public void DirectionIsInferredAsIncreaseWhenTheTargetEqualsTheBaseline()
    {
        // No direction written and target = baseline = 50: increase, so 49 falls short (a decrease would count it met).
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 50, 50, [("2026-02-01", 49)])
            .Analyze("2026-03-01");

        Assert.Equal(0.0, result.KeyResult(0).Progress);
    }
}
