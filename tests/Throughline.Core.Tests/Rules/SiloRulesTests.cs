using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public partial class SiloRulesTests
{
    private const string Isolated = "silo/isolated-unit";
    private const string SingleUnit = "gap/goal-single-unit";
    private const string ShortTermism = "horizon/short-termism";
    private const string AsOf = "2026-03-06";

    // acme ─┬─ sales ── sales-east
    //       ├─ ops
    //       └─ legal
    private static PlanBuilder Organization() => new PlanBuilder()
        .Unit("acme", configure: u => u.Name = "Acme")
        .Unit("sales", "acme", u => u.Name = "Sales")
        .Unit("sales-east", "sales", u => u.Name = "Sales East")
        .Unit("ops", "acme", u => u.Name = "Operations")
        .Unit("legal", "acme", u => u.Name = "Legal")
        .Person("ceo", "acme").Person("sam", "sales")
        .Goal("G1").Goal("G2");

    private static Action<Objective> In(string unit) => o => o.Unit = unit;

    [Fact]
    public void UnitWhoseGoalNoOtherUnitServesIsIsolated()
    {
        var result = Organization()
            .Objective("O1", ["G1"], In("sales"))
            .Objective("O2", ["G1"], In("ops"))
            .Objective("O3", ["G2"], In("legal"))
            .Analyze(AsOf);

        var finding = result.SingleBy(Isolated);
        Assert.Equal((ElementKind.Unit, "legal", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
        Assert.Equal(
            "Unit legal (Legal) works in a silo: no unit outside its own line serves its goal G2, and no dependency ties its initiatives to another unit's.",
            finding.Message);
    }

    [Fact]
    public void GoalSharedOnlyWithItsOwnDepartmentDoesNotConnectATeam()
    {
        // sales-east and sales serve G2 together, but sales is above sales-east: both work alone.
        var result = Organization()
            .Objective("O1", ["G1"], In("ops"))
            .Objective("O2", ["G1"], In("legal"))
            .Objective("O3", ["G2"], In("sales"))
            .Objective("O4", ["G2"], In("sales-east"))
            .Analyze(AsOf);

        Assert.Equal(["sales", "sales-east"], result.By(Isolated).Select(f => f.SubjectId));
    }

    [Fact]
    public void UnitWhoseObjectivesServeNoGoalIsIsolated()
    {
        var result = Organization()
            .Objective("O1", ["G1"], In("sales"))
            .Objective("O2", ["G1"], In("ops"))
            .Objective("O3", [], In("legal"))
            .Analyze(AsOf);

        Assert.Equal(
            "Unit legal (Legal) works in a silo: its objectives serve no goal, and no dependency ties its initiatives to another unit's.",
            result.SingleBy(Isolated).Message);
    }

    [Theory]
    [InlineData("legal", "ops")] // legal depends on operations
    [InlineData("ops", "legal")] // operations depends on legal
    public void DependencyEitherWayConnectsAUnit(string dependent, string dependency)
    {
        var plan = Organization()
            .Objective("O1", ["G1"], In("sales"))
            .Objective("O2", ["G1"], In("ops"))
            .Objective("O3", ["G2"], In("legal"))
            .Initiative("I1", ["O2"], i => i.Unit = "ops")
            .Initiative("I2", ["O3"], i => i.Unit = "legal")
            .Initiative("I3", ["O1"], i => i.Unit = "sales")
            .Build();
        var initiativeOf = new Dictionary<string, Initiative>
        {
            ["ops"] = plan.Initiatives[0],
            ["legal"] = plan.Initiatives[1],
        };
        initiativeOf[dependent].DependsOn.Add(initiativeOf[dependency].Id);

        Analyzer.Analyze(plan, PlanBuilder.Day(AsOf)).NoneBy(Isolated);
    }

    [Fact]
    public void DependencyOnItsOwnDepartmentDoesNotConnectATeam()
    {
        var result = Organization()
            .Objective("O1", ["G1"], In("ops"))
            .Objective("O2", ["G1"], In("legal"))
            .Objective("O3", ["G2"], In("sales-east"))
            .Initiative("I1", ["O3"], i => (i.Unit, i.DependsOn) = ("sales-east", ["I2"]))
            .Initiative("I2", [], i => i.Unit = "sales")
            .Analyze(AsOf);

        // sales has an initiative but no objective: it is not checked.
        Assert.Equal("sales-east", result.SingleBy(Isolated).SubjectId);
    }

    [Fact]
    public void UnitWithNobodyOutsideItsLineIsNotIsolated()
    {
        // Every unit is below acme; a one-unit organization has nobody else at all.
        Organization().Objective("O1", ["G1"], In("acme")).Analyze(AsOf).NoneBy(Isolated);
        new PlanBuilder().Unit("solo").Goal("G1").Objective("O1", ["G1"], In("solo")).Analyze(AsOf).NoneBy(Isolated);
    }

    [Fact]
    public void CrossCuttingGoalCarriedByOneDepartmentIsReported()
    {
        // O1 (sales) and O2 (sales-east, through O1) are both in Sales; O3 names no unit and is left out.
        var result = Organization()
            .Goal("G3", g => g.CrossCutting = true)
            .Objective("O1", ["G3"], In("sales"))
            .Objective("O2", ["O1"], In("sales-east"))
            .Objective("O3", ["G3"])
            .Analyze(AsOf);

        var finding = result.SingleBy(SingleUnit);
        Assert.Equal((ElementKind.Goal, "G3", Severity.Info), (finding.SubjectKind, finding.SubjectId, finding.Severity));
        Assert.Equal(
            "Goal G3 \"Goal G3 of the test organization\" is marked cross-cutting, but only Sales carries it (2 objectives): " +
            "no other department has an objective under it.",
            finding.Message);
    }

    [Theory]
    [InlineData("ceo", true)] // acme is a root unit: the goal is taken as cross-cutting
    [InlineData("sam", false)] // sales is not
    public void GoalOwnedFromTheTopUnitIsCrossCuttingUnlessMarked(string owner, bool reported)
    {
        var result = Organization()
            .Goal("G3", g => g.Owner = owner)
            .Objective("O1", ["G3"], In("sales"))
            .Analyze(AsOf);

        Assert.Equal(reported ? ["G3"] : [], result.By(SingleUnit).Select(f => f.SubjectId));
        if (reported)
        {
            Assert.StartsWith(
                "Goal G3 \"Goal G3 of the test organization\" is owned at the top of the organization, but only Sales carries it (1 objective):",
                result.SingleBy(SingleUnit).Message);
        }
    }

    [Fact]
    public void GoalCarriedByTwoDepartmentsOrMarkedNotCrossCuttingIsNotReported()
    {
        // G3: Sales and, through a child objective of Sales's O1, Operations. G4: owned from the top, marked false.
        // G5: marked cross-cutting, but no objective under it names a unit.
        var result = Organization()
            .Goal("G3", g => g.CrossCutting = true)
            .Goal("G4", g => (g.Owner, g.CrossCutting) = ("ceo", false))
            .Goal("G5", g => g.CrossCutting = true)
            .Objective("O1", ["G3"], In("sales"))
            .Objective("O2", ["O1"], In("ops"))
            .Objective("O3", ["G4"], In("legal"))
            .Objective("O4", ["G5"])
            .Analyze(AsOf);

        result.NoneBy(SingleUnit);
    }
}
