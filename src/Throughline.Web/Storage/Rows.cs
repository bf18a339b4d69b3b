namespace Throughline.Web.Storage;

// The storage shapes of a plan. They mirror Throughline.Core.Model but stay separate from it: the tables
// may gain columns (audit, privacy) that the plan format does not have. PlanRows maps between the two.

/// <summary>A tenant: one organization and its plan. The slug is how URLs name it.</summary>
public sealed class OrganizationRow
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; } = 1;
}

/// <summary>
/// A row that belongs to one organization's plan. <see cref="Version"/> starts at 1 and goes up by one
/// whenever the item's content changes: it is the item's concurrency token and, later, its ETag.
/// </summary>
public abstract class PlanRow
{
    public Guid OrganizationId { get; set; }

    /// <summary>The position in the plan file, so that an export writes items in the order they were imported.</summary>
    public int Ordinal { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>The element's <c>x-…</c> keys as a JSON object (see <see cref="ExtensionJson"/>); null when it has none.</summary>
    public string? Extensions { get; set; }
}

/// <summary>An element with an id unique in its organization's plan.</summary>
public abstract class ItemRow : PlanRow
{
    public string Id { get; set; } = "";
}

/// <summary>An element listed under another element (a check-in under its key result), ordered by <see cref="PlanRow.Ordinal"/>.</summary>
public abstract class ChildRow : PlanRow
{
    public string ParentId { get; set; } = "";
}

/// <summary>One id of a list of references (supports, depends on, members), ordered by <see cref="Ordinal"/>.</summary>
public abstract class LinkRow
{
    public Guid OrganizationId { get; set; }
    public string ParentId { get; set; } = "";
    public int Ordinal { get; set; }
    public string TargetId { get; set; } = "";
}

/// <summary>The plan's own fields and its organization's: one row per organization that has a plan.</summary>
public sealed class PlanSettingsRow : PlanRow
{
    public int FormatVersion { get; set; }
    public string OrganizationName { get; set; } = "";
    public int? MaxInitiatives { get; set; }
    public string? OrganizationExtensions { get; set; }
}

public sealed class UnitRow : ItemRow
{
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
    public double? Capacity { get; set; }
    public int? MaxInitiatives { get; set; }
}

public sealed class UnitMemberRow : LinkRow;

public sealed class PersonRow : ItemRow
{
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public string? Level { get; set; }
    public string? Manager { get; set; }
    public string? Email { get; set; }
}

public sealed class VisionRow : PlanRow
{
    public string Statement { get; set; } = "";
    public string? Purpose { get; set; }
    public DateOnly? Horizon { get; set; }
}

public sealed class ValueRow : PlanRow
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class SwotRow : ItemRow
{
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
}
