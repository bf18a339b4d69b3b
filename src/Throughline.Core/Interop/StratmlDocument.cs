using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Throughline.Core.Interop;

/// <summary>
/// Reading StratML elements by local name, whatever namespace or prefix a file uses, with the line and column
/// of each for the import's diagnostics.
/// </summary>
internal static class StratmlDocument
{
    public const string CoreNamespace = "urn:ISO:std:iso:17469:tech:xsd:stratml_core";
    public const string PerformanceNamespace = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";

    public static IEnumerable<XElement> Children(this XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name);

    public static XElement? Child(this XElement parent, string name) => parent.Children(name).FirstOrDefault();

    /// <summary>The child's text with whitespace collapsed; null when it is missing or blank.</summary>
    public static string? Text(this XElement parent, string name) => ImportIds.Text(parent.Child(name)?.Value);

    public static (int Line, int Column) At(this XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);

    /// <summary>An xs:date, also with a time or a time zone after it; null when blank.</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        var day = text.Length > 10 && text[10] is 'T' or 'Z' or '+' or '-' ? text[..10] : text;
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>An xs:decimal, also with thousands separators ("1,200").</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);
}
