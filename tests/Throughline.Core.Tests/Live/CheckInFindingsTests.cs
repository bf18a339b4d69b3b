using Throughline.Core.Analysis;
using Throughline.Core.Live;

namespace Throughline.Core.Tests.Live;

/// <summary>The findings a check-in can change beyond the key result's own: those that depend on whether an item is done.</summary>
public class CheckInFindingsTests
{
    private static readonly DateOnly AsOf = PlanBuilder.Day("2026-07-02");

    [Fact]
    public void CompletingAnObjectiveWithoutWorkRemovesItsFindingAndReopeningItRestoresIt()
    {
        // No initiative works on O1: gap/objective-without-work, until O1 is done.
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Goal("G1")
            .Objective("O1", ["G1"])
            .KeyResult("O1", "KR1", 0, 100, [("2026-06-01", 40)])
            .Build();
        var live = new LiveAnalysis(plan, AsOf);
        Assert.Contains(live.Current.Findings, f => f.RuleId == "gap/objective-without-work" && f.SubjectId == "O1");

        // 100 of 100: KR1 done, so O1 (its only key result) is done.
        var done = live.CheckIn("KR1", AsOf, 100);
        Assert.Equal(ProgressStatus.Done, live.Current.Objective(0).Status);
        Assert.Contains(done.FindingsRemoved, f => f.RuleId == "gap/objective-without-work" && f.SubjectId == "O1");
        Assert.DoesNotContain(live.Current.Findings, f => f.RuleId == "gap/objective-without-work");
        Assert.Equal(0, live.Current.Scores.FindingsByFamily["gap"]);
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "O1 done");

        // A second entry of the same day corrects the first: 70 of 100, no longer done.
        var reopened = live.CheckIn("KR1", AsOf, 70);
        Assert.Equal(ProgressStatus.OnTrack, live.Current.Objective(0).Status);
        Assert.Contains(reopened.FindingsAdded, f => f.RuleId == "gap/objective-without-work" && f.SubjectId == "O1");
        Assert.Equal(1, live.Current.Scores.FindingsByFamily["gap"]);
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "O1 reopened");
    }

    [Fact]
    public void OwnerDropsBelowTheOpenItemLimitWhenAnObjectiveIsDone()
    {
        // Person p owns O1, O2 and O3, three open objectives against a limit of 2: overloaded.
        var plan = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Person("p")
            .Goal("G1")
            .Objective("O1", ["G1"], o => o.Owner = "p")
            .Objective("O2", ["G1"], o => o.Owner = "p")
            .Objective("O3", ["G1"], o => o.Owner = "p")
            .KeyResult("O1", "KR1", 0, 100, [("2026-06-01", 40)])
            .KeyResult("O2", "KR2", 0, 100, [("2026-06-01", 40)])
            .KeyResult("O3", "KR3", 0, 100, [("2026-06-01", 40)])
            .Rule("ownership/overloaded", parameters: new() { ["limit"] = 2 })
            .Build();
        var live = new LiveAnalysis(plan, AsOf);
        Assert.Contains(live.Current.Findings, f => f.RuleId == "ownership/overloaded" && f.Message.StartsWith("Person p owns 3 open items", StringComparison.Ordinal));

        // O1 done: 2 open items, not more than 2.
        live.CheckIn("KR1", AsOf, 100);
        Assert.DoesNotContain(live.Current.Findings, f => f.RuleId == "ownership/overloaded");
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "O1 done");

        // O1 reopened: 3 again.
        live.CheckIn("KR1", AsOf, 60);
        Assert.Contains(live.Current.Findings, f => f.RuleId == "ownership/overloaded" && f.SubjectId == "p");
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "O1 reopened");
    }

    [Fact]
    public void ReportedOwnerIsCountedAgainWhenOneOfTheirItemsIsDone()
    {
        // Person p owns four open objectives against a limit of 2; finishing one leaves three, still reported.
        var builder = new PlanBuilder()
            .Vision("Every customer gets delivery within three days")
            .Person("p")
            .Goal("G1")
            .Rule("ownership/overloaded", parameters: new() { ["limit"] = 2 });
        for (var i = 1; i <= 4; i++)
        {
            builder.Objective($"O{i}", ["G1"], o => o.Owner = "p").KeyResult($"O{i}", $"KR{i}", 0, 100, [("2026-06-01", 40)]);
        }

        var plan = builder.Build();
        var live = new LiveAnalysis(plan, AsOf);

        var change = live.CheckIn("KR4", AsOf, 100);

        var overloaded = Assert.Single(live.Current.Findings, f => f.RuleId == "ownership/overloaded");
        Assert.StartsWith("Person p owns 3 open items: 3 objectives", overloaded.Message, StringComparison.Ordinal);
        Assert.Contains(change.FindingsRemoved, f => f.RuleId == "ownership/overloaded" && f.Message.StartsWith("Person p owns 4", StringComparison.Ordinal));
        SameAnalysis.Assert(Analyzer.Analyze(plan, AsOf), live.Current, "O4 done");
    }
}
