using Throughline.Core.Analysis;

namespace Throughline.Core.Live;

/// <summary>A goal, an objective or the vision whose state a check-in recomputed.</summary>
/// <param name="Item">The element; the vision is <c>(ElementKind.Vision, 0)</c>.</param>
public readonly record struct AncestorState(NodeRef Item, ItemState Previous, ItemState State)
{
    public bool Changed => Previous != State;
}

/// <summary>
/// What one check-in changed. The lists belong to the live analysis and are reused: they describe this
/// check-in until the next one (or a reanalysis), so copy what must outlive it.
/// </summary>
public readonly struct CheckInResult
{
    internal CheckInResult(
        int keyResult,
        KeyResultForecast previous,
        KeyResultForecast forecast,
        IReadOnlyList<AncestorState> ancestors,
        IReadOnlyList<Finding> findingsAdded,
        IReadOnlyList<Finding> findingsRemoved)
    {
        KeyResult = keyResult;
        Previous = previous;
        Forecast = forecast;
        Ancestors = ancestors;
        FindingsAdded = findingsAdded;
        FindingsRemoved = findingsRemoved;
    }

    /// <summary>The key result's index in <see cref="PlanGraph"/>.</summary>
    public int KeyResult { get; }

    public KeyResultForecast Previous { get; }
    public KeyResultForecast Forecast { get; }

    /// <summary>
    /// Every ancestor, each once: objectives children first (an objective after every objective below it that
    /// was recomputed), then goals, then the vision last.
    /// </summary>
    public IReadOnlyList<AncestorState> Ancestors { get; }

    public IReadOnlyList<Finding> FindingsAdded { get; }
    public IReadOnlyList<Finding> FindingsRemoved { get; }
}
