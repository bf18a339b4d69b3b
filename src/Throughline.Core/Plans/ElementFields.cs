using System.Runtime.InteropServices;
using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// The fields of one mapping in a plan file, read into one model element. Opening it reports unknown
/// fields and keeps <c>x-</c> fields; the typed getters report wrong types and out-of-range values;
/// <see cref="Finish"/> stores locations and extensions on the element.
/// </summary>
internal sealed partial class ElementFields
{
    private readonly ReadContext context;

    // Each field's location in file order: its index in `known`, or -1 for an x- field (named in `extensionKeys`).
    private readonly List<(int Field, int Line, int Column)> positions = [];
    private readonly List<(int Field, int Index, int Line, int Column)> entries = [];

    // By the field's index in `known`.
    private PlanNode?[] values = [];
    private SourceLocation location;
    private string noun = "";
    private ElementFields? owner;
    private string[] known = [];
    private List<string>? extensionKeys;
    private Dictionary<string, object?>? extensions;
    private string? id;
    private string? subject;

    // Made once per read and used again for element after element (Finish hands it back).
    private ElementFields(ReadContext context)
    {
        this.context = context;
    }

    private static ElementFields Start(ReadContext context, SourceLocation location, string noun, ElementFields? owner, string[] known)
    {
        var fields = context.ReuseFields() ?? new ElementFields(context);
        fields.location = location;
        fields.noun = noun;
        fields.owner = owner;
        fields.known = known;
        if (fields.values.Length < known.Length)
        {
            fields.values = new PlanNode?[known.Length];
        }
        else
        {
            Array.Clear(fields.values);
        }

        fields.positions.Clear();
        fields.entries.Clear();
        fields.extensionKeys = null;
        fields.extensions = null;
        fields.id = null;
        fields.subject = null;
        return fields;
    }

    public ReadContext Context => context;

    public SourceLocation Location => location;

    /// <summary>How messages name the element: "goal G1", or "a goal" before its id is known.</summary>
    public string Subject => subject ??= id is not null ? $"{Noun} {id}" : Indefinite(Noun);

    // "check-in of key result KR1": nested elements are named after their owner, but only when a message needs it.
    private string Noun => owner is null ? noun : $"{noun} {owner.Subject}";

    /// <summary>Opens a mapping; reports and returns null when the node is not one.</summary>
    /// <param name="namedById">False when the element's id names something else (a contribution's id is its target).</param>
    /// <param name="owner">The element this one belongs to, named after <paramref name="noun"/> in messages.</param>
    public static ElementFields? Open(
        ReadContext context, PlanNode node, string noun, string[] known, bool namedById = true, ElementFields? owner = null)
    {
        if (!node.IsMapping)
        {
            var named = owner is null ? noun : $"{noun} {owner.Subject}";
            context.Error(node,
                $"Expected {Indefinite(named)} as a mapping of fields (key: value), but found {YamlScalars.Describe(node)}; write one field per line under it");
            return null;
        }

        var fields = Start(context, context.At(node), noun, owner, known);
        var pairs = node.Pairs;

        // Known first, so that errors about any field can name the element by its id.
        if (namedById && Array.IndexOf(known, "id") >= 0)
        {
            fields.id = IdOf(pairs);
        }

        foreach (var (key, value) in pairs)
        {
            fields.Add(key, value);
        }

        return fields;
    }

    /// <summary>
    /// Begins a mapping whose fields arrive one at a time (<see cref="Add"/>), for the top of the file and
    /// the organization, whose lists are read while the file streams by.
    /// </summary>
    public static ElementFields Begin(ReadContext context, SourceLocation location, string noun, string[] known) =>
        Start(context, location, noun, null, known);

    /// <summary>Takes one field: reports a key that is not a known field, keeps an x- field, remembers a known one.</summary>
    /// <returns>The field's index in the known fields, or -1 when it is not one.</returns>
    public int Add(PlanNode keyNode, PlanNode value)
    {
        var field = Accept(keyNode, context.At(value));
        if (field >= 0)
        {
            values[field] = value;
        }
        else if (field == ExtensionField)
        {
            extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            extensions[keyNode.Value] = ExtensionValues.FromNode(value);
        }

        return field;
    }

    /// <summary>Like <see cref="Add"/> for a known field whose value the caller reads itself, as it streams by.</summary>
    public int AddStreamed(PlanNode keyNode, SourceLocation valueAt) => Accept(keyNode, valueAt);

    /// <summary>Forgets a field's value once it has been read, when its nodes are about to be reused.</summary>
    public void Forget(int field) => values[field] = null;

    private const int ExtensionField = -1;
    private const int RejectedField = -2;

    private int Accept(PlanNode keyNode, SourceLocation valueAt)
    {
        var (line, column) = (valueAt.Line, valueAt.Column);
        if (!keyNode.IsScalar)
        {
            context.Error(keyNode, $"A field name in {Subject} is {YamlScalars.Describe(keyNode)}; field names must be plain words");
            return RejectedField;
        }

        var key = keyNode.Value;
        if (PlanFieldNames.IsExtension(key))
        {
            extensionKeys ??= [];
            extensionKeys.Add(key);
            positions.Add((ExtensionField, line, column));
            return ExtensionField;
        }

        var field = Array.IndexOf(known, key);
        if (field >= 0)
        {
            positions.Add((field, line, column));
            return field;
        }

        context.Error(keyNode,
            $"Unknown field '{key}' in {Subject}; fix its name, remove it, or rename it to 'x-{key}' to keep it as custom data",
            Suggestions.Closest(key, known));
        return RejectedField;
    }

    private static string? IdOf(List<KeyValuePair<PlanNode, PlanNode>> pairs)
    {
        foreach (var (key, value) in pairs)
        {
            if (key.IsScalar && key.Text is "id" && !YamlScalars.IsNull(value))
            {
                return value.IsScalar && !string.IsNullOrWhiteSpace(value.Value) ? value.Value : null;
            }
        }

        return null;
    }

    /// <summary>The value of a field, or null when it is absent or null.</summary>
    public PlanNode? Node(string key)
    {
        var field = Array.IndexOf(known, key);
        return field >= 0 && values[field] is { } value && !YamlScalars.IsNull(value) ? value : null;
    }

    public SourceLocation LocationOf(string key)
    {
        var field = Array.IndexOf(known, key);
        var extension = 0;
        foreach (var (index, line, column) in positions)
        {
            if (index == ExtensionField ? extensionKeys![extension++] == key : index == field)
            {
                return new SourceLocation(context.FileName, line, column);
            }
        }

        return Location;
    }

    /// <summary>Reports a problem with one field's value, at that value.</summary>
    public void Error(string key, string message, string? suggestion = null) =>
        context.Error(LocationOf(key), message, suggestion);

    /// <summary>The items of a list field; reports and yields nothing when the field is not a list.</summary>
    public IReadOnlyList<PlanNode> List(string key, string itemNoun)
    {
        var value = Node(key);
        if (value is null)
        {
            return [];
        }

        if (value.IsSequence)
        {
            return value.Items;
        }

        ReportNotAList(key, itemNoun, value);
        return [];
    }

    public void ReportNotAList(string key, string itemNoun, PlanNode value) =>
        Error(key, $"'{key}' of {Subject} must be a list of {itemNoun} (each item on its own line starting with '- '), but is {YamlScalars.Describe(value)}");

    // "a goal", "an objective"; nouns of single elements come with their article ("the vision").
    private static string Indefinite(string noun) =>
        noun.StartsWith("the ", StringComparison.Ordinal) ? noun
        : ("aeio".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>Stores the element's location, field locations, list entry locations and extensions; the fields are done with.</summary>
    public T Finish<T>(T element)
        where T : PlanElement
    {
        element.Location = Location;
        if (!StoreCompactLocations(element))
        {
            StoreLocations(element);
        }

        element.Extensions = extensions;
        owner = null;
        Array.Clear(values);
        context.Reuse(this);
        return element;
    }

    // The field and entry locations in a block shared with other elements; false when they do not fit its form.
    private bool StoreCompactLocations(PlanElement element) =>
        extensionKeys is null
        && context.StorePositions(element, known, CollectionsMarshal.AsSpan(positions), CollectionsMarshal.AsSpan(entries));

    private void StoreLocations(PlanElement element)
    {
        var locations = new Dictionary<string, SourceLocation>(positions.Count, StringComparer.Ordinal);
        var extension = 0;
        foreach (var (field, line, column) in positions)
        {
            var key = field >= 0 ? known[field] : extensionKeys![extension++];
            locations[key] = new SourceLocation(context.FileName, line, column);
        }

        element.FieldLocations = locations;
        foreach (var (field, index, line, column) in entries)
        {
            EntryLocations.Record(element, known[field], index, new SourceLocation(context.FileName, line, column));
        }
    }
}
