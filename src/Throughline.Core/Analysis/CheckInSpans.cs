namespace Throughline.Core.Analysis;

/// <summary>
/// The check-ins of one key result sorted by day (several on one day in the order written), as three
/// parallel spans. The forecaster reads them through this view, so the same code serves the compiled
/// graph's arrays and the growable histories a live analysis keeps for key results checked in since.
/// </summary>
internal readonly ref struct CheckInSpans
{
    public CheckInSpans(ReadOnlySpan<int> days, ReadOnlySpan<double> values, ReadOnlySpan<double> confidences)
    {
        Days = days;
        Values = values;
        Confidences = confidences;
    }

    public ReadOnlySpan<int> Days { get; }
    public ReadOnlySpan<double> Values { get; }

    /// <summary>NaN where a check-in gave no confidence.</summary>
    public ReadOnlySpan<double> Confidences { get; }

    public int Count => Days.Length;

    /// <summary>The slice of the graph's check-in arrays that belongs to key result k.</summary>
    public static CheckInSpans Of(PlanGraph graph, int k)
    {
        var first = graph.KrCheckInStart[k];
        var length = graph.KrCheckInStart[k + 1] - first;
        return new CheckInSpans(
            graph.CheckInDay.AsSpan(first, length),
            graph.CheckInValue.AsSpan(first, length),
            graph.CheckInConfidence.AsSpan(first, length));
    }
}
