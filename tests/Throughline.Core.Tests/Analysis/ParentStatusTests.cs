using Throughline.Core.Analysis;
using static Throughline.Core.Tests.Analysis.Shape;

namespace Throughline.Core.Tests.Analysis;

/// <summary>
/// The status of an objective, goal or the vision from the weighted health of its children: on track and
/// done count 1, at risk 0.5, off track 0; not started is left out.
/// </summary>
public class ParentStatusTests
{
    private const string AsOf = "2026-01-11";

    /// <summary>
    /// Adds a key result that ends up with the given status. The objective runs 2026-01-01 to 2026-04-11
    /// (100 days); check-ins of 0 on day 0 and 10 on day 10 give a slope of 1 a day and a projection of 100,
    /// so the target alone sets the status: 100 → 100 / 100 = 1 (on track), 125 → 0.8 (at risk),
    /// 200 → 0.5 (off track); a target of 10 is reached (done); no check-in 10 days in (0.1 &lt; 0.25) is not started.
    /// </summary>
    private static PlanBuilder WithKeyResult(PlanBuilder plan, string objective, string id, ProgressStatus status, double weight = 1)
    {
        (string, double)[] trend = [("2026-01-01", 0), ("2026-01-11", 10)];
        return status switch
        {
            ProgressStatus.OnTrack => plan.KeyResult(objective, id, 0, 100, trend, Weight(weight)),
            ProgressStatus.AtRisk => plan.KeyResult(objective, id, 0, 125, trend, Weight(weight)),
            ProgressStatus.OffTrack => plan.KeyResult(objective, id, 0, 200, trend, Weight(weight)),
            ProgressStatus.Done => plan.KeyResult(objective, id, 0, 10, trend, Weight(weight)),
            _ => plan.KeyResult(objective, id, 0, 100, [], Weight(weight)),
        };
    }

    private static PlanBuilder Plan() =>
        new PlanBuilder().Goal("G1").Objective("O1", ["G1"], Period("2026-01-01", "2026-04-11"));

    private static AnalysisResult ObjectiveWith(params (ProgressStatus Status, double Weight)[] keyResults)
    {
        var plan = Plan();
        for (var i = 0; i < keyResults.Length; i++)
        {
            plan = WithKeyResult(plan, "O1", $"KR{i + 1}", keyResults[i].Status, keyResults[i].Weight);
        }

        var result = plan.Analyze(AsOf);
        for (var i = 0; i < keyResults.Length; i++)
        {
            Assert.Equal(keyResults[i].Status, result.KeyResult(i).Status);
        }

        return result;
    }

    [Fact]
    public void AllChildrenDoneIsDoneAllTheWayUp()
    {
        var result = ObjectiveWith((ProgressStatus.Done, 1), (ProgressStatus.Done, 1));

        Assert.Equal(new ItemState(1.0, ProgressStatus.Done), result.Objective(0));
        Assert.Equal(new ItemState(1.0, ProgressStatus.Done), result.Goal(0));
        Assert.Equal(new ItemState(1.0, ProgressStatus.Done), result.Vision);
    }

    [Fact]
    public void AllChildrenNotStartedIsNotStarted()
    {
        var result = ObjectiveWith((ProgressStatus.NotStarted, 1), (ProgressStatus.NotStarted, 1));

        Assert.Equal(ProgressStatus.NotStarted, result.Objective(0).Status);
        Assert.Equal(ProgressStatus.NotStarted, result.Goal(0).Status);
    }

    [Theory]
    [InlineData(ProgressStatus.OnTrack, 4, ProgressStatus.OffTrack, 1, ProgressStatus.OnTrack)] // (4 × 1 + 1 × 0) / 5 = 0.8, the on-track threshold
    [InlineData(ProgressStatus.OnTrack, 3, ProgressStatus.OffTrack, 1, ProgressStatus.AtRisk)] // 3 / 4 = 0.75
    [InlineData(ProgressStatus.Done, 1, ProgressStatus.OffTrack, 1, ProgressStatus.AtRisk)] // (1 + 0) / 2 = 0.5, the at-risk threshold
    [InlineData(ProgressStatus.OnTrack, 1, ProgressStatus.AtRisk, 2, ProgressStatus.AtRisk)] // (1 + 2 × 0.5) / 3 = 0.67
    [InlineData(ProgressStatus.AtRisk, 1, ProgressStatus.OffTrack, 1, ProgressStatus.OffTrack)] // (0.5 + 0) / 2 = 0.25
    [InlineData(ProgressStatus.OnTrack, 1, ProgressStatus.OffTrack, 2, ProgressStatus.OffTrack)] // 1 / 3 = 0.33
    public void WeightedHealthClassifiesTheParent(
        ProgressStatus first, double firstWeight, ProgressStatus second, double secondWeight, ProgressStatus expected) =>
        Assert.Equal(expected, ObjectiveWith((first, firstWeight), (second, secondWeight)).Objective(0).Status);

    [Fact]
    public void NotStartedChildrenAreLeftOutOfHealthButNotOutOfProgress()
    {
        var result = ObjectiveWith((ProgressStatus.OnTrack, 1), (ProgressStatus.OffTrack, 1), (ProgressStatus.NotStarted, 1));

        // Health (1 + 0) / 2 = 0.5: at risk (counting not started as 0 would give 1 / 3, off track).
        Assert.Equal(ProgressStatus.AtRisk, result.Objective(0).Status);
        // Progress: on track 10 / 100 = 0.1, off track 10 / 200 = 0.05, not started 0; (0.1 + 0.05 + 0) / 3.
        Assert.Equal(0.05, result.Objective(0).Progress, 10);
    }

    [Fact]
    public void DoneAndNotStartedChildrenMakeAnOnTrackParent()
    {
        // Not all done, so not done; the only child with a health is done (1): 1 / 1 ≥ 0.8.
        var result = ObjectiveWith((ProgressStatus.Done, 1), (ProgressStatus.NotStarted, 1));

        Assert.Equal(ProgressStatus.OnTrack, result.Objective(0).Status);
    }

    [Fact]
    public void GoalStatusComesFromItsObjectivesByContributionWeight()
    {
        var plan = new PlanBuilder()
            .Goal("G1")
            .Objective("O1", [], o => { Period("2026-01-01", "2026-04-11")(o); ContributesTo(("G1", 4))(o); })
            .Objective("O2", [], o => { Period("2026-01-01", "2026-04-11")(o); ContributesTo(("G1", 1))(o); });
        plan = WithKeyResult(plan, "O1", "KR1", ProgressStatus.OnTrack);
        plan = WithKeyResult(plan, "O2", "KR2", ProgressStatus.OffTrack);

        var result = plan.Analyze(AsOf);

        // (4 × 1 + 1 × 0) / (4 + 1) = 0.8: on track (unweighted, (1 + 0) / 2 = 0.5 would be at risk).
        Assert.Equal(ProgressStatus.OnTrack, result.Objective(0).Status);
        Assert.Equal(ProgressStatus.OffTrack, result.Objective(1).Status);
        Assert.Equal(ProgressStatus.OnTrack, result.Goal(0).Status);
    }
}
