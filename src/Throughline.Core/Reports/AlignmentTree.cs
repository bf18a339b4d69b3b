using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>The vision, the goals and, nested under them, the objectives with their key results and work: the report's goal tree on its own.</summary>
public sealed record AlignmentTree(VisionSection? Vision, IReadOnlyList<GoalNode> Goals, IReadOnlyList<ObjectiveNode> ObjectivesWithoutGoal)
{
    public static AlignmentTree From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var work = WorkIndex.From(result.Plan);
        var (goals, withoutGoal) = GoalTree.Build(result, work);
        return new AlignmentTree(VisionSection.From(result, work), goals, withoutGoal);
    }
}
