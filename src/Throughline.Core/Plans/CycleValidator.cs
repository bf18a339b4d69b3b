using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Finds loops in the links that must form trees: objectives contributing to objectives, the unit tree and
/// the management chain. (Loops in initiative dependencies are a finding of the engine, not a read error.)
/// </summary>
internal static class CycleValidator
{
    private readonly record struct Edge(string Target, SourceLocation At);

    public static void Validate(Plan plan, IdIndex index, ReadContext context)
    {
        Report(
            plan.Objectives.Where(objective => index.Find<Objective>(objective.Id) == objective),
            objective => objective.ContributesTo
                .Where(contribution => index.Find<Objective>(contribution.Id) is not null)
                .Select(contribution => new Edge(contribution.Id, contribution.LocationOf("id") ?? context.FileStart)),
            cycle => $"Objectives contribute to each other in a loop: {cycle}; progress cannot flow around a loop, so remove one of these links",
            context);

        Report(
            plan.Organization.Units.Where(unit => index.Find<Unit>(unit.Id) == unit),
            unit => unit.Parent is { } parent && index.Find<Unit>(parent) is not null
                ? [new Edge(parent, unit.LocationOf("parent") ?? context.FileStart)]
                : [],
            cycle => $"Units are each other's parents in a loop: {cycle}; the units must form a tree, so give one of them another parent or none",
            context);

        Report(
            plan.Organization.People.Where(person => index.Find<Person>(person.Id) == person),
            person => person.Manager is { } manager && index.Find<Person>(manager) is not null
                ? [new Edge(manager, person.LocationOf("manager") ?? context.FileStart)]
                : [],
            cycle => $"People manage each other in a loop: {cycle}; someone at the top of the chain must have no manager",
            context);
    }

    private static void Report<T>(
        IEnumerable<T> nodes, Func<T, IEnumerable<Edge>> edgesOf, Func<string, string> message, ReadContext context)
        where T : IdentifiedElement
    {
        var ids = new List<string>();
        var edges = new List<Edge[]>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            numbers[node.Id] = ids.Count;
            ids.Add(node.Id);
            edges.Add([.. edgesOf(node)]);
        }

        // Every target is one of the nodes: the callers keep only edges to elements of the same kind.
        var targets = edges.ConvertAll(list => Array.ConvertAll(list, edge => numbers[edge.Target]));
        foreach (var cycle in FindCycles(targets))
        {
            var closing = edges[cycle[0]].First(edge => edge.Target == ids[cycle[1 % cycle.Count]]);
            context.Error(closing.At, message(string.Join(" -> ", cycle.Append(cycle[0]).Select(node => ids[node]))));
        }
    }

    /// <summary>Each loop found by a depth-first walk, starting from the node reached first.</summary>
    private static List<List<int>> FindCycles(List<int[]> targets)
    {
        var onPath = new bool[targets.Count];
        var finished = new bool[targets.Count];
        var path = new List<int>();
        var cycles = new List<List<int>>();

        // Iterative, so that a long chain cannot overflow the stack.
        var stack = new Stack<(int Node, int NextEdge)>();
        for (var start = 0; start < targets.Count; start++)
        {
            if (finished[start])
            {
                continue;
            }

            Enter(start);
            while (stack.TryPop(out var frame))
            {
                var edges = targets[frame.Node];
                if (frame.NextEdge == edges.Length)
                {
                    onPath[frame.Node] = false;
                    finished[frame.Node] = true;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((frame.Node, frame.NextEdge + 1));
                var next = edges[frame.NextEdge];
                if (onPath[next])
                {
                    cycles.Add(path[path.IndexOf(next)..]);
                }
                else if (!finished[next])
                {
                    Enter(next);
                }
            }
        }

        return cycles;

        void Enter(int node)
        {
            onPath[node] = true;
            path.Add(node);
            stack.Push((node, 0));
        }
    }
}
