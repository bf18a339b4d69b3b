using Throughline.Core.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Builds one mapping of a plan file, leaving out fields that are null, empty or at their default.</summary>
internal sealed class NodeMap(MappingStyle style = MappingStyle.Block)
{
    public YamlMappingNode Node { get; } = new() { Style = style };

    public NodeMap Text(string key, string? value) =>
        string.IsNullOrEmpty(value) ? this : Add(key, YamlWriting.Text(value));

    public NodeMap Number(string key, double? value) =>
        value is { } number ? Add(key, YamlWriting.Plain(YamlScalars.FormatNumber(number))) : this;

    public NodeMap Integer(string key, int? value) => value is { } number ? Number(key, number) : this;

    public NodeMap Date(string key, DateOnly? value) =>
        value is { } date ? Add(key, YamlWriting.Plain(YamlScalars.FormatDate(date))) : this;

    /// <summary>Writes the flag only when it is set, false being the default.</summary>
    public NodeMap Flag(string key, bool value) => value ? Add(key, YamlWriting.Plain("true")) : this;

    /// <summary>Writes a flag whose absence means something else than false (inferred), when it is set either way.</summary>
    public NodeMap Boolean(string key, bool? value) =>
        value is { } flag ? Add(key, YamlWriting.Plain(flag ? "true" : "false")) : this;

    public NodeMap Choice<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum =>
        value is { } chosen ? Add(key, YamlWriting.Plain(EnumText<TEnum>.Format(chosen))) : this;

    /// <summary>A list of ids on one line: <c>[S1, T1]</c>.</summary>
    public NodeMap Ids(string key, IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? this : Add(key, new YamlSequenceNode(ids.Select(YamlWriting.Text)) { Style = SequenceStyle.Flow });

    public NodeMap List<T>(string key, IReadOnlyCollection<T> items, Func<T, YamlNode> write) =>
        items.Count == 0 ? this : Add(key, new YamlSequenceNode(items.Select(write)));

    public NodeMap Add(string key, YamlNode? value)
    {
        if (value is not null)
        {
            Node.Add(YamlWriting.Text(key), value);
        }

        return this;
    }

    /// <summary>Writes the element's <c>x-</c> fields back, after its known fields.</summary>
    public YamlMappingNode WithExtensionsOf(PlanElement element)
    {
        foreach (var (key, value) in element.Extensions ?? [])
        {
            Add(key, ExtensionValues.ToNode(value));
        }

        return Node;
    }
}
