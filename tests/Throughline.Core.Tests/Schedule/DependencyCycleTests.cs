using Throughline.Core.Model;
using Throughline.Core.Schedule;

namespace Throughline.Core.Tests.Schedule;

public class DependencyCycleTests
{
    private static PlanSchedule ScheduleOf(PlanBuilder builder) => builder.Analyze("2026-03-01").Schedule;

    [Fact]
    public void ChainWithoutCircleHasNoCycle()
    {
        var schedule = ScheduleOf(new PlanBuilder()
            .Initiative("I1", [])
            .Initiative("I2", [], Dated.DependsOn("I1"))
            .Initiative("I3", [], Dated.DependsOn("I1", "I2")));

        Assert.Empty(schedule.Cycles);
        Assert.Null(schedule.CycleWith(2));
    }

    [Fact]
    public void InitiativeDependingOnItselfIsACycleOfOne()
    {
        var builder = new PlanBuilder().Initiative("I1", []).Initiative("I2", [], Dated.DependsOn("I2"));
        var schedule = ScheduleOf(builder);

        var cycle = Assert.Single(schedule.Cycles);
        Assert.Equal([1], cycle.Members);
        Assert.Equal([1, 1], cycle.Path);
        Assert.Null(schedule.CycleWith(0));
    }

    [Fact]
    public void CycleStartsAtItsFirstInitiativeInFileOrderAndFollowsDependsOn()
    {
        // I3 → I5 → I9 → I3 by depends_on, written in the file as I5, I9, I3: the path starts at I5, the first written.
        var builder = new PlanBuilder()
            .Initiative("I5", [], Dated.DependsOn("I9"))
            .Initiative("I9", [], Dated.DependsOn("I3"))
            .Initiative("I1", [])
            .Initiative("I3", [], Dated.DependsOn("I5", "I1"));
        var plan = builder.Build();
        var schedule = ScheduleOf(builder);

        var cycle = Assert.Single(schedule.Cycles);
        Assert.Equal(["I5", "I9", "I3", "I5"], Dated.Ids(plan, cycle.Path));
        Assert.Equal(["I5", "I9", "I3"], Dated.Ids(plan, cycle.Members));
        Assert.Same(cycle, schedule.CycleWith(3));
        Assert.Null(schedule.CycleWith(2));
    }

    [Fact]
    public void TangleNamesTheShortestCircleAndKeepsEveryMember()
    {
        // I1 → I2 → I1 is the shortest circle from I1; I3 is in the same component through I2 → I3 → I1.
        var builder = new PlanBuilder()
            .Initiative("I1", [], Dated.DependsOn("I2"))
            .Initiative("I2", [], Dated.DependsOn("I3", "I1"))
            .Initiative("I3", [], Dated.DependsOn("I1"));
        var plan = builder.Build();

        var cycle = Assert.Single(ScheduleOf(builder).Cycles);

        Assert.Equal(["I1", "I2", "I1"], Dated.Ids(plan, cycle.Path));
        Assert.Equal(["I1", "I2", "I3"], Dated.Ids(plan, cycle.Members));
    }

    [Fact]
    public void SeparateCirclesAreSeparateCyclesInFileOrder()
    {
        var builder = new PlanBuilder()
            .Initiative("A", [], Dated.DependsOn("B"))
            .Initiative("X", [], Dated.DependsOn("Y"))
            .Initiative("B", [], Dated.DependsOn("A"))
            .Initiative("Y", [], Dated.DependsOn("X"))
            .Initiative("Z", [], Dated.DependsOn("A", "X"));
        var plan = builder.Build();

        var cycles = ScheduleOf(builder).Cycles;

        Assert.Equal([["A", "B", "A"], ["X", "Y", "X"]], cycles.Select(c => Dated.Ids(plan, c.Path)));
    }

    [Fact]
    public void CancelledInitiativesStillCloseACircle()
    {
        var builder = new PlanBuilder()
            .Initiative("I1", [], Dated.DependsOn("I2"))
            .Initiative("I2", [], Dated.Runs(null, null, InitiativeStatus.Cancelled, "I1"));

        Assert.Single(ScheduleOf(builder).Cycles);
    }

    [Fact]
    public void ChainTooDeepForRecursionIsWalkedIteratively()
    {
        // 200,000 initiatives, each depending on the next, the last on the first: one circle through all of them.
        const int Count = 200_000;
        var builder = new PlanBuilder();
        for (var n = 0; n < Count; n++)
        {
            builder.Initiative($"I{n}", [], Dated.DependsOn($"I{(n + 1) % Count}"));
        }

        var cycle = Assert.Single(ScheduleOf(builder).Cycles);

        Assert.Equal(Count, cycle.Members.Count);
        Assert.Equal(Count + 1, cycle.Path.Count);
        Assert.Equal(1, cycle.Path[1]);
        Assert.Equal(0, cycle.Path[^1]);
    }
}
