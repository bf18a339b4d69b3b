namespace Throughline.Core.Analysis;

/// <summary>
/// A compressed adjacency list: the neighbours of node n are <c>Targets[Offsets[n]..Offsets[n + 1]]</c>,
/// each with the weight at the same position.
/// </summary>
internal sealed class Adjacency
{
    public static readonly Adjacency Empty = new([0], [], []);

    public Adjacency(int[] offsets, int[] targets, double[] weights)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
    }

    public int[] Offsets { get; }
    public int[] Targets { get; }
    public double[] Weights { get; }

    public int NodeCount => Offsets.Length - 1;

    public ReadOnlySpan<int> Of(int node) =>
        node + 1 < Offsets.Length ? Targets.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]) : [];

    public ReadOnlySpan<double> WeightsOf(int node) =>
        node + 1 < Offsets.Length ? Weights.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]) : [];

    public int CountOf(int node) => node + 1 < Offsets.Length ? Offsets[node + 1] - Offsets[node] : 0;

    /// <summary>Builds the list from (source, target, weight) edges given in any order; each node keeps its edges in the order given.</summary>
    public static Adjacency FromEdges(int nodeCount, IReadOnlyList<(int Source, int Target, double Weight)> edges)
    {
        var offsets = new int[nodeCount + 1];
        foreach (var (source, _, _) in edges)
        {
            offsets[source + 1]++;
        }

        for (var n = 0; n < nodeCount; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        var targets = new int[edges.Count];
        var weights = new double[edges.Count];
        var next = offsets[..^1];
        foreach (var (source, target, weight) in edges)
        {
            var at = next[source]++;
            targets[at] = target;
            weights[at] = weight;
        }

        return new Adjacency(offsets, targets, weights);
    }

    /// <summary>The same edges, pointing the other way.</summary>
    public Adjacency Reversed(int targetCount)
    {
        var edges = new List<(int, int, double)>(Targets.Length);
        for (var source = 0; source < NodeCount; source++)
        {
            for (var at = Offsets[source]; at < Offsets[source + 1]; at++)
            {
                edges.Add((Targets[at], source, Weights[at]));
            }
        }

        return FromEdges(targetCount, edges);
    }
}
