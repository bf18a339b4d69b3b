using System.Runtime.InteropServices;
using Throughline.Core.Model;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

/// <summary>
/// Check-ins read straight into the plan's objects, by key result, without keeping their rows: millions of
/// them make most of a large plan. One reader adds them while the plan is built from the other tables and
/// takes each key result's list, to be filled; <see cref="Finish"/> then puts every list in stored order.
/// Check-ins by the same person share one string.
/// </summary>
internal sealed class CheckInGroups
{
    private readonly Dictionary<string, Group> byKeyResult = new(StringComparer.Ordinal);
    private readonly Lock groups = new();
    private readonly Dictionary<string, string> authors = new(StringComparer.Ordinal);
    private Group? current;
    private string? currentKeyResult;

    /// <summary>Takes one stored check-in, from the one reader; the row may be reused for the next one.</summary>
    public void Add(CheckInRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        // Rows mostly come by key result: look the group up only when the key result changes.
        if (current is null || !string.Equals(row.ParentId, currentKeyResult, StringComparison.Ordinal))
        {
            current = GroupOf(row.ParentId);
            currentKeyResult = row.ParentId;
        }

        var checkIn = PlanRows.ToCheckIn(row);
        if (checkIn.By is { } by)
        {
            checkIn.By = authors.TryGetValue(by, out var shared) ? shared : authors[by] = by;
        }

        current.Add(checkIn, row.Ordinal);
    }

    /// <summary>The list of the key result's check-ins; complete and in order once the reader is done and <see cref="Finish"/> has run.</summary>
    public List<CheckIn> Of(string keyResult) => GroupOf(keyResult).CheckIns;

    /// <summary>Sorts by position the lists whose check-ins did not arrive in order.</summary>
    public void Finish()
    {
        foreach (var group in byKeyResult.Values)
        {
            group.Sort();
        }
    }

    private Group GroupOf(string keyResult)
    {
        lock (groups)
        {
            if (!byKeyResult.TryGetValue(keyResult, out var group))
            {
                group = new Group();
                byKeyResult.Add(keyResult, group);
            }

            return group;
        }
    }

    private sealed class Group
    {
        private readonly List<int> ordinals = [];
        private bool inOrder = true;

        public List<CheckIn> CheckIns { get; } = [];

        public void Add(CheckIn checkIn, int ordinal)
        {
            inOrder = inOrder && (ordinals.Count == 0 || ordinals[^1] < ordinal);
            ordinals.Add(ordinal);
            CheckIns.Add(checkIn);
        }

        public void Sort()
        {
            if (!inOrder)
            {
                CollectionsMarshal.AsSpan(ordinals).Sort(CollectionsMarshal.AsSpan(CheckIns));
            }
        }
    }
}
