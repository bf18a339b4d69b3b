using Throughline.Core.Analysis;
using Throughline.Core.Silos;

namespace Throughline.Core.Tests.Silos;

public class ServedGoalsTests
{
    // O3 → O2 and O1 (and G1 directly); O2 → O1 and G2; O1 → G1; O4 serves nothing. O3 comes first in the
    // file: goals still flow from parents to children whatever the order written.
    private static (ServedGoals Served, PlanGraph Graph) Diamond()
    {
        var graph = PlanGraphBuilder.Build(new PlanBuilder()
            .Unit("u1").Unit("u2")
            .Goal("G1").Goal("G2").Goal("G3")
            .Objective("O3", ["O2", "O1", "G1"], o => o.Unit = "u1")
            .Objective("O2", ["O1", "G2"], o => o.Unit = "u1")
            .Objective("O1", ["G1"], o => o.Unit = "u2")
            .Objective("O4", [], o => o.Unit = "u2")
            .Objective("O5", ["G3"])
            .Build());
        return (new ServedGoals(graph), graph);
    }

    [Fact]
    public void ObjectiveServesItsGoalsAndThoseOfItsParentObjectivesOnce()
    {
        var (served, _) = Diamond();

        // Goal indices: G1 0, G2 1, G3 2. O3 reaches G1 three ways and G2 through O2.
        Assert.Equal([0, 1], served.ByObjective[0]);
        Assert.Equal([0, 1], served.ByObjective[1]);
        Assert.Equal([0], served.ByObjective[2]);
        Assert.Empty(served.ByObjective[3]);
        Assert.Equal([2], served.ByObjective[4]);
    }

    [Fact]
    public void GoalsListTheUnitsOfTheObjectivesThatServeThem()
    {
        var (served, _) = Diamond();

        // G1: O3 and O2 (u1), O1 (u2). G2: O3 and O2 (u1). G3: only O5, which names no unit.
        Assert.Equal([0, 1], served.UnitsOf[0]);
        Assert.Equal([0], served.UnitsOf[1]);
        Assert.Empty(served.UnitsOf[2]);
        Assert.Equal([3, 2, 0], served.ObjectivesWithUnit);
        Assert.Equal([0, 1], served.GoalsOfUnit[0]);
        Assert.Equal([0], served.GoalsOfUnit[1]);
    }
}
