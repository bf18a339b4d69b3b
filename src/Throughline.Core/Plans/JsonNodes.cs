using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>
/// Writes the plan writer's nodes as JSON. The writer quotes or styles every string, so a plain scalar is a
/// number, a boolean, null, or a value spelled as text in JSON too (a date, an enum value).
/// </summary>
internal static class JsonNodes
{
    /// <param name="leftOut">A field of the top mapping to leave out.</param>
    public static void Write(Utf8JsonWriter writer, YamlNode node, string? leftOut = null)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    if (name != leftOut)
                    {
                        writer.WritePropertyName(name);
                        Write(writer, value);
                    }
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: { } plain }:
                WritePlain(writer, plain);
                break;
            case YamlScalarNode scalar:
                writer.WriteStringValue(scalar.Value ?? "");
                break;
            default:
                throw new ArgumentException($"Cannot write a {node.GetType().Name} as JSON.", nameof(node));
        }
    }

    private static void WritePlain(Utf8JsonWriter writer, string plain)
    {
        switch (plain)
        {
            case "null":
                writer.WriteNullValue();
                break;
            case "true" or "false":
                writer.WriteBooleanValue(plain == "true");
                break;
            case var number when YamlScalars.TryParseNumber(number, out _):
                // As written, so that a whole double of an x- field keeps its ".0" and reads back as a double.
                writer.WriteRawValue(number);
                break;
            default:
                writer.WriteStringValue(plain);
                break;
        }
    }
}
