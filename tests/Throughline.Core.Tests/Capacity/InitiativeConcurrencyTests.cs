using Throughline.Core.Model;

namespace Throughline.Core.Tests.Capacity;

public class InitiativeConcurrencyTests
{
    private const int Ops = 0;

    [Fact]
    public void ThePeakIsTheMostInitiativesRunningOnOneDayAndTheFirstDayOfIt()
    {
        // As of 1 March the window runs to 30 April (the end of I3's month); I4 has no dates and runs throughout.
        // 1–14 Mar: I1, I4 = 2; 15–31 Mar: I1, I2, I4 = 3; 1–15 Apr: I2, I3, I4 = 3; 16–30 Apr: I3, I4 = 2.
        var concurrency = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", null, "2026-03-01", "2026-03-31"))
            .Initiative("I2", [], Work.In("ops", null, "2026-03-15", "2026-04-15"))
            .Initiative("I3", [], Work.In("ops", null, "2026-04-01", "2026-04-30"))
            .Initiative("I4", [], Work.In("ops", null, null, null))
            .Analyze("2026-03-01").Capacity.Concurrency;

        var peak = concurrency.Peak(Ops)!;
        Assert.Equal(3, peak.Count);
        Assert.Equal(PlanBuilder.Day("2026-03-15"), peak.Date);
        Assert.Equal([0, 1, 3], peak.Initiatives);
        Assert.Equal([1, 2, 3], concurrency.RunningOn(Ops, PlanBuilder.Day("2026-04-01")));
        Assert.Equal([2, 3], concurrency.RunningOn(Ops, PlanBuilder.Day("2026-04-30")));
    }

    [Fact]
    public void BothEndDaysCount()
    {
        // I1 ends on the day I2 starts: on 31 March both run.
        var concurrency = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", null, "2026-03-01", "2026-03-31"))
            .Initiative("I2", [], Work.In("ops", null, "2026-03-31", "2026-04-30"))
            .Initiative("I3", [], Work.In("ops", null, "2026-05-01", "2026-05-31"))
            .Analyze("2026-03-01").Capacity.Concurrency;

        Assert.Equal(2, concurrency.PeakCount(Ops));
        Assert.Equal(PlanBuilder.Day("2026-03-31"), concurrency.Peak(Ops)!.Date);
    }

    [Fact]
    public void OnlyTheUnitsOwnPlannedAndActiveWorkFromTheAsOfDateOnCounts()
    {
        var concurrency = new PlanBuilder()
            .Unit("ops")
            .Unit("team", "ops")
            .Initiative("Active", [], Work.In("ops", null, "2026-03-01", "2026-06-30"))
            .Initiative("Planned", [], Work.In("ops", null, "2026-03-01", "2026-06-30", InitiativeStatus.Planned))
            .Initiative("NoStatus", [], Work.In("ops", null, "2026-03-01", "2026-06-30", status: null))
            .Initiative("Done", [], Work.In("ops", null, "2026-03-01", "2026-06-30", InitiativeStatus.Done))
            .Initiative("Proposed", [], Work.In("ops", null, "2026-03-01", "2026-06-30", InitiativeStatus.Proposed))
            .Initiative("Cancelled", [], Work.In("ops", null, "2026-03-01", "2026-06-30", InitiativeStatus.Cancelled))
            .Initiative("Ended", [], Work.In("ops", null, "2026-01-01", "2026-02-28"))
            .Initiative("Team", [], Work.In("team", null, "2026-03-01", "2026-06-30"))
            .Analyze("2026-03-01").Capacity.Concurrency;

        Assert.Equal([0, 1, 2], concurrency.Peak(Ops)!.Initiatives);
        Assert.Equal(PlanBuilder.Day("2026-03-01"), concurrency.Peak(Ops)!.Date);
        Assert.Equal(1, concurrency.PeakCount(1));
    }

    [Fact]
    public void WorkStartedBeforeTheAsOfDateCountsFromIt()
    {
        // I1 started in January and runs on; I2 starts on 10 March. As of 5 March the peak of 2 is on 10 March;
        // with only I1, its peak of 1 is on the as-of date, not on its start.
        var both = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", null, "2026-01-01", "2026-12-31"))
            .Initiative("I2", [], Work.In("ops", null, "2026-03-10", null))
            .Analyze("2026-03-05").Capacity.Concurrency;
        var one = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", null, "2026-01-01", "2026-12-31"))
            .Analyze("2026-03-05").Capacity.Concurrency;

        Assert.Equal(PlanBuilder.Day("2026-03-10"), both.Peak(Ops)!.Date);
        Assert.Equal(2, both.PeakCount(Ops));
        Assert.Equal(PlanBuilder.Day("2026-03-05"), one.Peak(Ops)!.Date);
    }

    [Fact]
    public void AUnitWithoutWorkHasNoPeak()
    {
        var concurrency = new PlanBuilder().Unit("ops").Analyze("2026-03-01").Capacity.Concurrency;

        Assert.Equal(0, concurrency.PeakCount(Ops));
        Assert.Null(concurrency.Peak(Ops));
    }
}
