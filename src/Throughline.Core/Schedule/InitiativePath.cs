using Throughline.Core.Analysis;

namespace Throughline.Core.Schedule;

/// <summary>
/// Writes a chain of initiatives as <c>I2 → I7 → I9</c>. A chain of more than <see cref="ShownInFull"/>
/// initiatives keeps its first and its last <see cref="ShownAtEnd"/> and counts the rest, so that a message
/// about a chain thousands deep stays one readable line.
/// </summary>
public static class InitiativePath
{
    public const int ShownInFull = 12;
    public const int ShownAtEnd = 9;

    public static string Format(PlanGraph graph, IReadOnlyList<int> path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(path);
        return path.Count <= ShownInFull
            ? Join(graph, path)
            : Shortened(graph, path[0], path.Count, path.Skip(path.Count - ShownAtEnd));
    }

    /// <summary>The critical path, reading only the initiatives it shows: a long path is not walked to its start.</summary>
    public static string Format(PlanGraph graph, ObjectiveCriticalPath path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(path);
        return path.Length <= ShownInFull
            ? Join(graph, path.Tail(path.Length))
            : Shortened(graph, path.Start, path.Length, path.Tail(ShownAtEnd));
    }

    private static string Shortened(PlanGraph graph, int first, int count, IEnumerable<int> last) =>
        $"{graph.Plan.Initiatives[first].Id} → … ({count - ShownAtEnd - 1} more) → {Join(graph, last)}";

    private static string Join(PlanGraph graph, IEnumerable<int> path) =>
        string.Join(" → ", path.Select(i => graph.Plan.Initiatives[i].Id));
}
