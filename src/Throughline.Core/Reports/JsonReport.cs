using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Throughline.Core.Reports;

/// <summary>
/// The report model as JSON: camelCase names, kebab-case enum values (<c>on-track</c>, <c>key-result</c>),
/// ISO dates, shares from 0 to 1, null for what is unknown or not applicable (docs/report.md).
/// </summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },

        // Plan text in any script stays readable; characters that matter in HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Render(StrategyReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
