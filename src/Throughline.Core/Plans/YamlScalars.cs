using System.Globalization;

namespace Throughline.Core.Plans;

/// <summary>How plan files spell scalar values, in both directions, so that reader and writer agree.</summary>
internal static class YamlScalars
{
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly HashSet<string> NullWords = ["", "~", "null", "Null", "NULL"];

    // YAML 1.1 also reads these as booleans; the writer quotes them so that no YAML tool misreads a string.
    private static readonly HashSet<string> BooleanLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    public static bool IsNull(PlanNode node) => node.IsScalar && node.IsPlain && IsNullWord(node.Text);

    private static bool IsNullWord(ReadOnlySpan<char> text) =>
        text is "" or "~" or "null" or "Null" or "NULL";

    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value) =>
        TryParseShortDecimal(text, out value)
        || (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value));

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    // Numbers such as 12, -3 and 240.5, which most values are, without the general parser's cost. Their digits
    // and the power of ten are exact doubles, so one division rounds exactly as the general parser does.
    private static bool TryParseShortDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative || (text.Length > 0 && text[0] == '+') ? 1 : 0;
        long digits = 0;
        var count = 0;
        var decimals = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits = (digits * 10) + (c - '0');
                count++;
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (c == '.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }

        if (count is 0 or > 15)
        {
            return false;
        }

        value = digits / PowersOfTen[Math.Max(decimals, 0)];
        value = negative ? -value : value;
        return true;
    }

    public static bool TryParseInteger(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly value) =>
        TryParseIsoDate(text, out value)
        || DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    // The spelling nearly every date has (2026-03-31), without the general parser's cost; anything else,
    // and days that do not exist, go to DateOnly.TryParseExact for its verdict.
    private static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int number)
    {
        number = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    public static string FormatNumber(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>True when a string written plain would be read back as null, a boolean or a number.</summary>
    public static bool NeedsQuotes(string text) =>
        NullWords.Contains(text)
        || BooleanLike.Contains(text)
        || TryParseNumber(text, out _)
        || text.StartsWith(".inf", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith(".nan", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("0o", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names the kind of a node in an error message: "a list", "a mapping" or the value itself.</summary>
    public static string Describe(PlanNode node) => node.Kind switch
    {
        NodeKind.Sequence => "a list",
        NodeKind.Mapping => "a mapping",
        _ when IsNull(node) => "empty",
        _ => $"'{node.Value}'",
    };
}
