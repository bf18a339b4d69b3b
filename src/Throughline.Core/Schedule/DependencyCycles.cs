using Throughline.Core.Analysis;

namespace Throughline.Core.Schedule;

/// <summary>
/// Finds the circles in initiative dependencies with Tarjan's strongly connected components, written
/// iteratively: a plan's dependency chains can be thousands of initiatives deep, too deep for recursion.
/// </summary>
internal static class DependencyCycles
{
    /// <summary>The cycles, ordered by their first initiative in file order, and for each initiative the cycle it is in (-1 for none).</summary>
    public static (IReadOnlyList<DependencyCycle> Cycles, int[] CycleOf) Find(Adjacency dependsOn, int count)
    {
        var component = Components(dependsOn, count, out var componentCount);
        var size = new int[componentCount];
        foreach (var c in component)
        {
            size[c]++;
        }

        var circular = new bool[componentCount];
        for (var i = 0; i < count; i++)
        {
            circular[component[i]] |= size[component[i]] > 1 || dependsOn.Of(i).Contains(i);
        }

        // Members in file order: walking initiatives in order sees each component's first member first.
        var members = new List<int>[componentCount];
        var cycleOf = new int[count];
        var cycleOfComponent = new int[componentCount];
        Array.Fill(cycleOfComponent, -1);
        var firsts = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var c = component[i];
            cycleOf[i] = -1;
            if (!circular[c])
            {
                continue;
            }

            if (cycleOfComponent[c] < 0)
            {
                cycleOfComponent[c] = firsts.Count;
                firsts.Add(i);
                members[c] = [];
            }

            members[c].Add(i);
            cycleOf[i] = cycleOfComponent[c];
        }

        var cycles = new DependencyCycle[firsts.Count];
        var parent = new int[count];
        var searchedFrom = new int[count];
        Array.Fill(searchedFrom, -1);
        for (var n = 0; n < firsts.Count; n++)
        {
            var c = component[firsts[n]];
            cycles[n] = new DependencyCycle([.. members[c]], ShortestCircle(dependsOn, component, firsts[n], parent, searchedFrom));
        }

        return (cycles, cycleOf);
    }

    /// <summary>Tarjan's algorithm with an explicit call stack of (initiative, next edge to look at).</summary>
    private static int[] Components(Adjacency edges, int count, out int componentCount)
    {
        var index = new int[count];
        Array.Fill(index, -1);
        var low = new int[count];
        var onStack = new bool[count];
        var component = new int[count];
        var stack = new int[count];
        var stackTop = 0;
        var callNode = new int[count];
        var callEdge = new int[count];
        var callTop = 0;
        var nextIndex = 0;
        componentCount = 0;

        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            Enter(root);
            while (callTop > 0)
            {
                var v = callNode[callTop - 1];
                var at = callEdge[callTop - 1];
                if (at < edges.Offsets[v + 1])
                {
                    callEdge[callTop - 1]++;
                    var w = edges.Targets[at];
                    if (index[w] < 0)
                    {
                        Enter(w);
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                callTop--;
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        component[w] = componentCount;
                    }
                    while (w != v);
                    componentCount++;
                }

                if (callTop > 0)
                {
                    var caller = callNode[callTop - 1];
                    low[caller] = Math.Min(low[caller], low[v]);
                }
            }
        }

        return component;

        void Enter(int v)
        {
            index[v] = low[v] = nextIndex++;
            stack[stackTop++] = v;
            onStack[v] = true;
            callNode[callTop] = v;
            callEdge[callTop] = edges.Offsets[v];
            callTop++;
        }
    }

    /// <summary>
    /// A breadth-first search from the first initiative along <c>depends_on</c>, inside its component, until
    /// an edge leads back to it: the shortest circle, edges taken in the order the plan lists them.
    /// </summary>
    /// <remarks><paramref name="searchedFrom"/> marks the initiatives each search has reached with its first initiative, so no search needs a fresh array.</remarks>
    private static int[] ShortestCircle(Adjacency edges, int[] component, int first, int[] parent, int[] searchedFrom)
    {
        var queue = new Queue<int>();
        queue.Enqueue(first);
        parent[first] = first;
        searchedFrom[first] = first;
        var last = -1;
        while (last < 0 && queue.TryDequeue(out var v))
        {
            foreach (var w in edges.Of(v))
            {
                if (w == first)
                {
                    last = v;
                    break;
                }

                if (component[w] == component[first] && searchedFrom[w] != first)
                {
                    parent[w] = v;
                    searchedFrom[w] = first;
                    queue.Enqueue(w);
                }
            }
        }

        var path = new List<int> { first };
        for (var at = last; at != first; at = parent[at])
        {
            path.Add(at);
        }

        path.Reverse(1, path.Count - 1);
        path.Add(first);
        return [.. path];
    }
}
