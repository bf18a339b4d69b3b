namespace Throughline.Core.Model;

/// <summary>
/// Anything read from a plan file. Carries where it was read from, so that findings and errors can
/// point at the line, and the <c>x-…</c> keys the reader kept but does not interpret.
/// </summary>
public abstract class PlanElement
{
    private Dictionary<string, SourceLocation>? fieldLocations;

    // What the reader stores instead of a dictionary: a plan file has millions of check-ins, and a dictionary
    // of three entries each would take more memory than the check-ins themselves. The locations of many
    // elements share one block (FieldPositions); made into the dictionary only when someone asks for it.
    private FieldBlock? block;
    private int slice;

    /// <summary>Where the element starts; null for elements built in code.</summary>
    public SourceLocation? Location { get; set; }

    /// <summary>Where each field's value starts, by its YAML key; filled by the reader.</summary>
    public Dictionary<string, SourceLocation>? FieldLocations
    {
        get => fieldLocations ?? (HasCompactFields ? fieldLocations = ExpandFields() : null);
        set
        {
            fieldLocations = value;
            slice = FieldPositions.ExpandFields(slice);
        }
    }

    /// <summary>The element's <c>x-…</c> keys with their values (strings, numbers, booleans, lists and maps).</summary>
    public Dictionary<string, object?>? Extensions { get; set; }

    private bool HasCompactFields => block is not null && !FieldPositions.AreFieldsExpanded(slice);

    /// <summary>The location of one field if known, else of the element.</summary>
    public SourceLocation? LocationOf(string field)
    {
        if (!HasCompactFields)
        {
            return fieldLocations is not null && fieldLocations.TryGetValue(field, out var at) ? at : Location;
        }

        var (data, start, layout) = (block!.Data, FieldPositions.Start(slice), CompactLayout);
        for (var i = 0; i < FieldPositions.FieldCount(slice); i++)
        {
            var packed = data[start + FieldPositions.Header + i];
            if (string.Equals(layout.Fields[FieldPositions.Field(packed)], field, StringComparison.Ordinal))
            {
                return FieldPositions.Location(layout, data[start + 1], packed);
            }
        }

        return Location;
    }

    /// <summary>A copy that shares the original's lists and values: for edits that replace one field and keep the rest.</summary>
    public T ShallowCopy<T>()
        where T : PlanElement
    {
        // Both copies share one dictionary of field locations, as they share everything else.
        _ = FieldLocations;
        var copy = (T)MemberwiseClone();

        // The copy's lists may be replaced, so the locations of the original's list entries are not the copy's.
        copy.slice = FieldPositions.HideEntries(copy.slice);
        return copy;
    }

    /// <summary>Sets the field and entry locations packed in <paramref name="shared"/> at <paramref name="start"/>.</summary>
    internal void SetPositions(FieldBlock shared, int start, int fields)
    {
        fieldLocations = null;
        block = shared;
        slice = FieldPositions.Slice(start, fields);
    }

    /// <summary>Where the n-th entry of a list field was read, if the reader stored it here.</summary>
    internal SourceLocation? EntryLocationOf(string field, int index)
    {
        if (block is null || FieldPositions.AreEntriesHidden(slice))
        {
            return null;
        }

        var (data, start, layout) = (block.Data, FieldPositions.Start(slice), CompactLayout);
        var entries = start + FieldPositions.Header + FieldPositions.FieldCount(slice);
        for (var i = 0; i < data[start] >> 16; i++)
        {
            var entry = data[entries + (FieldPositions.EntrySize * i)];
            if (entry >> 8 == index && string.Equals(layout.Fields[FieldPositions.Field(entry)], field, StringComparison.Ordinal))
            {
                return FieldPositions.Location(layout, data[start + 1], data[entries + (FieldPositions.EntrySize * i) + 1]);
            }
        }

        return null;
    }

    private FieldLayout CompactLayout => block!.Layout(block.Data[FieldPositions.Start(slice)] & FieldPositions.MaxLayout);

    private Dictionary<string, SourceLocation> ExpandFields()
    {
        var (data, start, layout) = (block!.Data, FieldPositions.Start(slice), CompactLayout);
        var count = FieldPositions.FieldCount(slice);
        var expanded = new Dictionary<string, SourceLocation>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var packed = data[start + FieldPositions.Header + i];
            expanded[layout.Fields[FieldPositions.Field(packed)]] = FieldPositions.Location(layout, data[start + 1], packed);
        }

        slice = FieldPositions.ExpandFields(slice);
        return expanded;
    }
}

/// <summary>An element with an id that references can name.</summary>
public abstract class IdentifiedElement : PlanElement
{
    public required string Id { get; set; }
}
