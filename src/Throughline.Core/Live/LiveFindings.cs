using Throughline.Core.Analysis;
using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>
/// The findings of a live analysis with their counts per family, and what the latest check-in added and
/// removed. Every change of a finding goes through here, so the list and the counts cannot disagree.
/// </summary>
internal sealed class LiveFindings
{
    // Finding.Family cuts a new string on every call; the families are known up front.
    private static readonly Dictionary<string, string> FamilyOfRule =
        RuleCatalog.All.ToDictionary(rule => rule.Id, rule => rule.Family, StringComparer.Ordinal);

    public LiveFindings(IReadOnlyList<Finding> sorted, IReadOnlyDictionary<string, int> byFamily)
    {
        Ordered = new OrderedFindings(sorted);
        ByFamily = new Dictionary<string, int>(byFamily, StringComparer.Ordinal);
    }

    public OrderedFindings Ordered { get; }
    public Dictionary<string, int> ByFamily { get; }
    public List<Finding> Added { get; } = [];
    public List<Finding> Removed { get; } = [];

    /// <summary>Starts a new check-in: forgets what the previous one added and removed.</summary>
    public void BeginChange()
    {
        Added.Clear();
        Removed.Clear();
    }

    /// <summary>Puts <paramref name="now"/> where <paramref name="before"/> was; either may be null, and equal ones change nothing.</summary>
    public void Replace(Finding? before, Finding? now)
    {
        if (Equals(before, now))
        {
            return;
        }

        if (before is not null)
        {
            Remove(before);
        }

        if (now is not null)
        {
            Add(now);
        }
    }

    public void Add(Finding finding)
    {
        Ordered.Add(finding);
        Count(finding, +1);
        Added.Add(finding);
    }

    public void Remove(Finding finding)
    {
        if (!Ordered.Remove(finding))
        {
            throw new InvalidOperationException($"The live findings lost track of {finding.RuleId} on {finding.SubjectId}.");
        }

        Count(finding, -1);
        Removed.Add(finding);
    }

    private void Count(Finding finding, int change)
    {
        var family = FamilyOfRule.TryGetValue(finding.RuleId, out var known) ? known : finding.Family;
        ByFamily[family] = ByFamily.GetValueOrDefault(family) + change;
    }
}
