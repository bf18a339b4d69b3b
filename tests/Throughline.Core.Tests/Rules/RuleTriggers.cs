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
