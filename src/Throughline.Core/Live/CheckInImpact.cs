using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>How a check-in can change the findings of a rule (docs/live-analysis.md explains each class).</summary>
internal enum CheckInImpact
{
    /// <summary>The rule reads nothing a check-in changes: structure, dates, owners, work, the as-of date.</summary>
    None,

    /// <summary>The rule reads the forecast of each key result: only the checked-in key result's finding can change.</summary>
    KeyResultForecast,

    /// <summary>
    /// The rule reports an objective unless the objective is done, and reads nothing else a check-in changes:
    /// its finding can appear or disappear only when the objective moves in or out of done.
    /// </summary>
    ObjectiveUnlessDone,

    /// <summary>
    /// The rule judges each person by the open (not done) items they own: a check-in that moves an owned key
    /// result or objective in or out of done re-judges that one owner.
    /// </summary>
    OwnerOpenItems,

    /// <summary>The rule counts the plan's open objectives: it is run again when an objective moves in or out of done.</summary>
    PlanOpenObjectives,

    /// <summary>
    /// The rule judges each initiative by the forecasts of the key results it moves: a check-in re-judges the
    /// initiatives that support the key result or its objective.
    /// </summary>
    InitiativeOutcome,
}

/// <summary>The impact of a check-in on every rule of the catalog; a rule missing here fails the live-analysis tests.</summary>
internal static class CheckInImpacts
{
    public static IReadOnlyDictionary<string, CheckInImpact> ByRule { get; } = new Dictionary<string, CheckInImpact>(StringComparer.Ordinal)
    {
        ["vision/vague"] = CheckInImpact.None,
        ["vision/no-success-measure"] = CheckInImpact.None,
        ["vision/no-horizon"] = CheckInImpact.None,
        ["gap/goal-without-objectives"] = CheckInImpact.None,
        ["gap/objective-without-key-results"] = CheckInImpact.None,
        ["gap/objective-without-work"] = CheckInImpact.ObjectiveUnlessDone,
        ["gap/orphan-initiative"] = CheckInImpact.None,
        ["gap/orphan-action"] = CheckInImpact.None,
        ["smart/not-specific"] = CheckInImpact.None,
        ["smart/not-measurable"] = CheckInImpact.None,
        ["smart/not-achievable"] = CheckInImpact.KeyResultForecast,
        ["smart/not-relevant"] = CheckInImpact.None,
        ["smart/not-time-bound"] = CheckInImpact.None,
        ["tracking/stale"] = CheckInImpact.KeyResultForecast,
        ["tracking/off-track"] = CheckInImpact.KeyResultForecast,
        ["tracking/at-risk"] = CheckInImpact.KeyResultForecast,
        ["tracking/low-confidence"] = CheckInImpact.KeyResultForecast,
        ["ownership/missing-owner"] = CheckInImpact.None,
        ["ownership/overloaded"] = CheckInImpact.OwnerOpenItems,
        ["capacity/over-committed"] = CheckInImpact.None,
        ["capacity/too-many-initiatives"] = CheckInImpact.None,
        ["dependency/cycle"] = CheckInImpact.None,
        ["dependency/out-of-order"] = CheckInImpact.None,
        ["dependency/late-for-objective"] = CheckInImpact.ObjectiveUnlessDone,
        ["priority/inflation"] = CheckInImpact.PlanOpenObjectives,
        ["priority/tie"] = CheckInImpact.None,
        ["silo/isolated-unit"] = CheckInImpact.None,
        ["silo/conflicting-key-results"] = CheckInImpact.None,
        ["gap/goal-single-unit"] = CheckInImpact.None,
        ["horizon/short-termism"] = CheckInImpact.PlanOpenObjectives,
        ["stage/act-before-engage"] = CheckInImpact.None,
        ["stage/transform-without-outcome"] = CheckInImpact.InitiativeOutcome,
        ["stage/skipped"] = CheckInImpact.None,
    };

    /// <summary>The rule implementations with the given impact, in the catalog's order.</summary>
    /// <remarks>
    /// An unclassified rule is an error, not a default: guessing "none" would leave its findings stale after
    /// check-ins without anyone noticing.
    /// </remarks>
    public static Rule[] RulesWith(CheckInImpact impact) =>
        RuleSet.All.Where(rule => ImpactOf(rule.Descriptor.Id) == impact).ToArray();

    public static CheckInImpact ImpactOf(string ruleId) =>
        ByRule.TryGetValue(ruleId, out var impact)
            ? impact
            : throw new InvalidOperationException($"Rule {ruleId} does not say how a check-in affects it; add it to {nameof(CheckInImpacts)}.");
}
