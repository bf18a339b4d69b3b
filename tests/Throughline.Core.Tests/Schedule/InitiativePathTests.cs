using Throughline.Core.Schedule;

namespace Throughline.Core.Tests.Schedule;

public class InitiativePathTests
{
    private static (Throughline.Core.Analysis.PlanGraph Graph, ObjectiveCriticalPath Path) Chain(int count)
    {
        var builder = new PlanBuilder().Goal("G1").Objective("O1", ["G1"]);
        for (var n = 1; n <= count; n++)
        {
            builder.Initiative($"I{n}", ["O1"], n == 1 ? Dated.Runs("2026-01-01", "2026-01-02") : Dated.Runs("2026-01-01", "2026-01-02", $"I{n - 1}"));
        }

        var result = builder.Analyze("2026-03-01");
        return (result.Graph, result.Schedule.CriticalPath(0)!);
    }

    [Fact]
    public void PathOfTwelveIsWrittenInFull()
    {
        var (graph, path) = Chain(12);

        Assert.Equal("I1 → I2 → I3 → I4 → I5 → I6 → I7 → I8 → I9 → I10 → I11 → I12", InitiativePath.Format(graph, path));
        Assert.Equal(InitiativePath.Format(graph, path), InitiativePath.Format(graph, path.Path));
    }

    [Fact]
    public void LongerPathKeepsItsFirstAndLastNine()
    {
        // 13 initiatives: I1, then 13 − 9 − 1 = 3 left out (I2, I3, I4), then I5 … I13.
        var (graph, path) = Chain(13);

        Assert.Equal("I1 → … (3 more) → I5 → I6 → I7 → I8 → I9 → I10 → I11 → I12 → I13", InitiativePath.Format(graph, path));
        Assert.Equal(InitiativePath.Format(graph, path), InitiativePath.Format(graph, path.Path));
    }
}
