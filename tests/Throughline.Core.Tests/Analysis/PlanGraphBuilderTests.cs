using Throughline.Core.Analysis;

namespace Throughline.Core.Tests.Analysis;

public class PlanGraphBuilderTests
{
    [Fact]
    public void KeyResultsAreNumberedObjectiveByObjectiveWithSuccessMeasuresLast()
    {
        var plan = new PlanBuilder()
            .SuccessMeasure("VS1", 0, 100)
            .SuccessMeasure("VS2", 0, 100)
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1a", 0, 100)
            .KeyResult("O1", "KR1b", 0, 100)
            .Objective("O2", ["G1"])
            .Objective("O3", ["G1"])
            .KeyResult("O3", "KR3", 0, 100)
            .Build();

        var graph = PlanGraphBuilder.Build(plan);

        Assert.Equal(5, graph.KeyResultCount);
        Assert.Equal(["KR1a", "KR1b", "KR3", "VS1", "VS2"], Enumerable.Range(0, 5).Select(k => graph.KeyResult(k).Id));
        Assert.Equal(3, graph.FirstSuccessMeasure);
        Assert.Equal(0..2, graph.KeyResultsOf(0));
        Assert.Equal(0, graph.KeyResultCountOf(1)); // O2 has none: 2..2
        Assert.Equal(2..3, graph.KeyResultsOf(2));
        Assert.Equal("O3", graph.ObjectiveOf(2)?.Id);
        Assert.Null(graph.ObjectiveOf(3));
        Assert.Equal(new NodeRef(ElementKind.KeyResult, 4), graph.Find("VS2"));
        Assert.Equal(new NodeRef(ElementKind.Objective, 2), graph.Find("O3"));
        Assert.Null(graph.Find("nothing"));
    }

    [Fact]
    public void ObjectivesAreOrderedChildrenFirst()
    {
        // O1 → G1; O2 → O1; O3 → O2; O4 → O1 and O2. Written parents first.
        var plan = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Objective("O2", ["O1"])
            .Objective("O3", ["O2"])
            .Objective("O4", ["O1", "O2"])
            .Build();

        var order = PlanGraphBuilder.Build(plan).ObjectivesChildrenFirst;

        Assert.Equal([0, 1, 2, 3], order.Order());
        var position = order.Select((o, at) => (o, at)).ToDictionary(p => p.o, p => p.at);
        foreach (var (child, parent) in new[] { (1, 0), (2, 1), (3, 0), (3, 1) })
        {
            Assert.True(position[child] < position[parent], $"O{child + 1} must come before O{parent + 1}");
        }
    }

    [Fact]
    public void ACycleStillListsEachObjectiveOnce()
    {
        // The reader rejects cycles; the builder must not loop or drop an objective if one gets through.
        var plan = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", ["G1", "O2"])
            .Objective("O2", ["O1"])
            .Build();

        Assert.Equal([0, 1], PlanGraphBuilder.Build(plan).ObjectivesChildrenFirst.Order());
    }
}
