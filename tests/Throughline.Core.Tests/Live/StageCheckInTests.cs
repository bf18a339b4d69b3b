using Throughline.Core.Analysis;
using Throughline.Core.Live;
using Throughline.Core.Model;
using Throughline.Core.Tests.Rules;

namespace Throughline.Core.Tests.Live;

/// <summary>A check-in re-judges the initiatives that claim transform by the key results they move.</summary>
public class StageCheckInTests
{
    private static readonly DateOnly AsOf = PlanBuilder.Day("2026-03-06");

    [Fact]
    public void CheckInThatShowsProgressRemovesTheFindingAndOneAtTheBaselineBringsItBack()
    {
        var live = new LiveAnalysis(Plan().Build(), AsOf);
        Assert.Equal(["I1", "I2"], live.Current.By("stage/transform-without-outcome").Select(f => f.SubjectId));

        var moved = live.CheckIn("KR1", AsOf, 20);
        Assert.Equal(["I1", "I2"], moved.FindingsRemoved.Where(f => f.RuleId == "stage/transform-without-outcome").Select(f => f.SubjectId));
        Assert.Equal(Analyzer.Analyze(Plan().CheckIn("KR1", "2026-03-06", 20).Build(), AsOf).Findings, live.Current.Findings);

        var back = live.CheckIn("KR1", AsOf, 0);
        Assert.Equal(["I1", "I2"], back.FindingsAdded.Where(f => f.RuleId == "stage/transform-without-outcome").Select(f => f.SubjectId));
        Assert.Equal(
            Analyzer.Analyze(Plan().CheckIn("KR1", "2026-03-06", 20).CheckIn("KR1", "2026-03-06", 0).Build(), AsOf).Findings,
            live.Current.Findings);
    }

    [Fact]
    public void CheckInOnAnotherKeyResultLeavesTheInitiativeAlone()
    {
        var live = new LiveAnalysis(Plan().Build(), AsOf);

        var change = live.CheckIn("KR3", AsOf, 20);

        Assert.DoesNotContain(change.FindingsRemoved, f => f.RuleId == "stage/transform-without-outcome");
        Assert.Equal(2, live.Current.By("stage/transform-without-outcome").Count);
    }

    // I1 supports O1 (and so KR1), I2 supports KR1 directly; KR3 belongs to O2, which neither supports.
    private static PlanBuilder Plan() => new PlanBuilder()
        .Goal("G1")
        .Objective("O1", ["G1"]).KeyResult("O1", "KR1", 0, 100)
        .Objective("O2", ["G1"]).KeyResult("O2", "KR3", 0, 100)
        .Initiative("I1", ["O1"], i => i.Stage = ChangeStage.Transform)
        .Initiative("I2", ["KR1"], i => i.Stage = ChangeStage.Transform);
}
