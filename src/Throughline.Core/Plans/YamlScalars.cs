using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar && NullWords.Contains(scalar.Value ?? "");

    public static bool TryParseBoolean(string text, out bool value)
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

    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryParseInteger(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

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
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar when IsNull(scalar) => "empty",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an unsupported value",
    };
}
