namespace Throughline.Core.Reports;

/// <summary>The rules whose findings make up the report's two gap lists, the two failure modes of DESIGN.md.</summary>
public static class GapLists
{
    /// <summary>Strategy with nothing measuring or moving it.</summary>
    public static IReadOnlyList<string> VisionWithoutExecutionRules { get; } =
    [
        "gap/goal-without-objectives",
        "gap/objective-without-key-results",
        "gap/objective-without-work",
        "smart/not-measurable",
        "vision/no-success-measure",
    ];

    /// <summary>Work and objectives with no path up to a goal.</summary>
    public static IReadOnlyList<string> ExecutionWithoutVisionRules { get; } =
    [
        "gap/orphan-initiative",
        "gap/orphan-action",
        "smart/not-relevant",
    ];

    /// <summary>The findings of the given rules, grouped by rule in the order given, each group in file order.</summary>
    internal static IReadOnlyList<FindingLine> Select(IReadOnlyList<FindingLine> findings, IReadOnlyList<string> rules) =>
        rules.SelectMany(rule => findings.Where(f => f.RuleId == rule)).ToList();
}
