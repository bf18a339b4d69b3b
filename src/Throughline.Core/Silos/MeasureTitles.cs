using System.Text;

namespace Throughline.Core.Silos;

/// <summary>
/// Reduces a key result's title to the words that name what it measures, so that "Inventory days" and
/// "Days of inventory" compare equal: lower case, punctuation dropped, stop words dropped, each word once,
/// sorted.
/// </summary>
internal static class MeasureTitles
{
    private static readonly HashSet<string> StopWords = new(
        ["a", "an", "the", "of", "for", "in", "on", "at", "to", "by", "with", "from", "and", "or", "per", "our", "its", "their"],
        StringComparer.Ordinal);

    /// <summary>The title's measure words joined by spaces; null when no word is left.</summary>
    public static string? Key(string title)
    {
        var letters = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            letters.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = letters.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !StopWords.Contains(word))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }
}
