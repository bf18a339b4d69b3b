using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public class PriorityRulesTests
{
    private const string Inflation = "priority/inflation";
    private const string Tie = "priority/tie";
    private const string AsOf = "2026-03-06";

    /// <summary>Open initiatives I1…In on one aligned objective; those listed as top have priority 1.</summary>
    private static PlanBuilder Initiatives(int count, params int[] top)
    {
        var builder = new PlanBuilder().Goal("G1").Objective("O1", ["G1"]);
        for (var n = 1; n <= count; n++)
        {
            var line = 10 + n;
            var isTop = top.Contains(n);
            builder.Initiative($"I{n}", ["O1"], i =>
            {
                i.Location = PlanBuilder.Line(line);
                i.Priority = isTop ? 1 : 2;
            });
        }

        return builder;
    }

    [Fact]
    public void SevenOfTwelveInitiativesAtTheTopIsInflation()
    {
        // Priority 1 for I3, I4, I6 and I8; urgent I9, I10 and I12: 7 of 12 = 58.3% > 30%.
        var builder = Initiatives(12, 3, 4, 6, 8);
        var plan = builder.Build();
        foreach (var id in new[] { "I9", "I10", "I12" })
        {
            plan.Initiatives.Single(i => i.Id == id).Urgent = true;
        }

        var finding = Analyzer.Analyze(plan, PlanBuilder.Day(AsOf)).SingleBy(Inflation);

        Assert.Equal(
            "7 of 12 initiatives (58%) have priority 1 or are tagged urgent; at most 30% should be.",
            finding.Message);
        Assert.Equal((ElementKind.Plan, "plan"), (finding.SubjectKind, finding.SubjectId));
        Assert.Equal(PlanBuilder.Line(13), finding.Location); // I3, the first at the top
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void ExactlyTheShareIsNotInflation() =>
        Initiatives(10, 1, 2, 3).Analyze(AsOf).NoneBy(Inflation); // 3 of 10 = 30%, not more

    [Fact]
    public void OneMoreThanTheShareIsInflation() =>
        Assert.Equal(
            "4 of 10 initiatives (40%) have priority 1 or are tagged urgent; at most 30% should be.",
            Initiatives(10, 1, 2, 3, 4).Analyze(AsOf).SingleBy(Inflation).Message);

    [Fact]
    public void FewerThanFourItemsAreNeverInflated() =>
        Initiatives(3, 1, 2, 3).Analyze(AsOf).NoneBy(Inflation); // 3 of 3 = 100%, but only 3

    [Fact]
    public void DoneAndCancelledInitiativesDoNotCount()
    {
        // 2 of 5 at the top (40%) until I4 is done and I5 cancelled: then 2 of 3 open, too few to judge.
        var plan = Initiatives(5, 1, 2).Build();
        plan.Initiatives[3].Status = InitiativeStatus.Done;
        plan.Initiatives[4].Status = InitiativeStatus.Cancelled;

        Analyzer.Analyze(plan, PlanBuilder.Day(AsOf)).NoneBy(Inflation);
        Assert.Single(Initiatives(5, 1, 2).Analyze(AsOf).By(Inflation));
    }

    [Fact]
    public void GoalsObjectivesAndInitiativesAreJudgedSeparately()
    {
        // Goals: G1 priority 1 and G2 urgent, 2 of 4 = 50%. Objectives: O1 priority 1, 1 of 4 = 25%.
        // Initiatives: none at the top. Only the goals inflate.
        var result = new PlanBuilder()
            .Goal("G1", g => g.Priority = 1)
            .Goal("G2", g =>
            {
                g.Urgent = true;
                g.Location = PlanBuilder.Line(7);
            })
            .Goal("G3", g => g.Priority = 2)
            .Goal("G4")
            .Objective("O1", ["G1"], o => o.Priority = 1)
            .Objective("O2", ["G2"])
            .Objective("O3", ["G3"])
            .Objective("O4", ["G4"])
            .Initiative("I1", ["O1"])
            .Initiative("I2", ["O2"])
            .Initiative("I3", ["O3"])
            .Initiative("I4", ["O4"])
            .Analyze(AsOf);

        var finding = result.SingleBy(Inflation);
        Assert.Equal("2 of 4 goals (50%) have priority 1 or are tagged urgent; at most 30% should be.", finding.Message);
        Assert.Null(finding.Location); // G1, the first at the top, was built in code without a location
    }

    [Fact]
    public void DoneObjectivesDoNotCount()
    {
        // O1 and O2 are urgent. O5 has reached its target, so 2 of 4 open objectives (50%) are at the top;
        // with O4 done as well it is 2 of 3, too few to judge.
        PlanBuilder Objectives(bool fourDone)
        {
            var builder = new PlanBuilder().Goal("G1");
            for (var n = 1; n <= 5; n++)
            {
                var urgent = n <= 2;
                builder.Objective($"O{n}", ["G1"], o => o.Urgent = urgent)
                    .KeyResult($"O{n}", $"KR{n}", 0, 100, n == 5 || (fourDone && n == 4) ? [("2026-03-01", 100)] : null);
            }

            return builder;
        }

        var one = Objectives(fourDone: false).Analyze(AsOf);
        Assert.Equal(ProgressStatus.Done, one.Objective(4).Status);
        Assert.Equal(
            "2 of 4 objectives (50%) have priority 1 or are tagged urgent; at most 30% should be.",
            one.SingleBy(Inflation).Message);
        Objectives(fourDone: true).Analyze(AsOf).NoneBy(Inflation);
    }

    [Fact]
    public void ShareIsAParameter()
    {
        // 2 of 4 goals (50%): not more than a share of 0.5; 1 of 4 (25%) is more than 0.2.
        var two = new PlanBuilder().Goal("G1", g => g.Priority = 1).Goal("G2", g => g.Urgent = true).Goal("G3").Goal("G4");
        two.Rule(Inflation, parameters: new() { ["share"] = 0.5 }).Analyze(AsOf).NoneBy(Inflation);

        var one = new PlanBuilder().Goal("G1", g => g.Urgent = true).Goal("G2").Goal("G3").Goal("G4")
            .Rule(Inflation, parameters: new() { ["share"] = 0.2 });
        Assert.Equal(
            "1 of 4 goals (25%) has priority 1 or is tagged urgent; at most 20% should be.",
            one.Analyze(AsOf).SingleBy(Inflation).Message);
    }

    [Fact]
    public void EachTiedGroupIsReportedOnItsSecondGoal()
    {
        var result = new PlanBuilder()
            .Goal("G1", g => g.Priority = 1)
            .Goal("G2", g => g.Priority = 2)
            .Goal("G3", g =>
            {
                g.Priority = 1;
                g.Location = PlanBuilder.Line(9);
                g.FieldLocations = new() { ["priority"] = PlanBuilder.Line(12, 15) };
            })
            .Goal("G4", g => g.Priority = 2)
            .Goal("G5", g => g.Priority = 2)
            .Goal("G6", g => g.Priority = 3)
            .Analyze(AsOf);

        var findings = result.By(Tie);
        Assert.Equal([(ElementKind.Goal, "G4"), (ElementKind.Goal, "G3")], findings.Select(f => (f.SubjectKind, f.SubjectId)));
        Assert.Equal(
            [
                "Goals G2, G4 and G5 share priority 2: the plan does not say which comes first.",
                "Goals G1 and G3 share priority 1: the plan does not say which comes first.",
            ],
            findings.Select(f => f.Message));
        Assert.Equal(PlanBuilder.Line(12, 15), findings[1].Location); // G3's priority field
    }

    [Fact]
    public void DistinctOrMissingPrioritiesDoNotTie() =>
        new PlanBuilder()
            .Goal("G1", g => g.Priority = 1)
            .Goal("G2", g => g.Priority = 2)
            .Goal("G3")
            .Goal("G4")
            .Analyze(AsOf)
            .NoneBy(Tie);
}
