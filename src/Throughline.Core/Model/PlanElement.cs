namespace Throughline.Core.Model;

/// <summary>
/// Anything read from a plan file. Carries where it was read from, so that findings and errors can
/// point at the line, and the <c>x-…</c> keys the reader kept but does not interpret.
/// </summary>
public abstract class PlanElement
{
    /// <summary>Where the element starts; null for elements built in code.</summary>
    public SourceLocation? Location { get; set; }

    /// <summary>Where each field's value starts, by its YAML key; filled by the reader.</summary>
    public Dictionary<string, SourceLocation>? FieldLocations { get; set; }

    /// <summary>The element's <c>x-…</c> keys with their values (strings, numbers, booleans, lists and maps).</summary>
    public Dictionary<string, object?>? Extensions { get; set; }

    /// <summary>The location of one field if known, else of the element.</summary>
    public SourceLocation? LocationOf(string field) =>
        FieldLocations is not null && FieldLocations.TryGetValue(field, out var at) ? at : Location;

    /// <summary>A copy that shares the original's lists and values: for edits that replace one field and keep the rest.</summary>
    public T ShallowCopy<T>()
        where T : PlanElement => (T)MemberwiseClone();
}

/// <summary>An element with an id that references can name.</summary>
public abstract class IdentifiedElement : PlanElement
{
    public required string Id { get; set; }
}
