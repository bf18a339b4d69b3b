using Throughline.Core.Analysis;
using Throughline.Core.Model;
using static Throughline.Core.Tests.Analysis.Shape;

namespace Throughline.Core.Tests.Analysis;

/// <summary>
/// Statuses that do not come from a projection: done, not started, and a single check-in measured against
/// the time gone. Unless a test says otherwise the objective runs 100 days, 2026-01-01 (day 0) to 2026-04-11
/// (day 100), and the key result from 0 to 100.
/// </summary>
public class KeyResultStatusTests
{
    private static KeyResultForecast Forecast(
        (string, double)[] checkIns, string asOf, string? start = "2026-01-01", string? due = "2026-04-11") =>
        new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Period(start, due))
            .KeyResult("O1", "KR1", 0, 100, checkIns)
            .Analyze(asOf)
            .KeyResult(0);

    [Fact]
    public void ReachingTheTargetIsDone() =>
        Assert.Equal(ProgressStatus.Done, Forecast([("2026-02-01", 100)], "2026-02-01").Status); // 100 / 100 = 1

    [Fact]
    public void PassingADecreasingTargetIsDone()
    {
        // (1190 - 1500) / (1200 - 1500) = 1.03, clamped to 1.
        var forecast = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 1500, 1200, [("2026-02-01", 1190)], kr => kr.Direction = Direction.Decrease)
            .Analyze("2026-03-01")
            .KeyResult(0);

        Assert.Equal(1.0, forecast.Progress);
        Assert.Equal(ProgressStatus.Done, forecast.Status);
    }

    [Theory]
    [InlineData("2026-01-25", ProgressStatus.NotStarted)] // day 24: 24 / 100 = 0.24 < 0.25
    [InlineData("2026-01-26", ProgressStatus.OffTrack)] // day 25: 25 / 100 = 0.25, no longer "not started"; 0 / 0.25 = 0
    public void WithoutCheckInsAKeyResultIsNotStartedUntilAQuarterOfItsPeriodIsGone(string asOf, ProgressStatus expected) =>
        Assert.Equal(expected, Forecast([], asOf).Status);

    [Fact]
    public void BeforeItsStartAKeyResultWithoutCheckInsIsNotStarted()
    {
        // As of 1 February, a period from 1 March: elapsed (negative) is clamped to 0.
        var forecast = Forecast([], "2026-02-01", start: "2026-03-01", due: "2026-06-30");

        Assert.Equal(0.0, forecast.Elapsed);
        Assert.Equal(ProgressStatus.NotStarted, forecast.Status);
    }

    [Theory]
    // One check-in on 2026-02-20 (day 50 = 31 + 19): half the period gone, elapsed = 50 / 100 = 0.5.
    [InlineData(60, ProgressStatus.OnTrack)] // pace = 0.6 / 0.5 = 1.2 ≥ 0.9
    [InlineData(40, ProgressStatus.AtRisk)] // pace = 0.4 / 0.5 = 0.8
    [InlineData(30, ProgressStatus.OffTrack)] // pace = 0.3 / 0.5 = 0.6 < 0.7
    public void OneCheckInIsComparedWithTheTimeElapsed(double value, ProgressStatus expected)
    {
        var forecast = Forecast([("2026-02-20", value)], "2026-02-20");

        Assert.True(double.IsNaN(forecast.Projected));
        Assert.Equal(0.5, forecast.Elapsed, 10);
        Assert.Equal(expected, forecast.Status);
    }

    [Fact]
    public void AnObjectiveWithoutAStartRunsNinetyDaysBeforeItsDueDate()
    {
        // Due 2026-04-01, so taken to start 90 days earlier: 2026-01-01 (31 + 28 + 31 = 90).
        // As of 2026-02-15 (day 45): elapsed 45 / 90 = 0.5; one check-in of 30: pace 0.3 / 0.5 = 0.6, off track.
        var forecast = Forecast([("2026-02-15", 30)], "2026-02-15", start: null, due: "2026-04-01");

        Assert.Equal(PlanBuilder.Day("2026-01-01").DayNumber, forecast.StartDay);
        Assert.Equal(0.5, forecast.Elapsed, 10);
        Assert.Equal(ProgressStatus.OffTrack, forecast.Status);
    }

    [Fact]
    public void WithoutADueDateThereIsNothingToFallBehind()
    {
        // No due date: no projection and no elapsed share, so a key result with check-ins is on track
        // (smart/not-time-bound reports the missing date); one without check-ins stays not started.
        var withCheckIns = Forecast([("2026-01-01", 10), ("2026-02-01", 12)], "2026-06-01", due: null);
        var without = Forecast([], "2026-06-01", due: null);

        Assert.True(double.IsNaN(withCheckIns.Elapsed));
        Assert.True(double.IsNaN(withCheckIns.Projected));
        Assert.Equal(ProgressStatus.OnTrack, withCheckIns.Status);
        Assert.Equal(ProgressStatus.NotStarted, without.Status);
    }

    [Fact]
    public void AKeyResultWithoutTargetIsNotStartedAndLeftOutOfItsObjectivesHealth()
    {
        // KR1 has no target: not started, whatever its check-ins. KR2 reached 100 of 100: done.
        // Health leaves KR1 out: 1 / 1 = 1 ≥ 0.8, on track (not done, since not every child is done).
        var result = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Period("2026-01-01", "2026-04-11"))
            .KeyResult("O1", "KR1", 0, 100, [("2026-01-10", 5), ("2026-02-10", 6)], kr => kr.Target = null)
            .KeyResult("O1", "KR2", 0, 100, [("2026-02-10", 100)])
            .Analyze("2026-03-01");

        Assert.Equal(ProgressStatus.NotStarted, result.KeyResult(0).Status);
        Assert.Equal(ProgressStatus.OnTrack, result.Objective(0).Status);
        Assert.Equal(0.5, result.Objective(0).Progress, 9); // (0 + 1) / 2: no target counts as progress 0
    }
}
