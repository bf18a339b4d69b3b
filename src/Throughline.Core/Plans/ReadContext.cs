using Throughline.Core.Model;
using YamlDotNet.Core;

namespace Throughline.Core.Plans;

/// <summary>The state of one read: the file name for locations and the errors so far.</summary>
internal sealed class ReadContext(string fileName)
{
    private readonly List<PlanError> errors = [];

    // The field each "has no <field>" error is about, for callers that point at fields rather than lines.
    private readonly Dictionary<PlanError, string> missingFields = new(ReferenceEqualityComparer.Instance);

    // One layout per set of known fields, shared by every element read with it.
    private readonly Dictionary<string[], FieldLayout> layouts = new(ReferenceEqualityComparer.Instance);

    private readonly Stack<ElementFields> idleFields = new();

    // Owners, units, titles and the like come back thousands of times in a large plan: one string each.
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> strings =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private FieldBlock? fieldBlock;

    public string FileName { get; } = fileName;

    public SourceLocation FileStart => new(FileName, 1, 1);

    public SourceLocation At(PlanNode node) => At((node.Line, node.Column));

    public SourceLocation At((int Line, int Column) position) =>
        position.Line < 1 ? FileStart : new SourceLocation(FileName, position.Line, position.Column);

    public SourceLocation At(Mark mark) =>
        mark.Line < 1 ? FileStart : new SourceLocation(FileName, checked((int)mark.Line), checked((int)mark.Column));

    public void Error(SourceLocation at, string message, string? suggestion = null) =>
        errors.Add(new PlanError(at, message, suggestion));

    public void Error(PlanNode node, string message, string? suggestion = null) => Error(At(node), message, suggestion);

    /// <summary>
    /// Puts errors found while the YAML was parsed (duplicate keys, a second document) before the ones found
    /// while reading, as a reader that parses the whole file before reading it would have found them.
    /// </summary>
    public void ErrorsFirst(IReadOnlyCollection<PlanError> first) => errors.InsertRange(0, first);

    /// <summary>Reports a required field that is absent, at the element that lacks it.</summary>
    public void Missing(SourceLocation at, string field, string message)
    {
        var error = new PlanError(at, message);
        errors.Add(error);
        missingFields[error] = field;
    }

    /// <summary>The field an error reports absent, or null when it is about something else.</summary>
    public string? MissingField(PlanError error) => missingFields.GetValueOrDefault(error);

    /// <summary>Where the n-th entry of a list field was read, else the field, else the start of the file.</summary>
    public SourceLocation EntryLocation(PlanElement element, string field, int index) =>
        EntryLocations.Find(element, field, index) ?? element.LocationOf(field) ?? FileStart;

    public IReadOnlyCollection<PlanError> Errors => errors;

    public IReadOnlyList<PlanError> SortedErrors() =>
        [.. errors.OrderBy(error => error.Location.Line).ThenBy(error => error.Location.Column)];

    /// <summary>The scalar's text, as the same string as every equal text read before it.</summary>
    public string Shared(PlanNode scalar)
    {
        if (strings.TryGetValue(scalar.Text, out var text))
        {
            return text;
        }

        text = scalar.Value;
        strings.Dictionary[text] = text;
        return text;
    }

    public ElementFields? ReuseFields() => idleFields.TryPop(out var fields) ? fields : null;

    public void Reuse(ElementFields fields) => idleFields.Push(fields);

    /// <summary>
    /// Stores the locations of the element's fields and list entries in a block shared with other elements
    /// (<see cref="FieldPositions"/>); false, storing nothing, when they do not fit that form.
    /// </summary>
    public bool StorePositions(
        PlanElement element, string[] fields, ReadOnlySpan<(int Field, int Line, int Column)> values,
        ReadOnlySpan<(int Field, int Index, int Line, int Column)> entries)
    {
        if (values.Length > FieldPositions.MaxFields || entries.Length > FieldPositions.MaxEntries || fields.Length > FieldPositions.MaxFields)
        {
            return false;
        }

        var baseLine = int.MaxValue;
        foreach (var (_, line, _) in values)
        {
            baseLine = Math.Min(baseLine, line);
        }

        foreach (var (_, _, line, _) in entries)
        {
            baseLine = Math.Min(baseLine, line);
        }

        baseLine = baseLine == int.MaxValue ? 0 : baseLine;
        foreach (var (field, line, column) in values)
        {
            if (field < 0 || !FieldPositions.Fits(line - baseLine, column))
            {
                return false;
            }
        }

        foreach (var (field, index, line, column) in entries)
        {
            if (field < 0 || index > FieldPositions.MaxEntryIndex || !FieldPositions.Fits(line - baseLine, column))
            {
                return false;
            }
        }

        var length = FieldPositions.Header + values.Length + (FieldPositions.EntrySize * entries.Length);
        if (length > FieldBlock.MaxLength)
        {
            return false;
        }

        var layout = Layout(fields);
        var layoutIndex = -1;
        if (fieldBlock is not null && fieldBlock.Used + length <= fieldBlock.Data.Length)
        {
            layoutIndex = fieldBlock.IndexOf(layout);
        }

        if (layoutIndex < 0)
        {
            // Small for one element sent as JSON, as large as a block can be for a plan of millions.
            var size = Math.Clamp((fieldBlock?.Data.Length ?? 0) * 2, 256, FieldBlock.MaxLength);
            fieldBlock = new FieldBlock(Math.Max(size, length));
            layoutIndex = fieldBlock.IndexOf(layout);
        }

        var data = fieldBlock!.Data;
        var start = fieldBlock.Used;
        var at = start;
        data[at++] = layoutIndex | (entries.Length << 16);
        data[at++] = baseLine;
        foreach (var (field, line, column) in values)
        {
            data[at++] = FieldPositions.Pack(line - baseLine, column, field);
        }

        foreach (var (field, index, line, column) in entries)
        {
            data[at++] = (index << 8) | field;
            data[at++] = FieldPositions.Pack(line - baseLine, column, 0);
        }

        fieldBlock.Used = at;
        element.SetPositions(fieldBlock, start, values.Length);
        return true;
    }

    public FieldLayout Layout(string[] fields)
    {
        if (!layouts.TryGetValue(fields, out var layout))
        {
            layout = new FieldLayout(FileName, fields);
            layouts[fields] = layout;
        }

        return layout;
    }
}
