using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>
/// Builds the goal tree: goals in plan order, each with its contributing objectives (in plan order), each
/// of those with its key results, its work and, nested, the objectives that contribute to it. Objectives
/// with no path to a goal follow as a tree of their own, so that every objective appears somewhere.
/// </summary>
internal sealed class GoalTree
{
    private readonly AnalysisResult result;
    private readonly WorkIndex work;

    // Objective index → id of the goal or objective under which it was shown in full.
    private readonly Dictionary<int, string> shown = [];

    private GoalTree(AnalysisResult result, WorkIndex work)
    {
        this.result = result;
        this.work = work;
    }

    public static (IReadOnlyList<GoalNode> Goals, IReadOnlyList<ObjectiveNode> WithoutGoal) Build(AnalysisResult result, WorkIndex work)
    {
        var tree = new GoalTree(result, work);
        var goals = Enumerable.Range(0, result.Graph.GoalCount).Select(tree.Goal).ToList();

        // Roots first (objectives that contribute to nothing), so that their contributors nest under them;
        // then anything still unshown, which only a cycle of objectives could leave.
        var graph = result.Graph;
        var unaligned = Enumerable.Range(0, graph.ObjectiveCount)
            .Where(o => !result.HasLineOfSight(ElementKind.Objective, o))
            .ToList();
        var withoutGoal = new List<ObjectiveNode>();
        foreach (var o in unaligned.Where(o => graph.ObjectiveParentObjectives.CountOf(o) == 0)
            .Concat(unaligned.Where(o => graph.ObjectiveParentObjectives.CountOf(o) > 0)))
        {
            if (!tree.shown.ContainsKey(o))
            {
                withoutGoal.Add(tree.Objective(o, 1.0, NoGoal));
            }
        }

        return (goals, withoutGoal);
    }

    /// <summary>What <see cref="ObjectiveNode.FirstShownUnder"/> says of an objective shown among those with no goal.</summary>
    public const string NoGoal = "(no goal)";

    private GoalNode Goal(int g)
    {
        var goal = result.Plan.Goals[g];
        var state = result.Goal(g);
        var children = result.Graph.GoalChildren;
        var objectives = Objectives(children.Of(g).ToArray(), children.WeightsOf(g).ToArray(), goal.Id);
        return new GoalNode(goal.Id, goal.Title, goal.Owner, goal.Area, goal.Priority, goal.Horizon, state.Progress, state.Status, objectives);
    }

    private List<ObjectiveNode> Objectives(int[] indices, double[] weights, string parentId) =>
        indices.Select((o, i) => Objective(o, weights[i], parentId)).ToList();

    private ObjectiveNode Objective(int o, double weight, string parentId)
    {
        var objective = result.Plan.Objectives[o];
        var state = result.Objective(o);
        if (shown.TryGetValue(o, out var firstParent))
        {
            return new ObjectiveNode(
                objective.Id, objective.Title, objective.Owner, objective.Due, weight, state.Progress, state.Status,
                Repeat: true, FirstShownUnder: firstParent, KeyResults: [], Contributors: [], Work: []);
        }

        // Marked before descending, so that even a cycle the reader missed ends in a repeat.
        shown[o] = parentId;
        var graph = result.Graph;
        var krs = graph.KeyResultsOf(o);
        var keyResults = Enumerable.Range(krs.Start.Value, krs.End.Value - krs.Start.Value)
            .Select(k => KeyResultLine.From(result, k, work))
            .ToList();
        var children = graph.ObjectiveChildren;
        var contributors = Objectives(children.Of(o).ToArray(), children.WeightsOf(o).ToArray(), objective.Id);
        return new ObjectiveNode(
            objective.Id, objective.Title, objective.Owner, objective.Due, weight, state.Progress, state.Status,
            Repeat: false, FirstShownUnder: null, keyResults, contributors, work.For(objective.Id));
    }
}
