using Throughline.Core.Silos;

namespace Throughline.Core.Tests.Silos;

/// <summary>
/// The silo map of a small organization with two departments under one root:
/// <code>
/// acme ─┬─ sales ─┬─ sales-east
///       │         └─ launch      (a cross-functional team with people from both departments)
///       └─ ops ───── ops-warehouse
/// </code>
/// </summary>
public class SiloMapTests
{
    // O0 (acme) → G1; O1 (sales) → G1, G2; O2 (sales-east) → O1, so it serves G1 and G2 too;
    // O3 (ops) → G1; O4 (ops-warehouse) → G3; O5 (launch) → G2.
    // I1 (ops-warehouse) depends on I2 (launch): across departments. I3 (sales-east) depends on I4 (sales):
    // along one line, so it is no link.
    private static SiloMap Map(bool warehouseDependsOnLaunch = true) => new PlanBuilder()
        .Unit("acme").Unit("sales", "acme").Unit("sales-east", "sales").Unit("ops", "acme").Unit("ops-warehouse", "ops")
        .Unit("launch", "sales", u => u.Members = ["olga", "walt", "eve", "sam", "lena", "olga"])
        .Person("ceo", "acme").Person("sam", "sales").Person("eve", "sales-east").Person("olga", "ops")
        .Person("walt", "ops-warehouse").Person("lena", "launch")
        .Goal("G1").Goal("G2").Goal("G3")
        .Objective("O0", ["G1"], o => o.Unit = "acme")
        .Objective("O1", ["G1", "G2"], o => o.Unit = "sales")
        .Objective("O2", ["O1"], o => o.Unit = "sales-east")
        .Objective("O3", ["G1"], o => o.Unit = "ops")
        .Objective("O4", ["G3"], o => o.Unit = "ops-warehouse")
        .Objective("O5", ["G2"], o => o.Unit = "launch")
        .Initiative("I1", ["O4"], i => (i.Unit, i.DependsOn) = ("ops-warehouse", warehouseDependsOnLaunch ? ["I2"] : []))
        .Initiative("I2", ["O5"], i => i.Unit = "launch")
        .Initiative("I3", ["O2"], i => (i.Unit, i.DependsOn) = ("sales-east", ["I4"]))
        .Initiative("I4", ["O1"], i => i.Unit = "sales")
        .Analyze("2026-03-06")
        .Silos;

    [Fact]
    public void ListsEveryUnitThatCarriesObjectivesOrInitiativesInPlanOrder()
    {
        var map = Map();

        Assert.Equal(["acme", "sales", "sales-east", "ops", "ops-warehouse", "launch"], map.Units.Select(u => u.UnitId));
        Assert.Equal(["acme", "sales", "sales", "ops", "ops", "sales"], map.Units.Select(u => u.DepartmentId));
        Assert.Equal([1, 1, 1, 1, 1, 1], map.Units.Select(u => u.ObjectiveCount));
        Assert.Equal([0, 1, 1, 0, 1, 1], map.Units.Select(u => u.InitiativeCount));
        Assert.Null(map.Find("ghost"));
    }

    [Fact]
    public void UnitGoalsIncludeThoseServedThroughParentObjectives()
    {
        var map = Map();

        Assert.Equal(["G1", "G2"], map.Find("sales-east")!.Goals);
        Assert.Equal(["G1", "G2"], map.Find("sales")!.Goals);
        Assert.Equal(["G3"], map.Find("ops-warehouse")!.Goals);
    }

    [Fact]
    public void SharedGoalsCountOnlyUnitsOutsideTheUnitsOwnLine()
    {
        var map = Map();

        // G1 is served by acme, sales, sales-east and ops. For ops, acme is above it: sales and sales-east remain.
        Assert.Equal(["G1 (2): sales, sales-east"], Shared(map, "ops"));

        // For sales, acme is above and sales-east below: only ops. G2's other units (sales-east, launch) are below it.
        Assert.Equal(["G1 (1): ops"], Shared(map, "sales"));

        // sales-east and launch are siblings, not on one line: G2 links them.
        Assert.Equal(["G1 (1): ops", "G2 (1): launch"], Shared(map, "sales-east"));
        Assert.Equal(["G2 (1): sales-east"], Shared(map, "launch"));

        // Every other unit is below the root.
        Assert.Empty(map.Find("acme")!.SharedGoals);
        Assert.Empty(map.Find("ops-warehouse")!.SharedGoals);
    }

    [Fact]
    public void DependenciesAcrossLinesAreListedFromBothEnds()
    {
        var map = Map();

        Assert.Equal([new UnitDependency("I1", "launch", "I2")], map.Find("ops-warehouse")!.DependsOn);
        Assert.Empty(map.Find("ops-warehouse")!.DependedOnBy);
        Assert.Equal([new UnitDependency("I2", "ops-warehouse", "I1")], map.Find("launch")!.DependedOnBy);
        Assert.Empty(map.Find("launch")!.DependsOn);

        // I3 → I4 runs from sales-east up to its own department.
        Assert.Empty(map.Find("sales-east")!.DependsOn);
        Assert.Empty(map.Find("sales")!.DependedOnBy);
    }

    [Fact]
    public void TeamWithPeopleFromTwoDepartmentsIsABridge()
    {
        var map = Map();

        // launch: lena at home (sales); listed eve (sales-east → sales), sam (sales), olga (ops), walt (ops-warehouse → ops).
        // lena is listed again and olga twice: each person counts once. sales 3, ops 2.
        var bridge = Assert.Single(map.Bridges);
        Assert.Equal("launch", bridge.UnitId);
        Assert.Equal([new DepartmentMembers("sales", 3), new DepartmentMembers("ops", 2)], bridge.Departments);
        Assert.Same(bridge, map.Find("launch")!.Bridge);
        Assert.Null(map.Find("sales")!.Bridge);
    }

    [Fact]
    public void DepartmentSummaryAddsUpGoalsDependenciesAndBridges()
    {
        var map = Map();

        // G1 is served in acme, sales and ops; acme is above both, so only sales × ops counts it. G2 stays in sales,
        // G3 in ops. I1 → I2 runs from ops to sales. launch draws people from both.
        var link = Assert.Single(map.Departments);
        Assert.Equal(("sales", "ops", 1, 1), (link.DepartmentId, link.OtherDepartmentId, link.SharedGoals, link.Dependencies));
        Assert.Equal(["launch"], link.BridgeTeams);
    }

    [Fact]
    public void NoUnitOfTheMapIsIsolated()
    {
        // acme shares nothing, but no unit lies outside its line; ops-warehouse shares no goal but depends on launch.
        Assert.All(Map().Units, u => Assert.False(u.IsIsolated, u.UnitId));
    }

    [Fact]
    public void WithoutItsDependencyTheWarehouseIsIsolated()
    {
        var map = Map(warehouseDependsOnLaunch: false);

        Assert.Equal(["ops-warehouse"], map.Units.Where(u => u.IsIsolated).Select(u => u.UnitId));
        Assert.Equal(0, Assert.Single(map.Departments).Dependencies);
    }

    /// <summary>"G1 (2): sales, sales-east": each shared goal with its count and its other units.</summary>
    private static List<string> Shared(SiloMap map, string unit) =>
        [.. map.Find(unit)!.SharedGoals.Select(s => $"{s.GoalId} ({s.OtherUnitCount}): {string.Join(", ", s.OtherUnitIds)}")];
}
