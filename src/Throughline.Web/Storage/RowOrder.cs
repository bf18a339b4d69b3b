using System.Reflection;

namespace Throughline.Web.Storage;

/// <summary>
/// The two orders of a table's rows. The key's order (organization aside), for writing: rows inserted in it
/// fill the primary key's index from left to right and lie on disk in the order the index reads them. The
/// plan's order, for reading: items by position, rows listed under a parent by parent and then position.
/// Reads ask the database for no order and sort here, where the rows mostly arrive in order already.
/// </summary>
internal sealed class RowOrder<TRow>
    where TRow : class
{
    private readonly Func<TRow, int> ordinal;
    private readonly Func<TRow, string>? id;
    private readonly bool ordinalInKey;

    /// <param name="key">The primary key's properties after the organization: none, the position, an id, or a parent id and the position.</param>
    public RowOrder(IReadOnlyList<string> key)
    {
        ordinal = Getter<int>(nameof(PlanRow.Ordinal));
        (id, ordinalInKey) = key switch
        {
            [] => (null, false),
            [nameof(PlanRow.Ordinal)] => (null, true),
            [var text] => (Getter<string>(text), false),
            [var text, nameof(PlanRow.Ordinal)] => (Getter<string>(text), true),
            _ => throw new NotSupportedException($"{typeof(TRow).Name} has a primary key of {string.Join(", ", key)}, which bulk writes cannot order."),
        };
    }

    /// <summary>The rows in the primary key's order.</summary>
    public IReadOnlyList<TRow> ForWriting(IReadOnlyCollection<TRow> rows) =>
        id is { } parent && ordinalInKey ? ByParent(rows, parent) : Sorted([.. rows], CompareKeys);

    /// <summary>Compares two rows of the organization by primary key, in the order of <see cref="ForWriting"/>.</summary>
    public int CompareKeys(TRow a, TRow b) => (id, ordinalInKey) switch
    {
        (null, false) => 0,
        (null, true) => ByOrdinal(a, b),
        ({ } text, false) => string.CompareOrdinal(text(a), text(b)),
        ({ } text, true) => string.CompareOrdinal(text(a), text(b)) is var byParent and not 0 ? byParent : ByOrdinal(a, b),
    };

    /// <summary>Puts rows read in any order in plan order.</summary>
    public List<TRow> ForPlan(List<TRow> rows) => (id, ordinalInKey) switch
    {
        (null, false) => rows,
        (null, true) => Sorted(rows, ByOrdinal),
        ({ } text, false) => Sorted(rows, (a, b) => ordinal(a) != ordinal(b) ? ordinal(a).CompareTo(ordinal(b)) : string.CompareOrdinal(text(a), text(b))),
        ({ } text, true) => ByParent(rows, text),
    };

    private int ByOrdinal(TRow a, TRow b) => ordinal(a).CompareTo(ordinal(b));

    private static List<TRow> Sorted(List<TRow> rows, Comparison<TRow> comparison)
    {
        if (!InOrder(rows, comparison))
        {
            rows.Sort(comparison);
        }

        return rows;
    }

    /// <summary>
    /// Sorted by parent and position, for millions of check-ins: they come grouped by parent, so the groups
    /// are sorted, not the rows.
    /// </summary>
    private List<TRow> ByParent(IReadOnlyCollection<TRow> rows, Func<TRow, string> parent)
    {
        var list = rows as List<TRow> ?? [.. rows];
        if (InOrder(list, CompareKeys))
        {
            return list;
        }

        var groups = new Dictionary<string, List<TRow>>(StringComparer.Ordinal);
        List<TRow>? group = null;
        string? current = null;
        foreach (var row in list)
        {
            var key = parent(row);
            if (group is null || !string.Equals(key, current, StringComparison.Ordinal))
            {
                if (!groups.TryGetValue(key, out group))
                {
                    group = [];
                    groups.Add(key, group);
                }

                current = key;
            }

            group.Add(row);
        }

        var parents = groups.Keys.ToArray();
        Array.Sort(parents, StringComparer.Ordinal);
        var sorted = new List<TRow>(list.Count);
        foreach (var key in parents)
        {
            var siblings = groups[key];
            if (!InOrder(siblings, ByOrdinal))
            {
                siblings.Sort(ByOrdinal);
            }

            sorted.AddRange(siblings);
        }

        return sorted;
    }

    private static bool InOrder(List<TRow> rows, Comparison<TRow> comparison)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (comparison(rows[i - 1], rows[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static Func<TRow, T> Getter<T>(string property) =>
        (typeof(TRow).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetMethod
            ?? throw new NotSupportedException($"{typeof(TRow).Name} has no property {property}.")).CreateDelegate<Func<TRow, T>>();
}
