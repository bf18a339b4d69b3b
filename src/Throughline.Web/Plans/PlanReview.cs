using Throughline.Core.Model;
using Throughline.Web.Analysis;

namespace Throughline.Web.Plans;

/// <summary>One item in a review of changes: its id and, where it has one, its title or name.</summary>
public sealed record ReviewedItem(string Id, string? Title);

/// <summary>The changes to one kind of item: how many, and the first of each, listed.</summary>
public sealed record ReviewedKind(
    string Kind, string Label, int AddedCount, int ChangedCount, int RemovedCount,
    IReadOnlyList<ReviewedItem> Added, IReadOnlyList<ReviewedItem> Changed, IReadOnlyList<ReviewedItem> Removed)
{
    public int Total => AddedCount + ChangedCount + RemovedCount;
}

/// <summary>What an import would change, kind by kind in the order of the plan file, for a person to review before applying it.</summary>
public sealed record PlanReview(IReadOnlyList<ReviewedKind> Kinds, int Added, int Changed, int Removed, int Unchanged)
{
    /// <summary>At most this many items of a kind are listed per kind of change; the counts cover all.</summary>
    public const int Listed = 100;

    private static readonly (string Kind, string Label)[] Order =
    [
        ("organization", "Organization"), ("vision", "Vision"), ("value", "Values"), ("unit", "Units"), ("person", "People"),
        ("swot", "SWOT items"), ("goal", "Goals"), ("objective", "Objectives"), ("key-result", "Key results"),
        ("initiative", "Initiatives"), ("action", "Actions"), ("criterion", "Decision criteria"), ("rule", "Rule settings"),
    ];

    public bool IsEmpty => Added + Changed + Removed == 0;

    /// <summary>Groups the changes by kind; titles of added and changed items come from the new plan, of removed ones from the current.</summary>
    public static PlanReview Build(PlanChanges changes, PlanIndex incoming, PlanIndex current)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(current);
        var added = changes.Added.ToLookup(r => r.Kind, StringComparer.Ordinal);
        var changed = changes.Changed.ToLookup(r => r.Kind, StringComparer.Ordinal);
        var removed = changes.Removed.ToLookup(r => r.Kind, StringComparer.Ordinal);
        var kinds = new List<ReviewedKind>();
        foreach (var (kind, label) in Order)
        {
            var group = new ReviewedKind(kind, label, added[kind].Count(), changed[kind].Count(), removed[kind].Count(),
                List(added[kind], incoming), List(changed[kind], incoming), List(removed[kind], current));
            if (group.Total > 0)
            {
                kinds.Add(group);
            }
        }

        return new PlanReview(kinds, changes.Added.Count, changes.Changed.Count, changes.Removed.Count, changes.Unchanged);
    }

    // Ids of the kinds without an element of their own (values go by name, rules by rule id) are not looked up.
    private static List<ReviewedItem> List(IEnumerable<PlanItemRef> items, PlanIndex index) =>
        [.. items.Take(Listed).Select(r => new ReviewedItem(r.Id, r.Kind is "organization" or "vision" or "value" or "rule" ? null : Title(index.Find(r.Id)?.Element)))];

    private static string? Title(IdentifiedElement? element) => element switch
    {
        Goal g => g.Title,
        Objective o => o.Title,
        KeyResult k => k.Title,
        Initiative i => i.Title,
        PlanAction a => a.Title,
        Unit u => u.Name,
        Person p => p.Name,
        SwotItem s => s.Text,
        DecisionCriterion c => c.Name,
        _ => null,
    };
}
