using Throughline.Core.Model;

namespace Throughline.Core.Rules;

/// <summary>Every rule the engine knows, by id. Ids are stable: a plan's <c>rules:</c> section names them.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new("vision/vague", Severity.Warning, "The vision relies on superlatives and buzzwords and names nothing measurable."),
        new("vision/no-success-measure", Severity.Warning, "The vision has no success measures: nobody can tell when it is reached."),
        new("vision/no-horizon", Severity.Warning, "The vision has no horizon date, or the horizon has passed."),
        new("gap/goal-without-objectives", Severity.Warning, "A goal that no objective contributes to: vision without execution."),
        new("gap/objective-without-key-results", Severity.Warning, "An objective with no key results and no contributing objectives: nothing measures it."),
        new("gap/objective-without-work", Severity.Warning, "An objective that no initiative or action works on."),
        new("gap/orphan-initiative", Severity.Warning, "An initiative with no path to a goal: execution without vision."),
        new("gap/orphan-action", Severity.Info, "An action with no path to a goal: execution without vision."),
        new("smart/not-specific", Severity.Info, "An objective whose title is too short or vague to say what will change."),
        new("smart/not-measurable", Severity.Warning, "An objective whose key results lack a baseline, a target, a unit or a range."),
        new("smart/not-achievable", Severity.Warning, "A key result whose remaining distance needs a pace far above the one its check-ins show.")
        {
            Parameters = new Dictionary<string, double> { ["factor"] = 2.0 },
        },
        new("smart/not-relevant", Severity.Warning, "An objective with no path to a goal."),
        new("smart/not-time-bound", Severity.Warning, "An objective with no due date, a due date before its start, or a span over two years."),
        new("tracking/stale", Severity.Warning, "A key result with no check-in within its cadence plus grace.")
        {
            Parameters = new Dictionary<string, double> { ["grace"] = 0.5 },
        },
        new("tracking/off-track", Severity.Error, "A key result whose forecast misses its target by far."),
        new("tracking/at-risk", Severity.Warning, "A key result whose forecast falls short of its target."),
        new("tracking/low-confidence", Severity.Info, "A key result whose latest check-in reports low confidence.")
        {
            Parameters = new Dictionary<string, double> { ["threshold"] = 0.5 },
        },
        new("ownership/missing-owner", Severity.Warning, "A goal, objective, initiative or action that nobody owns."),
    ];

    private static readonly Dictionary<string, RuleDescriptor> ById =
        All.ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    public static IEnumerable<string> Ids => ById.Keys;

    public static RuleDescriptor? Find(string id) => ById.GetValueOrDefault(id);
}
