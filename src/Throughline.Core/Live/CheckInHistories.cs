using Throughline.Core.Analysis;

namespace Throughline.Core.Live;

/// <summary>
/// The check-in history of every key result as a live analysis sees it. The compiled graph holds all
/// check-ins in shared CSR arrays that cannot grow; a key result checked in since the last full analysis
/// gets its own growable copy of its slice, and is read from that copy from then on. A check-in costs an
/// insertion into one key result's short history; nothing proportional to the organization is copied.
/// </summary>
internal sealed class CheckInHistories
{
    private readonly PlanGraph graph;
    private readonly History?[] own;

    public CheckInHistories(PlanGraph graph)
    {
        this.graph = graph;
        own = new History?[graph.KeyResultCount];
    }

    public CheckInSpans Of(int k) => own[k] is { } history ? history.Series : CheckInSpans.Of(graph, k);

    /// <summary>Adds a check-in after all those of earlier days and of the same day, as the graph builder orders them.</summary>
    public void Add(int k, int day, double value, double confidence) =>
        (own[k] ??= History.CopyOf(CheckInSpans.Of(graph, k))).Insert(day, value, confidence);

    private sealed class History
    {
        private int[] days;
        private double[] values;
        private double[] confidences;
        private int count;

        private History(int capacity)
        {
            days = new int[capacity];
            values = new double[capacity];
            confidences = new double[capacity];
        }

        public CheckInSpans Series => new(days.AsSpan(0, count), values.AsSpan(0, count), confidences.AsSpan(0, count));

        public static History CopyOf(CheckInSpans series)
        {
            // Room for a few more: a key result checked in once is usually checked in again.
            var history = new History(Math.Max(4, series.Count * 2));
            series.Days.CopyTo(history.days);
            series.Values.CopyTo(history.values);
            series.Confidences.CopyTo(history.confidences);
            history.count = series.Count;
            return history;
        }

        public void Insert(int day, double value, double confidence)
        {
            if (count == days.Length)
            {
                Array.Resize(ref days, count * 2);
                Array.Resize(ref values, count * 2);
                Array.Resize(ref confidences, count * 2);
            }

            // Check-ins arrive in date order almost always, so the place is found from the end.
            var at = count;
            while (at > 0 && days[at - 1] > day)
            {
                at--;
            }

            Array.Copy(days, at, days, at + 1, count - at);
            Array.Copy(values, at, values, at + 1, count - at);
            Array.Copy(confidences, at, confidences, at + 1, count - at);
            days[at] = day;
            values[at] = value;
            confidences[at] = confidence;
            count++;
        }
    }
}
