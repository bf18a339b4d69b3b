using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>
/// The fields of one mapping in a plan file, read into one model element. Opening it reports unknown
/// fields and keeps <c>x-</c> fields; the typed getters report wrong types and out-of-range values;
/// <see cref="Finish"/> stores locations and extensions on the element.
/// </summary>
internal sealed partial class ElementFields
{
    private readonly ReadContext context;
    private readonly YamlMappingNode node;
    private readonly string noun;
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> locations = new(StringComparer.Ordinal);
    private readonly List<(string Field, int Index, SourceLocation At)> entries = [];
    private Dictionary<string, object?>? extensions;
    private string? id;

    private ElementFields(ReadContext context, YamlMappingNode node, string noun)
    {
        this.context = context;
        this.node = node;
        this.noun = noun;
    }

    public ReadContext Context => context;

    public SourceLocation Location => context.At(node);

    /// <summary>How messages name the element: "goal G1", or "a goal" before its id is known.</summary>
    public string Subject => id is not null ? $"{noun} {id}" : Indefinite(noun);

    /// <summary>Opens a mapping; reports and returns null when the node is not one.</summary>
    /// <param name="namedById">False when the element's id names something else (a contribution's id is its target).</param>
    public static ElementFields? Open(ReadContext context, YamlNode node, string noun, IReadOnlyList<string> known, bool namedById = true)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node,
                $"Expected {Indefinite(noun)} as a mapping of fields (key: value), but found {YamlScalars.Describe(node)}; write one field per line under it");
            return null;
        }

        var fields = new ElementFields(context, mapping, noun);
        fields.Collect(known, namedById);
        return fields;
    }

    private void Collect(IReadOnlyList<string> known, bool namedById)
    {
        // Known first, so that errors about any field can name the element by its id.
        if (namedById && known.Contains("id"))
        {
            id = node.Children
                .Where(pair => pair.Key is YamlScalarNode { Value: "id" } && !YamlScalars.IsNull(pair.Value))
                .Select(pair => (pair.Value as YamlScalarNode)?.Value)
                .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        }

        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                context.Error(keyNode, $"A field name in {Subject} is {YamlScalars.Describe(keyNode)}; field names must be plain words");
            }
            else if (PlanFieldNames.IsExtension(key))
            {
                locations[key] = context.At(value);
                extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
                extensions[key] = ExtensionValues.FromNode(value);
            }
            else if (known.Contains(key))
            {
                locations[key] = context.At(value);
                values[key] = value;
            }
            else
            {
                context.Error(keyNode,
                    $"Unknown field '{key}' in {Subject}; fix its name, remove it, or rename it to 'x-{key}' to keep it as custom data",
                    Suggestions.Closest(key, known));
            }
        }
    }

    /// <summary>The value of a field, or null when it is absent or null.</summary>
    public YamlNode? Node(string key) => values.TryGetValue(key, out var value) && !YamlScalars.IsNull(value) ? value : null;

    public SourceLocation LocationOf(string key) => locations.TryGetValue(key, out var at) ? at : Location;

    /// <summary>Reports a problem with one field's value, at that value.</summary>
    public void Error(string key, string message, string? suggestion = null) =>
        context.Error(LocationOf(key), message, suggestion);

    /// <summary>The items of a list field; reports and yields nothing when the field is not a list.</summary>
    public IReadOnlyList<YamlNode> List(string key, string itemNoun)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children];
            case var other:
                Error(key, $"'{key}' of {Subject} must be a list of {itemNoun} (each item on its own line starting with '- '), but is {YamlScalars.Describe(other)}");
                return [];
        }
    }

    // "a goal", "an objective"; nouns of single elements come with their article ("the vision").
    private static string Indefinite(string noun) =>
        noun.StartsWith("the ", StringComparison.Ordinal) ? noun
        : ("aeio".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>Stores the element's location, field locations, list entry locations and extensions.</summary>
    public T Finish<T>(T element)
        where T : PlanElement
    {
        element.Location = Location;
        element.FieldLocations = locations;
        element.Extensions = extensions;
        foreach (var (field, index, at) in entries)
        {
            EntryLocations.Record(element, field, index, at);
        }

        return element;
    }
}
