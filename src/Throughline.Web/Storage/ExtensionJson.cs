using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Throughline.Web.Storage;

/// <summary>
/// Stores an element's <c>x-…</c> values as JSON and reads them back as the plan reader gives them: a whole
/// number as a long, a fractional one as a double (written with ".0" when whole, so the two stay apart).
/// </summary>
public static class ExtensionJson
{
    public static string? Write(Dictionary<string, object?>? extensions)
    {
        if (extensions is null || extensions.Count == 0)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteValue(writer, extensions);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static Dictionary<string, object?>? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return (Dictionary<string, object?>?)ReadValue(document.RootElement);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double or float or decimal:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                var written = number.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(written.Contains('.', StringComparison.Ordinal) || written.Contains('E', StringComparison.Ordinal) ? written : written + ".0");
                break;
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Cannot store an extension value of type {value.GetType()}.", nameof(value));
        }
    }

    private static object? ReadValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ReadValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetRawText() is var raw && raw.IndexOfAny(['.', 'e', 'E']) < 0 && element.TryGetInt64(out var whole)
            ? whole
            : element.GetDouble(),
        _ => null,
    };
}
