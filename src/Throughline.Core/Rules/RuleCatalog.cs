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
        new("ownership/overloaded", Severity.Warning, "A person who owns more open objectives, key results and initiatives than one person can follow.")
        {
            Parameters = new Dictionary<string, double> { ["limit"] = 10 },
        },
        new("capacity/over-committed", Severity.Warning, "A unit whose initiatives need more person-weeks in a month than its people have.")
        {
            Parameters = new Dictionary<string, double> { ["tolerance"] = 0 },
        },
        new("capacity/too-many-initiatives", Severity.Warning, "A unit running more initiatives at once than its limit.")
        {
            Parameters = new Dictionary<string, double> { ["limit"] = 5 },
        },
        new("dependency/cycle", Severity.Error, "Initiatives that depend on each other in a circle: none of them can start."),
        new("dependency/out-of-order", Severity.Warning, "An initiative planned to start before an initiative it depends on ends."),
        new("dependency/late-for-objective", Severity.Warning, "An objective whose supporting chain of initiatives cannot finish before it is due."),
        new("priority/inflation", Severity.Warning, "Too many goals, objectives or initiatives share the top priority or are tagged urgent.")
        {
            Parameters = new Dictionary<string, double> { ["share"] = 0.3 },
        },
        new("priority/tie", Severity.Warning, "Two goals with the same priority rank: the plan does not say which comes first."),
        new("silo/isolated-unit", Severity.Warning, "A unit that shares no goal and no dependency with any other unit."),
        new("silo/conflicting-key-results", Severity.Warning, "Key results of different units that pull the same metric in opposite directions."),
        new("gap/goal-single-unit", Severity.Info, "A cross-cutting goal carried by a single department."),
        new("horizon/short-termism", Severity.Warning, "Nearly all objectives span a quarter or less and none reaches beyond the current year.")
        {
            Parameters = new Dictionary<string, double> { ["share"] = 0.9 },
        },
        new("stage/act-before-engage", Severity.Warning, "An initiative that acts before anyone has engaged: no owner, no team, or nobody below the executive level."),
        new("stage/transform-without-outcome", Severity.Warning, "An initiative that claims the transform stage with no measured outcome to show for it."),
        new("stage/skipped", Severity.Info, "An initiative that claims a BEAT stage whose earlier stages' criteria are not met."),
    ];

    /// <summary>
    /// Rules the server computes from what people did with strategic messages, which the plan file does not hold
    /// (docs/messages.md#findings). A plan's <c>rules:</c> section sets them like the engine's rules; the engine
    /// itself, and so the CLI, never reports them.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> Server { get; } =
    [
        new("communication/unacknowledged", Severity.Warning, "Talking points whose recipients have not acknowledged the message within a set number of days of receiving it.")
        {
            Parameters = new Dictionary<string, double> { ["days"] = 7 },
        },
        new("communication/not-understood", Severity.Warning, "Talking points whose reviewed restatements show the message understood by too few.")
        {
            Parameters = new Dictionary<string, double> { ["share"] = 0.8 },
        },
        new("communication/no-examples", Severity.Warning, "Talking points that name no concrete example of the department's own work."),
    ];

    private static readonly Dictionary<string, RuleDescriptor> ById =
        All.ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    private static readonly Dictionary<string, RuleDescriptor> ServerById =
        Server.ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    /// <summary>The ids of the engine's rules.</summary>
    public static IEnumerable<string> Ids => ById.Keys;

    /// <summary>Every rule a plan's <c>rules:</c> section may set: the engine's, then the server's.</summary>
    public static IReadOnlyList<RuleDescriptor> Settable { get; } = [.. All, .. Server];

    /// <summary>The ids of <see cref="Settable"/>.</summary>
    public static IEnumerable<string> SettableIds => Settable.Select(rule => rule.Id);

    /// <summary>An engine or server rule by id; null when there is none.</summary>
    public static RuleDescriptor? Find(string id) => ById.GetValueOrDefault(id) ?? ServerById.GetValueOrDefault(id);
}
