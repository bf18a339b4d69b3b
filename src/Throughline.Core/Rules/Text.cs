using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Core.Rules;

/// <summary>Number and date formatting shared by rule messages: invariant culture, no noise digits.</summary>
internal static partial class Text
{
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Date(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Quantity(double value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? Number(value) : $"{Number(value)} {unit}";

    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>
    /// True when the text names a number other than a bare year. A year says by when, not how much:
    /// "the leading supplier by 2030" is as unmeasurable as "the leading supplier".
    /// </summary>
    public static bool NamesAQuantity(string text) =>
        Numbers().Matches(text).Any(number => !IsYear(number.Value));

    private static bool IsYear(string number) =>
        number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));

    [GeneratedRegex(@"\d+(?:[.,]\d+)*%?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
