using System.Globalization;

namespace Throughline.Core.Capacity;

/// <summary>Writes calendar months as <c>2026-12</c>, and runs of consecutive months as one range.</summary>
public static class MonthRanges
{
    public static string Label(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Some of the months (indices into <paramref name="months"/>, ascending): "2026-12 to 2027-03, 2027-06".</summary>
    public static string Describe(IReadOnlyList<DateOnly> months, IReadOnlyList<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(chosen);
        var ranges = new List<string>();
        for (var at = 0; at < chosen.Count;)
        {
            var end = at;
            while (end + 1 < chosen.Count && chosen[end + 1] == chosen[end] + 1)
            {
                end++;
            }

            ranges.Add(end == at ? Label(months[chosen[at]]) : $"{Label(months[chosen[at]])} to {Label(months[chosen[end]])}");
            at = end + 1;
        }

        return string.Join(", ", ranges);
    }
}
