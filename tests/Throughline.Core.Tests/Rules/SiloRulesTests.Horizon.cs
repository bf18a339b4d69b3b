using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public partial class SiloRulesTests
{
    // Objectives without a start are short-term when due within 92 days of the analysis date. As of
    // 2026-03-06 that runs to 2026-06-06 included: 25 days left of March, 30 of April, 31 of May, 6 of June.
    private static PlanBuilder DueOn(params string[] dues)
    {
        var plan = new PlanBuilder().Goal("G1");
        for (var i = 0; i < dues.Length; i++)
        {
            var due = dues[i];
            plan.Objective($"O{i + 1}", ["G1"], o => (o.Start, o.Due) = (null, PlanBuilder.Day(due)));
        }

        return plan;
    }

    [Fact]
    public void PlanWhoseObjectivesAllEndThisQuarterIsShortTermist()
    {
        // 4 of 4 due by 2026-06-06 (one already overdue): 4 > 0.9 × 4 = 3.6.
        var finding = DueOn("2026-02-01", "2026-04-30", "2026-05-31", "2026-06-06").Analyze(AsOf).SingleBy(ShortTermism);

        Assert.Equal((ElementKind.Plan, "plan", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
        Assert.Equal(
            "4 of 4 open objectives with a due date (100%) span a quarter or less, and none is due after 2026-12-31: " +
            "the latest due date is 2026-06-06.",
            finding.Message);
    }

    [Fact]
    public void ShareMustBeMoreThanTheParameter()
    {
        // 9 of 10 short is 0.9, not more than 0.9; 10 of 11 is 0.909.
        string[] nine = [.. Enumerable.Repeat("2026-05-01", 9)];
        DueOn([.. nine, "2026-09-30"]).Analyze(AsOf).NoneBy(ShortTermism);

        var finding = DueOn([.. nine, "2026-05-01", "2026-09-30"]).Analyze(AsOf).SingleBy(ShortTermism);
        Assert.StartsWith("10 of 11 open objectives with a due date (91%) span a quarter or less", finding.Message);
        Assert.EndsWith("the latest due date is 2026-09-30.", finding.Message);
    }

    [Fact]
    public void ShareCanBeConfigured()
    {
        // 3 of 4 is 0.75: more than 0.7, not more than the default 0.9.
        DueOn("2026-04-01", "2026-04-02", "2026-06-07", "2026-04-03").Analyze(AsOf).NoneBy(ShortTermism);
        var result = DueOn("2026-04-01", "2026-04-02", "2026-06-07", "2026-04-03")
            .Rule(ShortTermism, parameters: new() { ["share"] = 0.7 })
            .Analyze(AsOf);

        Assert.StartsWith("3 of 4 open objectives with a due date (75%)", result.SingleBy(ShortTermism).Message);
    }

    [Fact]
    public void FewerThanFourOpenObjectivesAreNotJudged()
    {
        // The fourth has no due date and does not count.
        DueOn("2026-04-01", "2026-04-02", "2026-04-03")
            .Objective("O4", ["G1"], o => o.Due = null)
            .Analyze(AsOf)
            .NoneBy(ShortTermism);
    }

    [Fact]
    public void ObjectiveDueAfterTheYearKeepsThePlanLongTerm()
    {
        // 4 of 5 short is 0.8 — lower the bar so only the horizon decides — and one is due in January.
        DueOn("2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2027-01-01")
            .Rule(ShortTermism, parameters: new() { ["share"] = 0.5 })
            .Analyze(AsOf)
            .NoneBy(ShortTermism);
    }

    [Fact]
    public void DoneObjectivesAreNotCountedButStillShowTheHorizon()
    {
        // O5 is done (its key result reached its target): 4 of 4 open objectives are short.
        var finding = DueOn("2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-03-01")
            .KeyResult("O5", "KR5", 0, 10, [("2026-02-20", 10)])
            .Analyze(AsOf)
            .SingleBy(ShortTermism);
        Assert.StartsWith("4 of 4 open objectives", finding.Message);

        // A done objective due after the year still reaches beyond it.
        DueOn("2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2027-03-01")
            .KeyResult("O5", "KR5", 0, 10, [("2026-02-20", 10)])
            .Analyze(AsOf)
            .NoneBy(ShortTermism);
    }

    [Fact]
    public void AnAnnualPlanInItsLastQuarterIsNotShortTermist()
    {
        // Four objectives from 2026-01-01 to 2026-12-31 (364 days each), as of 2026-11-15: all due within
        // 46 days, but each spans a year, so none is short-term.
        var plan = new PlanBuilder().Goal("G1");
        foreach (var id in new[] { "O1", "O2", "O3", "O4" })
        {
            plan.Objective(id, ["G1"]);
        }

        plan.Analyze("2026-11-15").NoneBy(ShortTermism);
    }

    [Fact]
    public void ObjectivesSpanningAQuarterOrLessAreShortTermWhateverTheAnalysisDate()
    {
        // Spans of 92, 92, 91 and 90 days: all short. A 93-day span would not be (see the second plan: 3 of 4
        // is 0.75, not more than 0.9).
        PlanBuilder Spans(string lastStart)
        {
            var plan = new PlanBuilder().Goal("G1");
            (string Start, string Due)[] periods =
                [("2026-01-01", "2026-04-03"), ("2026-04-01", "2026-07-02"), ("2026-07-01", "2026-09-30"), (lastStart, "2026-12-31")];
            for (var i = 0; i < periods.Length; i++)
            {
                var (start, due) = periods[i];
                plan.Objective($"O{i + 1}", ["G1"], o => (o.Start, o.Due) = (PlanBuilder.Day(start), PlanBuilder.Day(due)));
            }

            return plan;
        }

        // 2026-10-02 to 2026-12-31 is 90 days; 2026-09-29 to 2026-12-31 is 93.
        Assert.StartsWith("4 of 4 open objectives", Spans("2026-10-02").Analyze("2026-02-01").SingleBy(ShortTermism).Message);
        Spans("2026-09-29").Analyze("2026-02-01").NoneBy(ShortTermism);
    }
}
