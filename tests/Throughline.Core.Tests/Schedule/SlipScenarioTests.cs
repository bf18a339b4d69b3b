using Throughline.Core.Model;
using Throughline.Core.Schedule;

namespace Throughline.Core.Tests.Schedule;

public class SlipScenarioTests
{
    private static readonly DateOnly AsOf = PlanBuilder.Day("2026-03-01");

    private static DateOnly Day(string iso) => PlanBuilder.Day(iso);

    private static SlipReport Slip(PlanBuilder builder, params (string Id, int Days)[] slips) =>
        SlipScenario.Run(builder.Build(), AsOf, slips.ToDictionary(s => s.Id, s => s.Days));

    [Fact]
    public void SlipMovesTheChainAndMakesTheObjectiveLate()
    {
        // Due 2026-07-15; the path I1 → I2 → I3 finishes 2026-07-10: 5 days of slack (see EarliestDatesTests).
        // I1 ends 10 days later (02-09): I2 runs 02-10 + 53 = 04-04, I3 runs 04-05 + 106 = 07-20: 5 days late.
        var report = Slip(EarliestDatesTests.KitPlan(due: "2026-07-15"), ("I1", 10));

        Assert.Equal(
            [("I1", Day("2026-01-30"), Day("2026-02-09")), ("I2", Day("2026-03-25"), Day("2026-04-04")), ("I3", Day("2026-07-10"), Day("2026-07-20"))],
            report.Initiatives.Select(s => (s.Id, s.FinishBefore, s.FinishAfter)));
        Assert.All(report.Initiatives, s => Assert.Equal(10, s.Days));

        var objective = Assert.Single(report.Objectives);
        Assert.Equal(("O1", 5, -5), (objective.Id, objective.SlackBefore, objective.SlackAfter));
        Assert.True(objective.BecomesLate);
        Assert.Equal([0, 1, 2], objective.After.Path);

        var goal = Assert.Single(report.Goals);
        Assert.Equal("G1", goal.Id);
        Assert.Equal(["O1"], goal.Through);
        Assert.True(report.AffectsObjectivesOrGoals);
    }

    [Fact]
    public void ObjectiveAlreadyLateThatGetsLaterStillPutsItsGoalAtRisk()
    {
        // Due 2026-06-30: slack −10 before, −20 after a 10-day slip of I1.
        var report = Slip(EarliestDatesTests.KitPlan(), ("I1", 10));

        var objective = Assert.Single(report.Objectives);
        Assert.Equal((-10, -20), (objective.SlackBefore, objective.SlackAfter));
        Assert.False(objective.BecomesLate);
        Assert.True(objective.LateOrLater);
        Assert.Equal("G1", Assert.Single(report.Goals).Id);
    }

    [Fact]
    public void SlackThatShrinksButStaysPutsNoGoalAtRisk()
    {
        // Due 2026-07-31: 21 days of slack; I2 ending 5 days later pushes I3 to 07-15, leaving 16.
        var report = Slip(EarliestDatesTests.KitPlan(due: "2026-07-31"), ("I2", 5));

        Assert.Equal(["I2", "I3"], report.Initiatives.Select(s => s.Id));
        var objective = Assert.Single(report.Objectives);
        Assert.Equal((21, 16), (objective.SlackBefore, objective.SlackAfter));
        Assert.False(objective.LateOrLater);
        Assert.Empty(report.Goals);
    }

    [Fact]
    public void NegativeSlipBringsTheFinishForward()
    {
        // I3 ends 15 days earlier, 2026-05-31: it lasts 91 days from 03-26, finishing 06-25; slack −10 becomes 5.
        var report = Slip(EarliestDatesTests.KitPlan(), ("I3", -15));

        var shift = Assert.Single(report.Initiatives);
        Assert.Equal(("I3", Day("2026-06-25"), -15), (shift.Id, shift.FinishAfter, shift.Days));
        var objective = Assert.Single(report.Objectives);
        Assert.Equal((-10, 5), (objective.SlackBefore, objective.SlackAfter));
        Assert.Empty(report.Goals);
    }

    [Fact]
    public void GoalsAreReachedThroughParentObjectives()
    {
        // O2 is due 2026-06-10 and its only work, I1, ends 05-31: 10 days of slack; two weeks later it is 4 days late.
        // O2 contributes to G2 directly and to G1 through O1; G3 is elsewhere.
        var builder = new PlanBuilder()
            .Goal("G1").Goal("G2").Goal("G3")
            .Objective("O1", ["G1"])
            .Objective("O2", ["O1", "G2"], Dated.Due("2026-06-10"))
            .Objective("O3", ["G3"])
            .Initiative("I1", ["O2"], Dated.Runs("2026-01-01", "2026-05-31"))
            .Initiative("I2", ["O3"], Dated.Runs("2026-01-01", "2026-05-31"));

        var report = Slip(builder, ("I1", 14));

        Assert.Equal((10, -4), (report.Objectives.Single().SlackBefore, report.Objectives.Single().SlackAfter));
        Assert.Equal(["G1", "G2"], report.Goals.Select(g => g.Id));
        Assert.All(report.Goals, g => Assert.Equal(["O2"], g.Through));
    }

    [Fact]
    public void SlipOfAnUnscheduledInitiativeMovesNothing()
    {
        var builder = EarliestDatesTests.KitPlan().Initiative("I4", ["O1"], Dated.Runs("2026-02-01", null));

        var report = Slip(builder, ("I4", 30), ("I1", 0));

        Assert.Equal(
            [("I1", InitiativeScheduleState.Scheduled, false), ("I4", InitiativeScheduleState.MissingDates, false)],
            report.Slips.Select(s => (s.Id, s.State, s.Moves)));
        Assert.Empty(report.Initiatives);
        Assert.False(report.AffectsObjectivesOrGoals);
    }

    [Fact]
    public void DoneInitiativeSlipsItsRecordedEnd()
    {
        // I1 is done on 2026-01-30; had it ended 3 days later, I2 and I3 would finish 3 days later too: 07-13.
        var builder = EarliestDatesTests.KitPlan();
        var plan = builder.Build();
        plan.Initiatives[0].Status = InitiativeStatus.Done;

        var report = SlipScenario.Run(plan, AsOf, new Dictionary<string, int> { ["I1"] = 3 });

        Assert.Equal(Day("2026-07-13"), report.Initiatives.Single(s => s.Id == "I3").FinishAfter);
    }

    [Fact]
    public void BaselineIsTheAnalysisAsOfTheDate()
    {
        var report = Slip(EarliestDatesTests.KitPlan(), ("I1", 1));

        Assert.Equal(AsOf, report.Baseline.AsOf);
        Assert.Same(report.Baseline.Schedule, report.Before);
        Assert.Equal(Day("2026-07-10"), report.Before.EarliestFinish(2));
        Assert.Equal(Day("2026-07-11"), report.After.EarliestFinish(2));
    }

    [Fact]
    public void UnknownInitiativeOrAnEndBeforeTheStartIsRejected()
    {
        var plan = EarliestDatesTests.KitPlan().Build();

        var unknown = Assert.Throws<ArgumentException>(() => SlipScenario.Run(plan, AsOf, new Dictionary<string, int> { ["I8"] = 3 }));
        Assert.StartsWith("No initiative has the id 'I8'.", unknown.Message, StringComparison.Ordinal);

        // I1 runs 2026-01-05 → 01-30: 26 days earlier would end it on 01-04.
        var early = Assert.Throws<ArgumentException>(() => SlipScenario.Run(plan, AsOf, new Dictionary<string, int> { ["I1"] = -26 }));
        Assert.StartsWith("Initiative I1 would end on 2026-01-04, before it starts on 2026-01-05.", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosestInitiativeIsTheNearestIdInFileOrder()
    {
        var plan = new PlanBuilder()
            .Initiative("I7", [])
            .Initiative("I9", [])
            .Initiative("kit-redesign", [])
            .Build();

        Assert.Equal("I7", SlipScenario.ClosestInitiative(plan, "i8"));
        Assert.Equal("kit-redesign", SlipScenario.ClosestInitiative(plan, "kit-redsign"));
        Assert.Null(SlipScenario.ClosestInitiative(new PlanBuilder().Build(), "I1"));
    }
}
