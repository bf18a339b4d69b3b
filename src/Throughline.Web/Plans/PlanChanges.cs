using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

/// <summary>One item of a plan, named as an API client names it: its kind (<c>goal</c>, <c>key-result</c>, …) and id.</summary>
public sealed record PlanItemRef(string Kind, string Id);

/// <summary>What an import changes, item by item. A check-in or a contribution changes the item it is listed under.</summary>
public sealed record PlanChanges(
    IReadOnlyList<PlanItemRef> Added,
    IReadOnlyList<PlanItemRef> Changed,
    IReadOnlyList<PlanItemRef> Removed,
    int Unchanged);

/// <summary>
/// Compares the stored rows of a plan with the rows of a new one, and carries versions over: an unchanged
/// item keeps its version, a changed one goes up by one, a new one starts at 1.
/// </summary>
public static class PlanDiff
{
    // What the item is, not where it is stored or how often it changed: the content alone decides "changed".
    private static readonly JsonSerializerOptions Content = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.Where(p => p.Name is nameof(PlanRow.OrganizationId) or nameof(PlanRow.Ordinal) or nameof(PlanRow.Version)).ToList())
                    {
                        info.Properties.Remove(property);
                    }
                },
            },
        },
    };

    public static PlanChanges Apply(PlanRows stored, PlanRows incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        var before = Items(stored).ToDictionary(i => i.Ref);
        var added = new List<PlanItemRef>();
        var changed = new List<PlanItemRef>();
        var unchanged = 0;
        var seen = new HashSet<PlanItemRef>();
        foreach (var item in Items(incoming))
        {
            seen.Add(item.Ref);
            if (!before.TryGetValue(item.Ref, out var old))
            {
                item.Row.Version = 1;
                added.Add(item.Ref);
            }
            else if (string.Equals(old.Fingerprint, item.Fingerprint, StringComparison.Ordinal))
            {
                item.Row.Version = old.Row.Version;
                unchanged++;
            }
            else
            {
                item.Row.Version = old.Row.Version + 1;
                changed.Add(item.Ref);
            }
        }

        CarryOverChildVersions(stored.CheckIns, incoming.CheckIns);
        CarryOverChildVersions(stored.Contributions, incoming.Contributions);
        var removed = before.Keys.Where(r => !seen.Contains(r)).ToList();
        return new PlanChanges(added, changed, removed, unchanged);
    }

    /// <summary>The version of every item of the plan, as the API's ETags give them.</summary>
    public static Dictionary<PlanItemRef, int> Versions(PlanRows rows) => Items(rows).ToDictionary(i => i.Ref, i => i.Row.Version);

    private sealed record Item(PlanItemRef Ref, PlanRow Row, string Fingerprint);

    private static IEnumerable<Item> Items(PlanRows rows)
    {
        var members = rows.UnitMembers.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var swot = rows.GoalSwot.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var contributions = rows.Contributions.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var checkIns = rows.CheckIns.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var dependencies = rows.Dependencies.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var supports = rows.InitiativeSupports.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var scores = rows.Scores.ToLookup(r => r.InitiativeId, StringComparer.Ordinal);
        var actionSupports = rows.ActionSupports.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var parameters = rows.RuleParameters.ToLookup(r => r.RuleId, StringComparer.Ordinal);

        if (rows.Settings is { } settings)
        {
            yield return New("organization", "organization", settings);
        }

        if (rows.Vision is { } vision)
        {
            yield return New("vision", "vision", vision);
        }

        var valueNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in rows.Values)
        {
            // Values have no id; their name stands in, and a repeated name is told apart by its position.
            yield return New("value", valueNames.Add(value.Name) ? value.Name : $"{value.Name}#{value.Ordinal}", value);
        }

        foreach (var r in rows.Units)
        { yield return New("unit", r.Id, r, members[r.Id]); }
        foreach (var r in rows.People)
        { yield return New("person", r.Id, r); }
        foreach (var r in rows.Swot)
        { yield return New("swot", r.Id, r); }
        foreach (var r in rows.Goals)
        { yield return New("goal", r.Id, r, swot[r.Id]); }
        foreach (var r in rows.Objectives)
        { yield return New("objective", r.Id, r, contributions[r.Id]); }
        foreach (var r in rows.KeyResults)
        { yield return New("key-result", r.Id, r, checkIns[r.Id]); }
        foreach (var r in rows.Initiatives)
        { yield return New("initiative", r.Id, r, dependencies[r.Id], supports[r.Id], scores[r.Id]); }
        foreach (var r in rows.Actions)
        { yield return New("action", r.Id, r, actionSupports[r.Id]); }
        foreach (var r in rows.Criteria)
        { yield return New("criterion", r.Id, r); }
        foreach (var r in rows.Rules)
        { yield return New("rule", r.Id, r, parameters[r.Id]); }
    }

    private static Item New(string kind, string id, PlanRow row, params IEnumerable<object>[] children) =>
        new(new PlanItemRef(kind, id), row, JsonSerializer.Serialize<object[]>([row, .. children.Select(c => c.ToArray())], Content));

    private static void CarryOverChildVersions<TRow>(List<TRow> stored, List<TRow> incoming)
        where TRow : ChildRow
    {
        var before = stored.ToDictionary(r => (r.ParentId, r.Ordinal));
        foreach (var row in incoming)
        {
            row.Version = !before.TryGetValue((row.ParentId, row.Ordinal), out var old) ? 1
                : JsonSerializer.Serialize<object>(old, Content) == JsonSerializer.Serialize<object>(row, Content) ? old.Version
                : old.Version + 1;
        }
    }
}
