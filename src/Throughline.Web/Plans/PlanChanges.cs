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
/// item keeps its version, a changed one goes up by one, a new one starts at 1. An item is its row and the
/// rows listed under it, compared column by column, leaving out where they are stored (organization,
/// position) and how often they changed (version).
/// </summary>
public static class PlanDiff
{
    public static PlanChanges Apply(PlanRows stored, PlanRows incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        var before = new Dictionary<PlanItemRef, Item>();
        foreach (var item in Items(stored, withChildren: true))
        {
            before.Add(item.Ref, item);
        }

        var added = new List<PlanItemRef>();
        var changed = new List<PlanItemRef>();
        var unchanged = 0;
        var seen = new HashSet<PlanItemRef>();
        foreach (var item in Items(incoming, withChildren: true))
        {
            seen.Add(item.Ref);
            if (!before.TryGetValue(item.Ref, out var old))
            {
                item.Row.Version = 1;
                added.Add(item.Ref);
            }
            else if (item.SameContent(old))
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
    public static Dictionary<PlanItemRef, int> Versions(PlanRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Items(rows, withChildren: false).ToDictionary(i => i.Ref, i => i.Row.Version);
    }

    private static IEnumerable<Item> Items(PlanRows rows, bool withChildren)
    {
        var members = Children(rows.UnitMembers, r => r.ParentId, withChildren);
        var swot = Children(rows.GoalSwot, r => r.ParentId, withChildren);
        var contributions = Children(rows.Contributions, r => r.ParentId, withChildren);
        var checkIns = Children(rows.CheckIns, r => r.ParentId, withChildren);
        var dependencies = Children(rows.Dependencies, r => r.ParentId, withChildren);
        var supports = Children(rows.InitiativeSupports, r => r.ParentId, withChildren);
        var scores = Children(rows.Scores, r => r.InitiativeId, withChildren);
        var actionSupports = Children(rows.ActionSupports, r => r.ParentId, withChildren);
        var parameters = Children(rows.RuleParameters, r => r.RuleId, withChildren);

        if (rows.Settings is { } settings)
        {
            yield return new Item<PlanSettingsRow>("organization", "organization", settings);
        }

        if (rows.Vision is { } vision)
        {
            yield return new Item<VisionRow>("vision", "vision", vision);
        }

        var valueNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in rows.Values)
        {
            // Values have no id; their name stands in, and a repeated name is told apart by its position.
            yield return new Item<ValueRow>("value", valueNames.Add(value.Name) ? value.Name : $"{value.Name}#{value.Ordinal}", value);
        }

        foreach (var r in rows.Units)
        { yield return new Item<UnitRow>("unit", r.Id, r, members(r.Id)); }
        foreach (var r in rows.People)
        { yield return new Item<PersonRow>("person", r.Id, r); }
        foreach (var r in rows.Swot)
        { yield return new Item<SwotRow>("swot", r.Id, r); }
        foreach (var r in rows.Goals)
        { yield return new Item<GoalRow>("goal", r.Id, r, swot(r.Id)); }
        foreach (var r in rows.Objectives)
        { yield return new Item<ObjectiveRow>("objective", r.Id, r, contributions(r.Id)); }
        foreach (var r in rows.KeyResults)
        { yield return new Item<KeyResultRow>("key-result", r.Id, r, checkIns(r.Id)); }
        foreach (var r in rows.Initiatives)
        { yield return new Item<InitiativeRow>("initiative", r.Id, r, dependencies(r.Id), supports(r.Id), scores(r.Id)); }
        foreach (var r in rows.Actions)
        { yield return new Item<ActionRow>("action", r.Id, r, actionSupports(r.Id)); }
        foreach (var r in rows.Criteria)
        { yield return new Item<CriterionRow>("criterion", r.Id, r); }
        foreach (var r in rows.Rules)
        { yield return new Item<RuleSettingRow>("rule", r.Id, r, parameters(r.Id)); }
    }

    /// <summary>The rows listed under each parent, in their order; nothing when the children do not matter.</summary>
    private static Func<string, ChildRows> Children<TRow>(List<TRow> rows, Func<TRow, string> parent, bool wanted)
        where TRow : class, new()
    {
        if (!wanted)
        {
            return _ => ChildRows<TRow>.None;
        }

        var byParent = ByParent(rows, parent);
        return id => byParent.TryGetValue(id, out var children) ? new ChildRows<TRow>(children) : ChildRows<TRow>.None;
    }

    private static Dictionary<string, List<TRow>> ByParent<TRow>(List<TRow> rows, Func<TRow, string> parent)
    {
        var byParent = new Dictionary<string, List<TRow>>(StringComparer.Ordinal);
        List<TRow>? current = null;
        string? currentParent = null;
        foreach (var row in rows)
        {
            // Rows come grouped by parent: look the list up only when the parent changes.
            var id = parent(row);
            if (current is null || !string.Equals(id, currentParent, StringComparison.Ordinal))
            {
                if (!byParent.TryGetValue(id, out current))
                {
                    current = [];
                    byParent.Add(id, current);
                }

                currentParent = id;
            }

            current.Add(row);
        }

        return byParent;
    }

    private static void CarryOverChildVersions<TRow>(List<TRow> stored, List<TRow> incoming)
        where TRow : ChildRow, new()
    {
        var before = ByParent(stored, r => r.ParentId);
        foreach (var row in incoming)
        {
            var old = before.TryGetValue(row.ParentId, out var siblings) ? At(siblings, row.Ordinal) : null;
            row.Version = old is null ? 1 : RowTable<TRow>.SameContent(old, row) ? old.Version : old.Version + 1;
        }
    }

    /// <summary>The row at an ordinal of its parent's rows; they are stored in order, usually without gaps.</summary>
    private static TRow? At<TRow>(List<TRow> siblings, int ordinal)
        where TRow : ChildRow =>
        ordinal >= 0 && ordinal < siblings.Count && siblings[ordinal].Ordinal == ordinal ? siblings[ordinal] : siblings.Find(r => r.Ordinal == ordinal);

    private abstract class Item(PlanItemRef reference, PlanRow row)
    {
        public PlanItemRef Ref { get; } = reference;

        public PlanRow Row { get; } = row;

        /// <summary>Whether <paramref name="other"/>, an item with the same reference, holds the same content.</summary>
        public abstract bool SameContent(Item other);
    }

    private sealed class Item<TRow>(string kind, string id, TRow row, params ChildRows[] children) : Item(new PlanItemRef(kind, id), row)
        where TRow : PlanRow, new()
    {
        private readonly ChildRows[] children = children;

        public override bool SameContent(Item other)
        {
            var that = (Item<TRow>)other;
            if (!RowTable<TRow>.SameContent((TRow)Row, (TRow)that.Row))
            {
                return false;
            }

            for (var i = 0; i < children.Length; i++)
            {
                if (!children[i].SameContent(that.children[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private abstract class ChildRows
    {
        public abstract bool SameContent(ChildRows other);
    }

    /// <summary>The rows listed under one item: the same when they hold the same content in the same order.</summary>
    private sealed class ChildRows<TRow>(List<TRow> rows) : ChildRows
        where TRow : class, new()
    {
        public static readonly ChildRows<TRow> None = new([]);

        private readonly List<TRow> rows = rows;

        public override bool SameContent(ChildRows other)
        {
            var that = ((ChildRows<TRow>)other).rows;
            if (that.Count != rows.Count)
            {
                return false;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                if (!RowTable<TRow>.SameContent(rows[i], that[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
