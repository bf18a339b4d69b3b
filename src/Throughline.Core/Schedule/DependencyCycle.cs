namespace Throughline.Core.Schedule;

/// <summary>
/// Initiatives that depend on each other in a circle: a strongly connected component of <c>depends_on</c>
/// with more than one initiative, or one initiative that depends on itself. Indices are those of the
/// plan's initiatives.
/// </summary>
public sealed class DependencyCycle
{
    internal DependencyCycle(int[] members, int[] path)
    {
        Members = members;
        Path = path;
    }

    /// <summary>Every initiative caught in the circle, in file order.</summary>
    public IReadOnlyList<int> Members { get; }

    /// <summary>The first of <see cref="Members"/> in file order: the initiative the finding is reported on.</summary>
    public int First => Members[0];

    /// <summary>
    /// The shortest circle from <see cref="First"/> back to it, following <c>depends_on</c>: each initiative
    /// depends on the next, and the last entry is <see cref="First"/> again. Members of a tangled component
    /// that this circle does not pass through are in <see cref="Members"/> only.
    /// </summary>
    public IReadOnlyList<int> Path { get; }
}
