using Throughline.Core.Analysis;
using static Throughline.Core.Tests.Analysis.Shape;

namespace Throughline.Core.Tests.Analysis;

public class MaintainAndSuccessMeasureTests
{
    /// <summary>Keep a value within [95, 99] over 2026-01-01 (day 0) to 2026-04-11 (day 100).</summary>
    private static KeyResultForecast Forecast((string, double)[] checkIns, string asOf) =>
        new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Period("2026-01-01", "2026-04-11"))
            .KeyResult("O1", "KR1", 97, 97, checkIns, Maintain(95, 99))
            .Analyze(asOf)
            .KeyResult(0);

    [Fact]
    public void MaintainInRangeAndProjectedInRangeIsOnTrack()
    {
        // 97 on day 0 and day 10: slope 0, projected 97, inside [95, 99].
        var forecast = Forecast([("2026-01-01", 97), ("2026-01-11", 97)], "2026-01-11");

        Assert.Equal(1.0, forecast.Progress);
        Assert.Equal(97, forecast.Projected, 10);
        Assert.Equal(ProgressStatus.OnTrack, forecast.Status);
    }

    [Fact]
    public void MaintainInRangeButProjectedOutIsAtRisk()
    {
        // 98 on day 0, 98.5 on day 10: slope 0.5 / 10 = 0.05 a day; projected 98 + 0.05 × 100 = 103 > 99.
        var forecast = Forecast([("2026-01-01", 98), ("2026-01-11", 98.5)], "2026-01-11");

        Assert.Equal(0.05, forecast.SlopePerDay, 10);
        Assert.Equal(103, forecast.Projected, 10);
        Assert.Equal(ProgressStatus.AtRisk, forecast.Status);
    }

    [Fact]
    public void MaintainOutOfRangeIsOffTrack()
    {
        // Latest value 100 > 99.
        var forecast = Forecast([("2026-01-01", 97), ("2026-01-11", 100)], "2026-01-11");

        Assert.Equal(0.0, forecast.Progress);
        Assert.Equal(ProgressStatus.OffTrack, forecast.Status);
    }

    [Fact]
    public void MaintainWithOneCheckInInRangeIsOnTrack() =>
        Assert.Equal(ProgressStatus.OnTrack, Forecast([("2026-02-01", 96)], "2026-02-01").Status);

    [Theory]
    [InlineData(98, ProgressStatus.Done)] // in range on the due date
    [InlineData(100, ProgressStatus.OffTrack)] // out of range on the due date
    public void MaintainIsDoneWhenInRangeAtTheDueDate(double lastValue, ProgressStatus expected) =>
        Assert.Equal(expected, Forecast([("2026-01-01", 97), ("2026-04-01", lastValue)], "2026-04-11").Status);

    [Fact]
    public void MaintainWithoutCheckInsIsNotStartedEarlyInItsPeriod() =>
        Assert.Equal(ProgressStatus.NotStarted, Forecast([], "2026-01-11").Status); // 10 / 100 = 0.1 < 0.25

    [Fact]
    public void SuccessMeasureRunsFromItsFirstCheckInToTheVisionHorizon()
    {
        // Horizon 2030-12-31. Check-ins 40000 on 2026-01-01 (day 0) and 98000 on 2027-01-01 (day 365).
        // Slope = 58000 / 365 a day. The horizon is day 365 + 365 + 366 + 365 + 364 = 1825 = 5 × 365,
        // so projected = 40000 + 5 × 58000 = 330000; progress (330000 - 40000) / (400000 - 40000) = 0.806.
        var forecast = new PlanBuilder()
            .Vision("By 2030 400,000 households buy clean power.", "2030-12-31")
            .SuccessMeasure("VS1", 40000, 400000, CheckIns(("2026-01-01", 40000), ("2027-01-01", 98000)))
            .Analyze("2027-01-01")
            .KeyResult(0);

        Assert.Equal(PlanBuilder.Day("2026-01-01").DayNumber, forecast.StartDay);
        Assert.Equal(PlanBuilder.Day("2030-12-31").DayNumber, forecast.DueDay);
        Assert.Equal(0.2, forecast.Elapsed, 10); // 365 / 1825
        Assert.Equal(58000.0 / 365, forecast.SlopePerDay, 10);
        Assert.Equal(330000, forecast.Projected, 6);
        Assert.Equal(290000.0 / 360000, forecast.ProjectedProgress, 10);
        Assert.Equal(ProgressStatus.AtRisk, forecast.Status); // 0.806 in [0.7, 0.9)
    }

    [Fact]
    public void SuccessMeasureWithoutCheckInsIsNotStarted()
    {
        // No check-in, so no start: its elapsed share is unknown however late it is.
        var forecast = new PlanBuilder()
            .Vision("By 2030 400,000 households buy clean power.", "2030-12-31")
            .SuccessMeasure("VS1", 40000, 400000)
            .Analyze("2029-06-01")
            .KeyResult(0);

        Assert.True(double.IsNaN(forecast.Elapsed));
        Assert.Equal(ProgressStatus.NotStarted, forecast.Status);
    }
}
