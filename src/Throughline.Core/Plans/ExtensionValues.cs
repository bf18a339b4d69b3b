using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Converts the values of <c>x-</c> fields between YAML nodes and plain .NET values.</summary>
internal static class ExtensionValues
{
    /// <summary>A string, long, double, bool, null, <c>List&lt;object?&gt;</c> or <c>Dictionary&lt;string, object?&gt;</c>.</summary>
    public static object? FromNode(PlanNode node) => node.Kind switch
    {
        NodeKind.Sequence => node.Items.Select(FromNode).ToList(),
        NodeKind.Mapping => node.Pairs.ToDictionary(
            pair => pair.Key.IsScalar ? pair.Key.Value : YamlScalars.Describe(pair.Key),
            pair => FromNode(pair.Value),
            StringComparer.Ordinal),
        _ => FromScalar(node),
    };

    private static object? FromScalar(PlanNode scalar)
    {
        var text = scalar.Value;
        if (!scalar.IsPlain)
        {
            return text;
        }

        if (YamlScalars.IsNull(scalar))
        {
            return null;
        }

        if (YamlScalars.TryParseBoolean(text, out var flag))
        {
            return flag;
        }

        if (YamlScalars.TryParseInteger(text, out var whole))
        {
            return whole;
        }

        return YamlScalars.TryParseNumber(text, out var number) ? number : text;
    }

    /// <summary>The node for a value as <see cref="FromNode"/> gives it, or for common .NET values set in code.</summary>
    public static YamlNode ToNode(object? value) => value switch
    {
        null => Plain("null"),
        string text => YamlWriting.Text(text),
        bool flag => Plain(flag ? "true" : "false"),
        int or long or short or byte or sbyte or uint or ushort or ulong =>
            Plain(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        double number => Plain(FormatDouble(number)),
        float number => Plain(FormatDouble(number)),
        decimal number => Plain(FormatDouble((double)number)),
        DateOnly date => Plain(YamlScalars.FormatDate(date)),
        IDictionary dictionary => ToMapping(dictionary),
        IEnumerable items => new YamlSequenceNode(items.Cast<object?>().Select(ToNode)),
        _ => throw new ArgumentException($"Cannot write an extension value of type {value.GetType()}.", nameof(value)),
    };

    // A whole double keeps its ".0" so that it reads back as a double, not as a long.
    private static string FormatDouble(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException("Extension numbers must be finite.", nameof(number));
        }

        var text = YamlScalars.FormatNumber(number);
        return YamlScalars.TryParseInteger(text, out _) ? text + ".0" : text;
    }

    private static YamlMappingNode ToMapping(IDictionary dictionary)
    {
        var mapping = new YamlMappingNode();
        foreach (DictionaryEntry entry in dictionary)
        {
            mapping.Add(YamlWriting.Text(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""), ToNode(entry.Value));
        }

        return mapping;
    }

    private static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };
}
