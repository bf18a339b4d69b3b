using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>
/// The strategy report of one analysis, independent of any output format: every renderer reads this and
/// nothing else. The JSON format serializes it as is, so its shape is a contract (docs/report.md).
/// </summary>
public sealed record StrategyReport(
    int Version,
    string Organization,
    DateOnly AsOf,
    string? Source,
    VisionSection? Vision,
    ScoreSection Scores,
    IReadOnlyList<GoalNode> Goals,
    IReadOnlyList<ObjectiveNode> ObjectivesWithoutGoal,
    IReadOnlyList<FindingLine> VisionWithoutExecution,
    IReadOnlyList<FindingLine> ExecutionWithoutVision,
    IReadOnlyList<RiskLine> Risks,
    CapacitySection Capacity,
    ScheduleSection Schedule,
    PrioritySection Priorities,
    SiloSection Silos,
    IReadOnlyList<FindingGroup> Findings)
{
    /// <summary>The version of the report's shape; raised when a field changes meaning or disappears.</summary>
    public const int CurrentVersion = 1;

    public static StrategyReport From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var work = WorkIndex.From(result.Plan);
        var findings = result.Findings.Select(f => FindingLine.From(f, result.Graph)).ToList();
        var (goals, withoutGoal) = GoalTree.Build(result, work);
        var planning = new PlanningContext(result);
        return new StrategyReport(
            CurrentVersion,
            result.Plan.Organization.Name,
            result.AsOf,
            result.Plan.SourcePath,
            VisionSection.From(result, work),
            ScoreSection.From(result),
            goals,
            withoutGoal,
            GapLists.Select(findings, GapLists.VisionWithoutExecutionRules),
            GapLists.Select(findings, GapLists.ExecutionWithoutVisionRules),
            RiskList.From(result),
            CapacitySectionBuilder.Build(planning),
            ScheduleSectionBuilder.Build(result),
            PrioritySectionBuilder.Build(planning),
            SiloSectionBuilder.Build(planning),
            FindingGroup.BySeverity(findings));
    }
}
