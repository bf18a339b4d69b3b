using Throughline.Core.Analysis;
using Throughline.Core.Findings;

namespace Throughline.Cli.Output;

/// <summary>
/// Findings the way a compiler prints diagnostics, one per line, so that editors and CI logs can jump to
/// them: <c>file:line:col: warning rule/id: message</c>, then an indented suggestion.
/// </summary>
internal static class FindingText
{
    public static void Write(StyledWriter writer, IReadOnlyList<AnalyzedPlan> plans)
    {
        foreach (var plan in plans)
        {
            foreach (var finding in plan.Result.Findings)
            {
                Write(writer, finding, plan.Path);
            }
        }

        WriteSummary(writer, plans);
    }

    public static void WriteSummary(StyledWriter writer, IReadOnlyList<AnalyzedPlan> plans)
    {
        var counts = plans.Aggregate(default(FindingCounts), (sum, plan) => sum + FindingCounts.Of(plan.Result.Findings));
        writer.WriteLine(Summary(counts, plans.Count), Palette.Heading);
    }

    /// <summary><c>3 errors, 5 warnings, 2 infos in 1 plan</c>.</summary>
    public static string Summary(FindingCounts counts, int plans) =>
        $"{Count(counts.Errors, "error")}, {Count(counts.Warnings, "warning")}, {Count(counts.Infos, "info")} " +
        $"in {Count(plans, "plan")}";

    private static void Write(StyledWriter writer, Finding finding, string planPath)
    {
        var where = finding.Location?.ToString() ?? planPath;
        writer.Write($"{where}: ", Palette.Location)
            .Write(finding.Severity.Name(), Palette.Of(finding.Severity))
            .Write(" ")
            .Write(finding.RuleId, Palette.Rule)
            .WriteLine($": {finding.Message}");
        writer.WriteLine($"  suggestion: {finding.Suggestion}", Palette.Quiet);
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
