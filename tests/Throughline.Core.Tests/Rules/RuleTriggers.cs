using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

/// <summary>
/// For every rule in the catalog, the smallest plan that makes it fire as of <see cref="AsOf"/>. The family
/// test classes check each rule's numbers and boundaries; these plans check what the <c>rules:</c> section does.
/// </summary>
internal static class RuleTriggers
{
    public const string AsOf = "2026-03-06";

    public static IReadOnlyDictionary<string, Func<PlanBuilder>> ById { get; } = new Dictionary<string, Func<PlanBuilder>>
    {
        ["vision/vague"] = () => new PlanBuilder().Vision("Be the leading supplier in the region"),
        ["vision/no-success-measure"] = () => new PlanBuilder().Vision("Every household in our region buys clean power"),
        ["vision/no-horizon"] = () => new PlanBuilder().Vision("Every household in our region buys clean power", horizon: null),
        ["gap/goal-without-objectives"] = () => new PlanBuilder().Goal("G1"),
        ["gap/objective-without-key-results"] = () => new PlanBuilder().Goal("G1").Objective("O1", ["G1"]),
        ["gap/objective-without-work"] = () => Measured(),
        ["gap/orphan-initiative"] = () => new PlanBuilder().Initiative("I1", []),
        ["gap/orphan-action"] = () => new PlanBuilder().Action("A1", initiative: null),
        ["smart/not-specific"] = () => new PlanBuilder().Goal("G1").Objective("O1", ["G1"], o => o.Title = "Growth"),
        ["smart/not-measurable"] = () => Measured(kr => kr.Unit = null),
        // 0 → 4 in 28 days is 1 a week; reaching 400 needs (400 - 4) / (364 - 64) days × 7 = 9.24 a week.
        ["smart/not-achievable"] = () => Measured(checkIns: [("2026-01-01", 0), ("2026-01-29", 4)], target: 400),
        ["smart/not-relevant"] = () => new PlanBuilder().Objective("O1", []),
        ["smart/not-time-bound"] = () => new PlanBuilder().Goal("G1").Objective("O1", ["G1"], o => o.Due = null),
        // Monthly: 2026-01-01 → 2026-03-06 is 64 silent days, more than 30 × 1.5 = 45.
        ["tracking/stale"] = () => Measured(),
        // 0 → 10 by day 59 of 364 projects 10 × 364 / 59 = 61.7, 62% of 100.
        ["tracking/off-track"] = () => Measured(checkIns: [("2026-01-01", 0), ("2026-03-01", 10)]),
        // 0 → 14 by day 59 projects 14 × 364 / 59 = 86.4, 86% of 100.
        ["tracking/at-risk"] = () => Measured(checkIns: [("2026-01-01", 0), ("2026-03-01", 14)]),
        ["tracking/low-confidence"] = () => Measured().CheckIn("KR1", "2026-03-01", 20, confidence: 0.2),
        ["ownership/missing-owner"] = () => new PlanBuilder().Goal("G1", g => g.Owner = null),
        // Ana owns 11 open initiatives, over the default limit of 10.
        ["ownership/overloaded"] = () => Enumerable.Range(1, 11)
            .Aggregate(new PlanBuilder().Person("ana"), (plan, n) => plan.Initiative($"I{n}", [], i => i.Owner = "ana")),
        // March 2026: 10 person-weeks against 1 FTE × 31 / 7 = 4.43.
        ["capacity/over-committed"] = () => new PlanBuilder().Unit("ops", configure: u => u.Capacity = 1)
            .Initiative("I1", [], i => (i.Unit, i.Effort, i.Start, i.End) = ("ops", 10, PlanBuilder.Day("2026-03-01"), PlanBuilder.Day("2026-03-31"))),
        // Six initiatives without dates run at once, over the default limit of 5.
        ["capacity/too-many-initiatives"] = () => Enumerable.Range(1, 6)
            .Aggregate(new PlanBuilder().Unit("ops"), (plan, n) => plan.Initiative($"I{n}", [], i => i.Unit = "ops")),
        ["dependency/cycle"] = () => new PlanBuilder().Initiative("I1", [], i => i.DependsOn = ["I1"]),
        // I2 starts 2026-01-10, 20 days before I1, which it depends on, ends on 2026-01-30.
        ["dependency/out-of-order"] = () => new PlanBuilder()
            .Initiative("I1", [], i => (i.Start, i.End) = (PlanBuilder.Day("2026-01-05"), PlanBuilder.Day("2026-01-30")))
            .Initiative("I2", [], i => (i.Start, i.End, i.DependsOn) = (PlanBuilder.Day("2026-01-10"), PlanBuilder.Day("2026-02-28"), ["I1"])),
        // O1 is due 2026-12-31; I1 runs to 2027-01-31, 31 days later.
        ["dependency/late-for-objective"] = () => new PlanBuilder().Goal("G1").Objective("O1", ["G1"])
            .Initiative("I1", ["O1"], i => (i.Start, i.End) = (PlanBuilder.Day("2026-06-01"), PlanBuilder.Day("2027-01-31"))),
        // G1 has priority 1 and G2 is urgent: 2 of 4 goals = 50%, more than 30%.
        ["priority/inflation"] = () => new PlanBuilder()
            .Goal("G1", g => g.Priority = 1).Goal("G2", g => g.Urgent = true).Goal("G3").Goal("G4"),
        ["priority/tie"] = () => new PlanBuilder().Goal("G1", g => g.Priority = 1).Goal("G2", g => g.Priority = 1),
        // Sales serves G1 and operations G2, and no dependency joins them: both work alone.
        ["silo/isolated-unit"] = () => new PlanBuilder().Unit("acme").Unit("sales", "acme").Unit("ops", "acme").Goal("G1").Goal("G2")
            .Objective("O1", ["G1"], o => o.Unit = "sales").Objective("O2", ["G2"], o => o.Unit = "ops"),
        // Sales wants the metric up from 0 to 100, operations down from 100 to 0.
        ["silo/conflicting-key-results"] = () => new PlanBuilder().Unit("sales").Unit("ops").Goal("G1")
            .Objective("O1", ["G1"], o => o.Unit = "sales").KeyResult("O1", "KR1", 0, 100, configure: kr => kr.Metric = "m")
            .Objective("O2", ["G1"], o => o.Unit = "ops").KeyResult("O2", "KR2", 100, 0, configure: kr => kr.Metric = "m"),
        ["gap/goal-single-unit"] = () => new PlanBuilder().Unit("sales").Goal("G1", g => g.CrossCutting = true)
            .Objective("O1", ["G1"], o => o.Unit = "sales"),
        // Four objectives, all due 2026-04-01: within 92 days of 2026-03-06, 4 > 0.9 × 4.
        ["horizon/short-termism"] = () => Enumerable.Range(1, 4)
            .Aggregate(new PlanBuilder().Goal("G1"), (plan, n) => plan.Objective($"O{n}", ["G1"], o => o.Due = PlanBuilder.Day("2026-04-01"))),
        // The owner alone acts: no unit, no actions, nobody below the executive level.
        ["stage/act-before-engage"] = () => new PlanBuilder().Initiative("I1", [], i => i.Stage = ChangeStage.Act),
        // I1 moves no key result at all.
        ["stage/transform-without-outcome"] = () => new PlanBuilder().Initiative("I1", [], i => i.Stage = ChangeStage.Transform),
        // I1 has no description and supports nothing: it skipped believe.
        ["stage/skipped"] = () => new PlanBuilder().Initiative("I1", [], i => (i.Stage, i.Status) = (ChangeStage.Engage, InitiativeStatus.Planned)),
    };

    public static TheoryData<string> Ids()
    {
        var ids = new TheoryData<string>();
        foreach (var id in ById.Keys)
        {
            ids.Add(id);
        }

        return ids;
    }

    private static PlanBuilder Measured(
        Action<KeyResult>? configure = null, (string, double)[]? checkIns = null, double target = 100) =>
        new PlanBuilder().Goal("G1").Objective("O1", ["G1"]).KeyResult("O1", "KR1", 0, target, checkIns, configure);
}
