using Throughline.Core.Model;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

/// <summary>
/// Check-ins read straight into the plan's objects, by key result, without keeping their rows: millions of
/// them make most of a large plan. Check-ins by the same person share one string.
/// </summary>
internal sealed class CheckInGroups
{
    private readonly Dictionary<string, Group> byKeyResult = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> authors = new(StringComparer.Ordinal);
    private Group? current;
    private string? currentKeyResult;

    /// <summary>Takes one stored check-in; the row may be reused for the next one.</summary>
    public void Add(CheckInRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        // Rows mostly come by key result: look the group up only when the key result changes.
        if (current is null || !string.Equals(row.ParentId, currentKeyResult, StringComparison.Ordinal))
        {
            if (!byKeyResult.TryGetValue(row.ParentId, out current))
            {
                current = new Group();
                byKeyResult.Add(row.ParentId, current);
            }

            currentKeyResult = row.ParentId;
        }

        var checkIn = PlanRows.ToCheckIn(row);
        if (checkIn.By is { } by)
        {
            checkIn.By = authors.TryGetValue(by, out var shared) ? shared : authors[by] = by;
        }

        current.CheckIns.Add(checkIn);
        current.Ordinals.Add(row.Ordinal);
    }

    /// <summary>The key result's check-ins, oldest first as stored; each list is handed out once.</summary>
    public List<CheckIn> Of(string keyResult)
    {
        if (!byKeyResult.Remove(keyResult, out var group))
        {
            return [];
        }

        var ordinals = group.Ordinals;
        for (var i = 1; i < ordinals.Count; i++)
        {
            if (ordinals[i - 1] > ordinals[i])
            {
                var sorted = group.CheckIns.ToArray();
                Array.Sort(ordinals.ToArray(), sorted);
                return [.. sorted];
            }
        }

        return group.CheckIns;
    }

    private sealed class Group
    {
        public List<CheckIn> CheckIns { get; } = [];

        public List<int> Ordinals { get; } = [];
    }
}
