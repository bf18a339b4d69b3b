using Throughline.Core.Analysis;
using Throughline.Core.Silos;

namespace Throughline.Core.Tests.Silos;

public class UnitLinesTests
{
    // Two trees: a ─┬─ b ── d        numbered in pre-order: a 0, b 1, d 2, c 3, e 4, f 5.
    //               └─ c
    //            e ── f
    private static (UnitLines Lines, Func<string, int> Index) Forest()
    {
        var graph = PlanGraphBuilder.Build(new PlanBuilder()
            .Unit("a").Unit("b", "a").Unit("c", "a").Unit("d", "b").Unit("e").Unit("f", "e")
            .Build());
        return (new UnitLines(graph), id => graph.Find(id)!.Value.Index);
    }

    [Theory]
    [InlineData("d", "a", true)]
    [InlineData("b", "d", true)]
    [InlineData("c", "c", true)]
    [InlineData("d", "c", false)]
    [InlineData("b", "c", false)]
    [InlineData("a", "e", false)]
    [InlineData("c", "f", false)]
    public void UnitsAreOnOneLineWhenOneIsAboveTheOther(string unit, string other, bool expected)
    {
        var (lines, index) = Forest();

        Assert.Equal(expected, lines.SameLine(index(unit), index(other)));
        Assert.Equal(expected, lines.SameLine(index(other), index(unit)));
    }

    [Theory]
    [InlineData("a", 2)] // e, f: all of its own tree is on its line
    [InlineData("d", 3)] // 6 units less itself and its ancestors b and a
    [InlineData("e", 4)] // a, b, c, d
    [InlineData("b", 3)] // c, e, f
    public void OutsideLineCountLeavesOutTheUnitItsAncestorsAndItsDescendants(string unit, int expected)
    {
        var (lines, index) = Forest();

        Assert.Equal(expected, lines.OutsideLineCount(index(unit)));
    }

    [Fact]
    public void OutsideLineCountOfASetLeavesOutTheUnitsOnTheLine()
    {
        var (lines, index) = Forest();
        int[] set = [.. new[] { "a", "d", "c", "f" }.Select(u => lines.Enter[index(u)]).Order()];

        // For b: d is below it and a above it; c and f remain.
        Assert.Equal(2, lines.OutsideLineCount(index("b"), set));

        // For c: a is above it; d and f remain. For a: only f, in the other tree.
        Assert.Equal(2, lines.OutsideLineCount(index("c"), set));
        Assert.Equal(1, lines.OutsideLineCount(index("a"), set));
    }

    [Fact]
    public void UnitsCaughtInACycleAreTreatedAsRoots()
    {
        // The reader rejects x → y → x; a plan built in code can still hold it.
        var graph = PlanGraphBuilder.Build(new PlanBuilder().Unit("x", "y").Unit("y", "x").Build());
        var lines = new UnitLines(graph);

        Assert.False(lines.SameLine(0, 1));
        Assert.Equal(1, lines.OutsideLineCount(0));
    }
}
