using System.Globalization;

namespace Throughline.Core.Plans;

/// <summary>The JSON path of the value at each position of the text a JSON body was turned into.</summary>
internal sealed class JsonPathMap
{
    public const string Root = "$";

    // In text order: each line holds one value (or the end of an object or array), so lines are enough.
    private readonly List<(int Line, int Column, string Path)> marks = [];

    public void Add(int line, int column, string path) => marks.Add((line, column, path));

    /// <summary>The path of the value at the position, else of the closest one before it, else <c>$</c>.</summary>
    public string PathOf(int line, int column)
    {
        var low = 0;
        var high = marks.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (markLine, markColumn, _) = marks[middle];
            if (markLine < line || (markLine == line && markColumn <= column))
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? Root : marks[found].Path;
    }

    /// <summary><c>$.title</c>, or <c>$['odd name']</c> for names that are not plain words.</summary>
    public static string Member(string parent, string name) =>
        IsPlainName(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    private static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
