using Throughline.Core.Model;

namespace Throughline.Core.Tests.Capacity;

public class CapacityLoadTests
{
    private const int Ops = 0;

    [Fact]
    public void EffortIsSpreadOverTheDaysOfTheSpan()
    {
        // 2026-01-01..2026-03-31 is 31 + 28 + 31 = 90 days.
        var capacity = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", 12, "2026-01-01", "2026-03-31"))
            .Analyze("2026-01-15").Capacity;

        Assert.Equal([PlanBuilder.Day("2026-01-01"), PlanBuilder.Day("2026-02-01"), PlanBuilder.Day("2026-03-01")], capacity.Months);
        Assert.Equal(12.0 * 31 / 90, capacity.Load(Ops, 0), 9); // 4.1333
        Assert.Equal(12.0 * 28 / 90, capacity.Load(Ops, 1), 9); // 3.7333
        Assert.Equal(12.0 * 31 / 90, capacity.Load(Ops, 2), 9);
        Assert.Equal(12.0, capacity.LoadOf(Ops).ToArray().Sum(), 9);
    }

    [Fact]
    public void ASpanCutByMonthsGivesEachMonthItsDays()
    {
        // 2026-01-20..2026-02-09 is 21 days: 12 in January (20th to 31st), 9 in February.
        var capacity = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", 3, "2026-01-20", "2026-02-09"))
            .Analyze("2026-01-01").Capacity;

        Assert.Equal(2, capacity.MonthCount);
        Assert.Equal(3.0 * 12 / 21, capacity.Load(Ops, 0), 9); // 1.7143
        Assert.Equal(3.0 * 9 / 21, capacity.Load(Ops, 1), 9); // 1.2857
        Assert.Equal(3.0 * 12 / 21, capacity.InitiativeLoad(0, 0), 9);
    }

    [Fact]
    public void CapacityIsFteTimesTheWeeksOfTheMonth()
    {
        var capacity = new PlanBuilder()
            .Unit("ops", configure: Work.Fte(2))
            .Unit("sales")
            .Initiative("I1", [], Work.In("ops", 1, "2026-01-01", "2026-02-28"))
            .Analyze("2026-01-01").Capacity;

        Assert.Equal(2 * 31 / 7.0, capacity.Capacity(Ops, 0)!.Value, 9); // 8.857
        Assert.Equal(8.0, capacity.Capacity(Ops, 1)!.Value, 9); // 2 × 28 / 7
        Assert.Null(capacity.Capacity(1, 0));
        Assert.True(double.IsNaN(capacity.CapacityOf(1)[1]));
        Assert.Equal(31, capacity.DaysIn(0));
        Assert.Equal(2 * 31 / 7.0, capacity.Row(Ops, 0).Capacity!.Value, 9);
    }

    [Fact]
    public void AUnitCarriesItsSubUnitsLoadButOnlyItsOwnCapacity()
    {
        // Written children first; February 2026 has 28 days and every initiative runs through all of it
        // except IB, which runs 1–14 February and puts all of its 8 person-weeks there.
        var capacity = new PlanBuilder()
            .Unit("b", "a")
            .Unit("a", "org")
            .Unit("org", configure: Work.Fte(5))
            .Initiative("IB", [], Work.In("b", 8, "2026-02-01", "2026-02-14"))
            .Initiative("IA", [], Work.In("a", 4, "2026-02-01", "2026-02-28"))
            .Initiative("IP", [], Work.In("org", 2, "2026-02-01", "2026-02-28"))
            .Analyze("2026-02-01").Capacity;

        var (b, a, org) = (0, 1, 2);
        Assert.Equal(1, capacity.MonthCount);
        Assert.Equal(8.0, capacity.Load(b, 0), 9);
        Assert.Equal(12.0, capacity.Load(a, 0), 9); // 4 + 8
        Assert.Equal(14.0, capacity.Load(org, 0), 9); // 2 + 4 + 8
        Assert.Equal(2.0, capacity.OwnLoad(org, 0), 9);
        Assert.Equal(20.0, capacity.Capacity(org, 0)!.Value, 9); // 5 × 28 / 7
        Assert.Null(capacity.Capacity(a, 0));
        var row = capacity.Row(org, 0);
        Assert.Equal(14.0 / 20, row.Utilization!.Value, 9);
    }

    [Fact]
    public void ContributorsListTheSubtreeLargestFirstWithTheirShare()
    {
        var capacity = new PlanBuilder()
            .Unit("org")
            .Unit("a", "org")
            .Unit("other")
            .Initiative("IP", [], Work.In("org", 2, "2026-02-01", "2026-02-28"))
            .Initiative("IA", [], Work.In("a", 8, "2026-02-01", "2026-02-28"))
            .Initiative("IA2", [], Work.In("a", 2, "2026-02-01", "2026-02-28"))
            .Initiative("IO", [], Work.In("other", 50, "2026-02-01", "2026-02-28"))
            .Analyze("2026-02-01").Capacity;

        // org carries 2 + 8 + 2 = 12; IP and IA2 tie at 2 and keep plan order.
        var contributors = capacity.Contributors(0, 0);
        Assert.Equal(["IA", "IP", "IA2"], contributors.Select(c => c.InitiativeId));
        Assert.Equal([8.0 / 12, 2.0 / 12, 2.0 / 12], contributors.Select(c => c.Share));
        Assert.Equal([1, 0, 2], contributors.Select(c => c.InitiativeIndex));
    }

    [Fact]
    public void PastMonthsAreHistoryAndNotAnalysed()
    {
        // As of 10 February, the January share (4.1333) is history; February and March remain.
        var capacity = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", 12, "2026-01-01", "2026-03-31"))
            .Analyze("2026-02-10").Capacity;

        Assert.Equal([PlanBuilder.Day("2026-02-01"), PlanBuilder.Day("2026-03-01")], capacity.Months);
        Assert.Equal(12.0 * 28 / 90, capacity.Load(Ops, 0), 9); // 3.7333, the whole of February
    }

    [Fact]
    public void TheWindowEndsAtTheLastMonthOfWorkAndAt36MonthsAfterTheAsOfMonth()
    {
        var capped = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", 10, "2026-01-01", "2030-12-31"))
            .Analyze("2026-01-01").Capacity;
        var shortWork = new PlanBuilder()
            .Unit("ops")
            .Initiative("I1", [], Work.In("ops", 10, "2026-01-01", "2026-04-15"))
            .Initiative("I2", [], Work.In("ops", 10, "2026-01-01", "2027-12-31", InitiativeStatus.Proposed))
            .Analyze("2026-01-01").Capacity;
        var nothing = new PlanBuilder().Unit("ops").Analyze("2026-05-20").Capacity;

        // January 2026 plus 36 months: 2026-01 .. 2029-01.
        Assert.Equal(37, capped.MonthCount);
        Assert.Equal(PlanBuilder.Day("2029-01-01"), capped.Months[^1]);

        // A proposal does not stretch the window: January to April.
        Assert.Equal(4, shortWork.MonthCount);

        // Without work the as-of month is still analysed, with no load.
        Assert.Equal([PlanBuilder.Day("2026-05-01")], nothing.Months);
        Assert.False(nothing.HasLoad(Ops));
    }

    [Fact]
    public void OnlyPlannedActiveAndDoneInitiativesWithUnitEffortAndDatesCarryLoad()
    {
        var capacity = new PlanBuilder()
            .Unit("ops")
            .Initiative("Planned", [], Work.In("ops", 1, "2026-02-01", "2026-02-28", InitiativeStatus.Planned))
            .Initiative("Active", [], Work.In("ops", 2, "2026-02-01", "2026-02-28", InitiativeStatus.Active))
            .Initiative("Done", [], Work.In("ops", 4, "2026-02-01", "2026-02-28", InitiativeStatus.Done))
            .Initiative("NoStatus", [], Work.In("ops", 8, "2026-02-01", "2026-02-28", status: null))
            .Initiative("Proposed", [], Work.In("ops", 16, "2026-02-01", "2026-02-28", InitiativeStatus.Proposed))
            .Initiative("Cancelled", [], Work.In("ops", 32, "2026-02-01", "2026-02-28", InitiativeStatus.Cancelled))
            .Initiative("NoEffort", [], Work.In("ops", null, "2026-02-01", "2026-02-28"))
            .Initiative("NoEnd", [], Work.In("ops", 64, "2026-02-01", null))
            .Initiative("NoUnit", [], i => i.Effort = 128)
            .Analyze("2026-02-01").Capacity;

        Assert.Equal(15.0, capacity.Load(Ops, 0), 9); // 1 + 2 + 4 + 8
        Assert.Equal(["NoStatus", "Done", "Active", "Planned"], capacity.Contributors(Ops, 0).Select(c => c.InitiativeId));
        Assert.Equal(0.0, capacity.InitiativeLoad(4, 0));
    }

    [Fact]
    public void RowsGiveEveryMonthOfAUnit()
    {
        var capacity = new PlanBuilder()
            .Unit("ops", configure: Work.Fte(1))
            .Initiative("I1", [], Work.In("ops", 12, "2026-01-01", "2026-03-31"))
            .Analyze("2026-01-01").Capacity;

        var rows = capacity.RowsOf(Ops).ToList();

        Assert.Equal(["2026-01", "2026-02", "2026-03"], rows.Select(r => r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(12.0 * 28 / 90 / 4, rows[1].Utilization!.Value, 9); // 3.7333 of 1 × 28 / 7 = 4
        Assert.Equal(rows[1].Load, rows[1].OwnLoad);
    }
}
