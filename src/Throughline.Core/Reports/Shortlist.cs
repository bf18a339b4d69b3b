namespace Throughline.Core.Reports;

/// <summary>Caps a long list for the report without hiding what matters most in it.</summary>
internal static class Shortlist
{
    /// <summary>
    /// At most <paramref name="max"/> of <paramref name="ordered"/>, in their order: the important ones first
    /// (as many as fit), then the others from the start of the list. Linear in the list.
    /// </summary>
    public static List<int> Pick(IReadOnlyList<int> ordered, Func<int, bool> important, int max)
    {
        if (ordered.Count <= max)
        {
            return [.. ordered];
        }

        var keep = new bool[ordered.Count];
        var kept = 0;
        for (var at = 0; at < ordered.Count && kept < max; at++)
        {
            if (important(ordered[at]))
            {
                keep[at] = true;
                kept++;
            }
        }

        for (var at = 0; at < ordered.Count && kept < max; at++)
        {
            if (!keep[at])
            {
                keep[at] = true;
                kept++;
            }
        }

        return [.. ordered.Where((_, at) => keep[at])];
    }
}
