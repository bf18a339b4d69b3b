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
        var order = new List<string>();
        var edges = new Dictionary<string, List<Edge>>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            order.Add(node.Id);
            edges[node.Id] = [.. edgesOf(node)];
        }

        foreach (var cycle in FindCycles(order, edges))
        {
            var closing = edges[cycle[0]].First(edge => edge.Target == cycle[1 % cycle.Count]);
            context.Error(closing.At, message(string.Join(" -> ", cycle.Append(cycle[0]))));
        }
    }

    /// <summary>Each loop found by a depth-first walk, starting from the node reached first.</summary>
    private static List<List<string>> FindCycles(List<string> order, Dictionary<string, List<Edge>> edges)
    {
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var cycles = new List<List<string>>();

        // Iterative, so that a long chain cannot overflow the stack.
        foreach (var start in order.Where(id => !finished.Contains(id)))
        {
            var stack = new Stack<(string Node, int NextEdge)>();
            Enter(start);
            while (stack.TryPop(out var frame))
            {
                var targets = edges[frame.Node];
                if (frame.NextEdge == targets.Count)
                {
                    onPath.Remove(frame.Node);
                    finished.Add(frame.Node);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((frame.Node, frame.NextEdge + 1));
                var next = targets[frame.NextEdge].Target;
                if (onPath.Contains(next))
                {
                    cycles.Add(path[path.IndexOf(next)..]);
                }
                else if (!finished.Contains(next))
                {
                    Enter(next);
                }
            }

            void Enter(string node)
            {
                onPath.Add(node);
                path.Add(node);
                stack.Push((node, 0));
            }
        }

        return cycles;
    }
}
