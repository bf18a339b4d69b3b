using Throughline.Core.Analysis;
using Throughline.Core.Live;
using Throughline.Core.Tests.Analysis;

namespace Throughline.Core.Tests.Live;

/// <summary>
/// Check-ins on small plans whose roll-ups are worked out by hand. Objectives run from 2026-01-01 to
/// 2026-12-31 (364 days); on 2026-07-02, 182 days in, half of that time has gone.
/// </summary>
public class CheckInRollUpTests
{
    private static readonly DateOnly AsOf = PlanBuilder.Day("2026-07-02");

    [Fact]
    public void CheckInMovesObjectiveGoalsAndVisionByTheComputedAmounts()
    {
        // G1 (vision weight 2) ← O1 (contribution weight 2) and O2 (weight 1); G2 (vision weight 1) ← O1 (weight 1).
        // KR1: 0 → 100 under O1, not checked in yet; KR2: 0 → 10 under O2, done at 10.
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Goal("G1", Shape.GoalWeight(2))
            .Goal("G2", Shape.GoalWeight(1))
            .Objective("O1", [], Shape.ContributesTo(("G1", 2), ("G2", 1)))
            .Objective("O2", [], Shape.ContributesTo(("G1", 1)))
            .KeyResult("O1", "KR1", 0, 100)
            .KeyResult("O2", "KR2", 0, 10, [("2026-06-01", 10)])
            .Build();
        var live = new LiveAnalysis(plan, AsOf);

        // Before: KR1 has progress 0 with half its time gone: pace 0 / 0.5 = 0, off track; O1 (0, off track).
        // G1 = (2 × 0 + 1 × 1) / 3 = 1/3, health (2 × 0 + 1 × 1) / 3 = 1/3 < 0.5: off track. G2 = (0, off track).
        // Vision = (2 × 1/3 + 1 × 0) / 3 = 2/9, health 0: off track.
        Assert.Equal(2.0 / 9, live.Current.Vision.Progress, 12);
        Assert.Equal(ProgressStatus.OffTrack, live.Current.Vision.Status);

        var change = live.CheckIn("KR1", AsOf, 50);

        // KR1 = 50 / 100 = 0.5 with half the time gone: pace 1 ≥ 0.9, on track. O1 = (0.5, on track).
        // G1 = (2 × 0.5 + 1 × 1) / 3 = 2/3, health (2 × 1 + 1 × 1) / 3 = 1: on track. G2 = (0.5, on track).
        // Vision = (2 × 2/3 + 1 × 0.5) / 3 = 11/18, health 1: on track; it moved by 11/18 − 2/9 = 7/18.
        Assert.Equal(0.5, change.Forecast.Progress, 12);
        Assert.Equal(ProgressStatus.OnTrack, change.Forecast.Status);
        Assert.Equal(ProgressStatus.OffTrack, change.Previous.Status);
        (NodeRef Item, double Before, double After, ProgressStatus Status)[] expected =
        [
            (Node(ElementKind.Objective, 0), 0.0, 0.5, ProgressStatus.OnTrack),
            (Node(ElementKind.Goal, 0), 1.0 / 3, 2.0 / 3, ProgressStatus.OnTrack),
            (Node(ElementKind.Goal, 1), 0.0, 0.5, ProgressStatus.OnTrack),
            (Node(ElementKind.Vision, 0), 2.0 / 9, 11.0 / 18, ProgressStatus.OnTrack),
        ];
        Assert.Equal(expected.Length, change.Ancestors.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var ancestor = change.Ancestors[i];
            Assert.Equal(expected[i].Item, ancestor.Item);
            Assert.Equal(expected[i].Before, ancestor.Previous.Progress, 12);
            Assert.Equal(expected[i].After, ancestor.State.Progress, 12);
            Assert.Equal(expected[i].Status, ancestor.State.Status);
        }

        Assert.Equal(7.0 / 18, live.Current.Vision.Progress - (2.0 / 9), 12);
        Assert.Equal(11.0 / 18, live.Current.Scores.OverallProgress, 12);
        Assert.Equal(0.5, live.Current.Objective(0).Progress, 12);
        Assert.Equal(2.0 / 3, live.Current.Goal(0).Progress, 12);

        // KR1 was stale (182 silent days > 30 × 1.5) and off track; checked in today at pace, it is neither.
        Assert.Empty(change.FindingsAdded);
        Assert.Equal(
            ["tracking/off-track", "tracking/stale"],
            change.FindingsRemoved.Where(f => f.SubjectId == "KR1").Select(f => f.RuleId).Order(StringComparer.Ordinal));
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "after KR1 = 50");
    }

    [Fact]
    public void ObjectiveReachedTwiceThroughADiamondIsRecomputedOnceAfterBothPaths()
    {
        // O4 → O2 → O1 and O4 → O3 → O1 → G1. O1 also has KR1 (0 → 100, not checked in: off track).
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Goal("G1")
            .Objective("O1", ["G1"])
            .Objective("O2", ["O1"])
            .Objective("O3", ["O1"])
            .Objective("O4", ["O2", "O3"])
            .KeyResult("O1", "KR1", 0, 100)
            .KeyResult("O4", "KR4", 0, 100)
            .Build();
        var live = new LiveAnalysis(plan, AsOf);

        var change = live.CheckIn("KR4", AsOf, 50);

        // O4, O2 and O3 each = (0.5, on track). O1 = (KR1 0 + O2 0.5 + O3 0.5) / 3 = 1/3, health (0 + 1 + 1) / 3 = 2/3:
        // at risk. Had O1 been recomputed after O2 alone, it would read (0 + 0.5 + 0) / 3 = 1/6.
        var items = change.Ancestors.Select(a => a.Item).ToList();
        Assert.Equal(6, items.Count);
        Assert.Equal(items.Count, items.Distinct().Count());
        Assert.Equal(Node(ElementKind.Objective, 3), items[0]);
        Assert.Equal(Node(ElementKind.Objective, 0), items[3]);
        Assert.Equal([Node(ElementKind.Objective, 1), Node(ElementKind.Objective, 2)], items[1..3].OrderBy(n => n.Index));
        Assert.Equal([Node(ElementKind.Goal, 0), Node(ElementKind.Vision, 0)], items[4..]);
        var o1 = change.Ancestors[3].State;
        Assert.Equal(1.0 / 3, o1.Progress, 12);
        Assert.Equal(ProgressStatus.AtRisk, o1.Status);
        Assert.Equal(1.0 / 3, live.Current.Vision.Progress, 12);
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "after KR4 = 50");
    }

    [Fact]
    public void SuccessMeasureCheckInRecomputesOnlyTheVision()
    {
        // The vision = G1 (weight 1, off track at 0) and success measure VS (weight 1, 0 → 1000, not started).
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .SuccessMeasure("VS", 0, 1000)
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100)
            .Build();
        var live = new LiveAnalysis(plan, AsOf);

        var change = live.CheckIn("VS", AsOf, 500);

        // VS = 500 / 1000 = 0.5; its period starts at its first check-in, today, so no time has gone: on track.
        // Vision = (0 + 0.5) / 2 = 0.25, health (0 + 1) / 2 = 0.5: at risk.
        var vision = Assert.Single(change.Ancestors);
        Assert.Equal(Node(ElementKind.Vision, 0), vision.Item);
        Assert.Equal(0.25, vision.State.Progress, 12);
        Assert.Equal(ProgressStatus.AtRisk, vision.State.Status);
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "after VS = 500");
    }

    [Fact]
    public void EarlierDatedCheckInTakesItsPlaceInTheHistory()
    {
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-03-01", 20), ("2026-05-01", 40)])
            .Build();
        var live = new LiveAnalysis(plan, AsOf);

        var change = live.CheckIn("KR1", PlanBuilder.Day("2026-04-01"), 60);

        // The latest check-in is still 1 May's 40. Days from 1 March: t = 0, 31, 61 with v = 20, 60, 40:
        // n = 3, Σt = 92, Σv = 120, Σt² = 4682, Σtv = 4300; slope = (3 × 4300 − 92 × 120) / (3 × 4682 − 92²) = 1860 / 5582.
        Assert.Equal(40, change.Forecast.Current);
        Assert.Equal(3, change.Forecast.CheckInCount);
        Assert.Equal(1860.0 / 5582, change.Forecast.SlopePerDay, 12);
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "after the April check-in");
    }

    private static NodeRef Node(ElementKind kind, int index) => new(kind, index);
}
