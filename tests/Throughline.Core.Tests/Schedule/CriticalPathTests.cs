using Throughline.Core.Model;

namespace Throughline.Core.Tests.Schedule;

public class CriticalPathTests
{
    private static DateOnly Day(string iso) => PlanBuilder.Day(iso);

    [Fact]
    public void SupportingInitiativeThatFinishesLastEndsThePathAndItsDriversMakeIt()
    {
        var result = EarliestDatesTests.KitPlan().Analyze("2026-03-01");

        // I3 finishes last (2026-07-10, see EarliestDatesTests); I2 drives it and I1 drives I2.
        var path = result.Schedule.CriticalPath(0)!;
        Assert.Equal([0, 1, 2], path.Path);
        Assert.Equal(0, path.Start);
        Assert.Equal(2, path.End);
        Assert.Equal(3, path.Length);
        Assert.Equal(Day("2026-07-10"), path.EarliestFinish);
        Assert.Equal(Day("2026-06-30"), path.Due);

        // 2026-06-30 − 2026-07-10 = −10 days.
        Assert.Equal(-10, path.SlackDays);
        Assert.True(path.IsLate);
    }

    [Fact]
    public void FinishingOnTheDueDateLeavesNoSlackAndIsNotLate()
    {
        var path = EarliestDatesTests.KitPlan(due: "2026-07-10").Analyze("2026-03-01").Schedule.CriticalPath(0)!;

        Assert.Equal(0, path.SlackDays);
        Assert.False(path.IsLate);
    }

    [Fact]
    public void KeyResultSupportCountsForItsObjective()
    {
        // Only I2 supports O1, through KR1: EF 2026-03-25, so 2026-06-30 − 03-25 = 97 days of slack.
        var path = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Dated.Due("2026-06-30"))
            .KeyResult("O1", "KR1", 0, 10)
            .Initiative("I1", [], Dated.Runs("2026-01-05", "2026-01-30"))
            .Initiative("I2", ["KR1"], Dated.Runs("2026-01-26", "2026-03-20", "I1"))
            .Analyze("2026-03-01").Schedule.CriticalPath(0)!;

        Assert.Equal([0, 1], path.Path);
        Assert.Equal(97, path.SlackDays);
    }

    [Fact]
    public void TieOnTheLatestFinishGoesToTheFirstInFileOrder()
    {
        var path = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Initiative("I1", ["O1"], Dated.Runs("2026-01-01", "2026-05-31"))
            .Initiative("I2", ["O1"], Dated.Runs("2026-03-01", "2026-05-31"))
            .Analyze("2026-03-01").Schedule.CriticalPath(0)!;

        Assert.Equal(0, path.End);
    }

    [Fact]
    public void CancelledAndUnscheduledWorkIsLeftOutAndNoneLeavesNoPath()
    {
        var schedule = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Objective("O2", ["G1"])
            .Initiative("I1", ["O1"], Dated.Runs("2026-01-01", "2026-12-31", InitiativeStatus.Cancelled))
            .Initiative("I2", ["O1"], Dated.Runs("2026-01-01", "2026-03-31"))
            .Initiative("I3", ["O2"], Dated.Runs("2026-01-01", null))
            .Analyze("2026-03-01").Schedule;

        Assert.Equal(1, schedule.CriticalPath(0)!.End);
        Assert.Null(schedule.CriticalPath(1));
    }

    [Fact]
    public void ObjectiveWithoutDueDateHasAPathButNoSlack()
    {
        var path = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"], Dated.Due(null))
            .Initiative("I1", ["O1"], Dated.Runs("2026-01-01", "2026-03-31"))
            .Analyze("2026-03-01").Schedule.CriticalPath(0)!;

        Assert.Null(path.Due);
        Assert.Null(path.SlackDays);
        Assert.False(path.IsLate);
    }

    [Fact]
    public void TailReadsTheLastInitiativesWithoutWalkingThePath()
    {
        var path = EarliestDatesTests.KitPlan().Analyze("2026-03-01").Schedule.CriticalPath(0)!;

        Assert.Equal([1, 2], path.Tail(2));
        Assert.Equal([0, 1, 2], path.Tail(10));
    }
}
