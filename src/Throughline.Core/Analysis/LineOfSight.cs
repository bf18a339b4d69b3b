namespace Throughline.Core.Analysis;

/// <summary>Which work has a path up to the vision, and what those paths are.</summary>
public static class LineOfSight
{
    internal static void Run(AnalysisResult result)
    {
        var graph = result.Graph;
        var order = graph.ObjectivesChildrenFirst;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var o = order[i];
            var reaches = graph.ObjectiveParentGoals.CountOf(o) > 0;
            foreach (var parent in graph.ObjectiveParentObjectives.Of(o))
            {
                reaches |= result.ObjectiveReachesGoal[parent];
            }

            result.ObjectiveReachesGoal[o] = reaches;
        }

        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            result.InitiativeAligned[i] = Serves(result, graph.InitiativeObjectives.Of(i), graph.InitiativeKeyResults.Of(i));
        }

        for (var a = 0; a < graph.ActionCount; a++)
        {
            var initiative = graph.ActionInitiative[a];
            result.ActionAligned[a] = (initiative >= 0 && result.InitiativeAligned[initiative])
                || Serves(result, graph.ActionObjectives.Of(a), graph.ActionKeyResults.Of(a));
        }
    }

    private static bool Serves(AnalysisResult result, ReadOnlySpan<int> objectives, ReadOnlySpan<int> keyResults)
    {
        foreach (var o in objectives)
        {
            if (result.ObjectiveReachesGoal[o])
            {
                return true;
            }
        }

        foreach (var k in keyResults)
        {
            if (result.HasLineOfSight(ElementKind.KeyResult, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every path from an element up to the vision, each a list of ids from the element to the last goal
    /// (or success measure), ending with "vision". Stops after <paramref name="limit"/> paths: with
    /// multi-parent links their number can grow quickly. Objectives that reach no goal are not entered, so
    /// no time goes into branches that lead nowhere and the limit bounds the work; an objective already on
    /// the path is not entered again, so a contribution cycle in a plan built without the reader ends the
    /// path instead of the process.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> PathsToVision(AnalysisResult result, NodeRef start, int limit = 50)
    {
        var graph = result.Graph;
        var paths = new List<IReadOnlyList<string>>();
        var trail = new List<string>();
        var objectivesOnTrail = new HashSet<int>();

        void Walk(NodeRef node)
        {
            if (paths.Count >= limit)
            {
                return;
            }

            if (node.Kind == ElementKind.Objective
                && (!result.ObjectiveReachesGoal[node.Index] || !objectivesOnTrail.Add(node.Index)))
            {
                return;
            }

            trail.Add(graph.IdOf(node));
            switch (node.Kind)
            {
                case ElementKind.Goal:
                    paths.Add([.. trail, "vision"]);
                    break;
                case ElementKind.KeyResult when graph.KrObjective[node.Index] < 0:
                    paths.Add([.. trail, "vision"]);
                    break;
                case ElementKind.KeyResult:
                    Walk(new NodeRef(ElementKind.Objective, graph.KrObjective[node.Index]));
                    break;
                case ElementKind.Objective:
                    foreach (var g in graph.ObjectiveParentGoals.Of(node.Index))
                    {
                        Walk(new NodeRef(ElementKind.Goal, g));
                    }

                    foreach (var parent in graph.ObjectiveParentObjectives.Of(node.Index))
                    {
                        Walk(new NodeRef(ElementKind.Objective, parent));
                    }

                    break;
                case ElementKind.Initiative:
                    WalkSupports(graph.InitiativeObjectives.Of(node.Index), graph.InitiativeKeyResults.Of(node.Index));
                    break;
                case ElementKind.Action:
                    if (graph.ActionInitiative[node.Index] is var i && i >= 0)
                    {
                        Walk(new NodeRef(ElementKind.Initiative, i));
                    }

                    WalkSupports(graph.ActionObjectives.Of(node.Index), graph.ActionKeyResults.Of(node.Index));
                    break;
            }

            trail.RemoveAt(trail.Count - 1);
            if (node.Kind == ElementKind.Objective)
            {
                objectivesOnTrail.Remove(node.Index);
            }
        }

        void WalkSupports(ReadOnlySpan<int> objectives, ReadOnlySpan<int> keyResults)
        {
            foreach (var o in objectives)
            {
                Walk(new NodeRef(ElementKind.Objective, o));
            }

            foreach (var k in keyResults)
            {
                Walk(new NodeRef(ElementKind.KeyResult, k));
            }
        }

        Walk(start);
        return paths;
    }
}
