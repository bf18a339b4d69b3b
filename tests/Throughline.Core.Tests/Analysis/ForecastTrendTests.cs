using Throughline.Core.Analysis;
using static Throughline.Core.Tests.Analysis.Shape;

namespace Throughline.Core.Tests.Analysis;

/// <summary>
/// The least-squares trend and its projection to the due date. The objective runs 100 days, from
/// 2026-01-01 (day 0) to 2026-04-11 (day 100): January has 31 days, February 28, March 31, so 31 + 28 + 31 + 10.
/// </summary>
public class ForecastTrendTests
{
    private static readonly (string, double)[] Series = [("2026-01-01", 10), ("2026-01-11", 14), ("2026-01-21", 21)];

    private static AnalysisResult Analyze(double target, (string, double)[] checkIns, string asOf) =>
        new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Period("2026-01-01", "2026-04-11"))
            .KeyResult("O1", "KR1", 10, target, checkIns)
            .Analyze(asOf);

    [Fact]
    public void SlopeIsTheLeastSquaresFitAndTheProjectionItsValueAtTheDueDate()
    {
        var forecast = Analyze(70, Series, "2026-01-21").KeyResult(0);

        Assert.Equal(100, forecast.DueDay - forecast.StartDay);
        // Days t = 0, 10, 20 and values v = 10, 14, 21: mean t = 10, mean v = 45 / 3 = 15.
        // Σ(t - 10)(v - 15) = (-10)(-5) + 0(-1) + 10(6) = 110; Σ(t - 10)² = 100 + 0 + 100 = 200.
        // Slope = 110 / 200 = 0.55 a day; intercept at day 0 = 15 - 0.55 × 10 = 9.5.
        Assert.Equal(0.55, forecast.SlopePerDay, 10);
        // Projected at the due date, day 100: 9.5 + 0.55 × 100 = 64.5.
        Assert.Equal(64.5, forecast.Projected, 10);
        // Baseline 10, target 70: now (21 - 10) / 60, projected (64.5 - 10) / 60 = 54.5 / 60.
        Assert.Equal(11.0 / 60, forecast.Progress, 10);
        Assert.Equal(54.5 / 60, forecast.ProjectedProgress, 10);
        // 20 of 100 days gone.
        Assert.Equal(0.2, forecast.Elapsed, 10);
        Assert.Equal(3, forecast.CheckInCount);
    }

    [Theory]
    [InlineData(70, ProgressStatus.OnTrack)] // 54.5 / (70 - 10) = 0.908 ≥ 0.9
    [InlineData(80, ProgressStatus.AtRisk)] // 54.5 / (80 - 10) = 0.779, in [0.7, 0.9)
    [InlineData(100, ProgressStatus.OffTrack)] // 54.5 / (100 - 10) = 0.606 < 0.7
    public void ProjectedProgressClassifiesTheKeyResult(double target, ProgressStatus expected) =>
        Assert.Equal(expected, Analyze(target, Series, "2026-01-21").KeyResult(0).Status);

    [Fact]
    public void AtOrAfterTheDueDateTheProjectionIsTheValueReached()
    {
        var forecast = Analyze(70, Series, "2026-04-20").KeyResult(0);

        Assert.Equal(21, forecast.Projected);
        Assert.Equal(11.0 / 60, forecast.ProjectedProgress, 10); // (21 - 10) / 60 = 0.18
        Assert.Equal(1.0, forecast.Elapsed);
        Assert.Equal(ProgressStatus.OffTrack, forecast.Status);
    }

    [Theory]
    // Check-ins 0 on day 0 and 10 on day 10: slope exactly 1 a day, so the projection is the due day's number.
    [InlineData("2026-04-01", 0.90, ProgressStatus.OnTrack)] // day 90: 90 / 100, exactly the on-track threshold
    [InlineData("2026-03-31", 0.89, ProgressStatus.AtRisk)] // day 89: 89 / 100
    [InlineData("2026-03-12", 0.70, ProgressStatus.AtRisk)] // day 70: 70 / 100, exactly the at-risk threshold
    [InlineData("2026-03-11", 0.69, ProgressStatus.OffTrack)] // day 69: 69 / 100
    public void ThresholdsAreInclusive(string due, double projectedProgress, ProgressStatus expected)
    {
        var forecast = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Period("2026-01-01", due))
            .KeyResult("O1", "KR1", 0, 100, [("2026-01-01", 0), ("2026-01-11", 10)])
            .Analyze("2026-01-11")
            .KeyResult(0);

        Assert.Equal(1.0, forecast.SlopePerDay, 12);
        Assert.Equal(projectedProgress, forecast.ProjectedProgress, 12);
        Assert.Equal(expected, forecast.Status);
    }

    [Theory]
    [InlineData(0.9, ProgressStatus.OnTrack)]
    [InlineData(0.8999, ProgressStatus.AtRisk)]
    [InlineData(0.7, ProgressStatus.AtRisk)]
    [InlineData(0.6999, ProgressStatus.OffTrack)]
    public void ClassifyUsesTheDocumentedThresholds(double ratio, ProgressStatus expected) =>
        Assert.Equal(expected, StatusThresholds.Classify(ratio));

    [Fact]
    public void CheckInsOfOneDayCountOnceInTheTrendWithTheLastWrittenValue()
    {
        // 0 on day 0, then 5 and a correction to 10 on day 10: the fit sees (0, 0) and (10, 10), slope 1.
        // Fitting all three points would give Σ(t - 20/3)(v - 5) / Σ(t - 20/3)² = 50 / (600 / 9) = 0.75.
        var forecast = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Period("2026-01-01", "2026-04-11"))
            .KeyResult("O1", "KR1", 0, 100, [("2026-01-01", 0), ("2026-01-11", 5), ("2026-01-11", 10)])
            .Analyze("2026-01-11")
            .KeyResult(0);

        Assert.Equal(1.0, forecast.SlopePerDay, 10);
        Assert.Equal(100, forecast.Projected, 10); // 0 + 1 × 100
    }

    [Fact]
    public void TwoCheckInsOnOneDayGiveNoTrend()
    {
        var forecast = Analyze(70, [("2026-01-11", 12), ("2026-01-11", 15)], "2026-01-21").KeyResult(0);

        Assert.True(double.IsNaN(forecast.SlopePerDay));
        Assert.True(double.IsNaN(forecast.Projected));
    }
}
