using Throughline.Core.Model;
using Throughline.Core.Schedule;

namespace Throughline.Core.Tests.Schedule;

public class EarliestDatesTests
{
    private static DateOnly Day(string iso) => PlanBuilder.Day(iso);

    /// <summary>The worked example of docs/schedule.md.</summary>
    internal static PlanBuilder KitPlan(string due = "2026-06-30") => new PlanBuilder()
        .Goal("G1")
        .Objective("O1", ["G1"], Dated.Due(due))
        .KeyResult("O1", "KR1", 1500, 1200)
        .Initiative("I1", ["O1"], Dated.Runs("2026-01-05", "2026-01-30"))
        .Initiative("I2", ["KR1"], Dated.Runs("2026-01-26", "2026-03-20", "I1"))
        .Initiative("I3", ["O1"], Dated.Runs("2026-03-01", "2026-06-15", "I2"));

    [Fact]
    public void EachInitiativeStartsTheDayAfterWhatItWaitsForFinishes()
    {
        var schedule = KitPlan().Analyze("2026-03-01").Schedule;

        // I1: its own dates, 2026-01-05 → 2026-01-30.
        Assert.Equal(Day("2026-01-05"), schedule.EarliestStart(0));
        Assert.Equal(Day("2026-01-30"), schedule.EarliestFinish(0));
        Assert.Equal(-1, schedule.DrivingPredecessor(0));

        // I2 lasts 2026-01-26 → 2026-03-20 = 53 days; it waits for I1: ES = max(01-26, 01-30 + 1) = 01-31, EF = 01-31 + 53 = 03-25.
        Assert.Equal(Day("2026-01-31"), schedule.EarliestStart(1));
        Assert.Equal(Day("2026-03-25"), schedule.EarliestFinish(1));
        Assert.Equal(0, schedule.DrivingPredecessor(1));

        // I3 lasts 2026-03-01 → 2026-06-15 = 106 days: ES = max(03-01, 03-25 + 1) = 03-26, EF = 03-26 + 106 = 07-10.
        Assert.Equal(Day("2026-03-26"), schedule.EarliestStart(2));
        Assert.Equal(Day("2026-07-10"), schedule.EarliestFinish(2));
        Assert.Equal([0, 1, 2], schedule.DrivingChain(2));
    }

    [Fact]
    public void OwnStartLaterThanEveryDependencyDrivesItself()
    {
        // I2 starts 2026-02-10, after I1's finish + 1 = 02-01: it keeps its dates and has no driving predecessor.
        var schedule = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-01", "2026-01-31"))
            .Initiative("I2", [], Dated.Runs("2026-02-10", "2026-02-20", "I1"))
            .Analyze("2026-03-01").Schedule;

        Assert.Equal(Day("2026-02-10"), schedule.EarliestStart(1));
        Assert.Equal(Day("2026-02-20"), schedule.EarliestFinish(1));
        Assert.Equal(-1, schedule.DrivingPredecessor(1));
        Assert.Equal([1], schedule.DrivingChain(1));
    }

    [Fact]
    public void DependencyFinishingTheDayBeforeTheStartStillDrives()
    {
        // I1 finishes 01-31; I2 starts 02-01 = 01-31 + 1: no slack at all, so a slip of I1 would move I2.
        var schedule = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-01", "2026-01-31"))
            .Initiative("I2", [], Dated.Runs("2026-02-01", "2026-02-20", "I1"))
            .Analyze("2026-03-01").Schedule;

        Assert.Equal(Day("2026-02-01"), schedule.EarliestStart(1));
        Assert.Equal(0, schedule.DrivingPredecessor(1));
    }

    [Fact]
    public void LatestFinishingDependencyDrivesAndTheFirstListedWinsATie()
    {
        // I3 waits for I1 (EF 03-10), I2 (EF 03-20) and I4 (EF 03-20): ES = 03-21, driven by I2, listed before I4.
        var schedule = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-03-01", "2026-03-10"))
            .Initiative("I2", [], Dated.Runs("2026-03-01", "2026-03-20"))
            .Initiative("I4", [], Dated.Runs("2026-03-05", "2026-03-20"))
            .Initiative("I3", [], Dated.Runs("2026-03-01", "2026-03-11", "I1", "I2", "I4"))
            .Analyze("2026-03-01").Schedule;

        // Duration 03-01 → 03-11 = 10 days: EF = 03-21 + 10 = 03-31.
        Assert.Equal(Day("2026-03-21"), schedule.EarliestStart(3));
        Assert.Equal(Day("2026-03-31"), schedule.EarliestFinish(3));
        Assert.Equal(1, schedule.DrivingPredecessor(3));
    }

    [Fact]
    public void DoneInitiativeKeepsItsEndWhateverItWaitedFor()
    {
        // I1 would push I2 to 2026-03-01, but I2 is done: it finished on 2026-02-20, as written.
        var schedule = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-01", "2026-02-28"))
            .Initiative("I2", [], Dated.Runs("2026-02-01", "2026-02-20", InitiativeStatus.Done, "I1"))
            .Initiative("I3", [], Dated.Runs("2026-02-01", "2026-02-11", "I2"))
            .Analyze("2026-03-01").Schedule;

        Assert.Equal(Day("2026-02-20"), schedule.EarliestFinish(1));
        Assert.Equal(-1, schedule.DrivingPredecessor(1));

        // I3 waits for I2: ES = 02-21, EF = 02-21 + 10 = 03-03.
        Assert.Equal(Day("2026-03-03"), schedule.EarliestFinish(2));
        Assert.Equal(1, schedule.DrivingPredecessor(2));
    }

    [Fact]
    public void CancelledInitiativeIsNotScheduledAndHoldsNobodyUp()
    {
        var schedule = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-01", "2026-06-30", InitiativeStatus.Cancelled))
            .Initiative("I2", [], Dated.Runs("2026-02-01", "2026-02-20", "I1"))
            .Analyze("2026-03-01").Schedule;

        Assert.Equal(InitiativeScheduleState.Cancelled, schedule.State(0));
        Assert.Null(schedule.EarliestFinish(0));
        Assert.Equal(Day("2026-02-20"), schedule.EarliestFinish(1));
        Assert.Equal(-1, schedule.DrivingPredecessor(1));
    }

    [Fact]
    public void MissingDatesLeaveTheInitiativeAndEverythingWaitingForItUnscheduled()
    {
        var schedule = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-01", null))
            .Initiative("I2", [], Dated.Runs("2026-02-01", "2026-02-20", "I1"))
            .Initiative("I3", [], Dated.Runs("2026-02-01", "2026-02-20", "I2"))
            .Initiative("I4", [], Dated.Runs("2026-02-01", "2026-02-20"))
            .Analyze("2026-03-01").Schedule;

        Assert.Equal(
            [InitiativeScheduleState.MissingDates, InitiativeScheduleState.Blocked, InitiativeScheduleState.Blocked, InitiativeScheduleState.Scheduled],
            Enumerable.Range(0, 4).Select(schedule.State));
        Assert.Equal([-1, 0, 1, -1], Enumerable.Range(0, 4).Select(schedule.BlockedBy));
        Assert.Null(schedule.EarliestStart(2));
        Assert.Empty(schedule.DrivingChain(2));
    }

    [Fact]
    public void InitiativesInACycleAndThoseWaitingForThemAreUnscheduled()
    {
        var schedule = new PlanBuilder()
            .Initiative("I1", [], Dated.Runs("2026-01-01", "2026-01-31", "I2"))
            .Initiative("I2", [], Dated.Runs("2026-01-01", "2026-01-31", "I1"))
            .Initiative("I3", [], Dated.Runs("2026-02-01", "2026-02-20", "I2"))
            .Initiative("I4", [], Dated.Runs("2026-02-01", "2026-02-20", InitiativeStatus.Done, "I1"))
            .Analyze("2026-03-01").Schedule;

        Assert.Equal(
            [InitiativeScheduleState.InCycle, InitiativeScheduleState.InCycle, InitiativeScheduleState.Blocked, InitiativeScheduleState.Scheduled],
            Enumerable.Range(0, 4).Select(schedule.State));
        Assert.Equal(1, schedule.BlockedBy(2));
    }

    [Fact]
    public void ChainTooDeepForRecursionIsScheduledInOrder()
    {
        // 100,000 one-day initiatives (start = end = 2026-01-01), each waiting for the one before, written last first:
        // initiative n (counting from the start of the chain) starts on day n and finishes the same day.
        const int Count = 100_000;
        var builder = new PlanBuilder();
        for (var n = Count - 1; n >= 0; n--)
        {
            builder.Initiative($"I{n}", [], n == 0 ? Dated.Runs("2026-01-01", "2026-01-01") : Dated.Runs("2026-01-01", "2026-01-01", $"I{n - 1}"));
        }

        var schedule = builder.Analyze("2026-03-01").Schedule;

        // The chain's last initiative is written first.
        Assert.Equal(Day("2026-01-01").AddDays(Count - 1), schedule.EarliestFinish(0));
        Assert.Equal(Count, schedule.DrivingChain(0).Count);
    }
}
