using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Silos;

/// <summary>Two key results of different units that measure the same thing and want it to go different ways.</summary>
/// <param name="Earlier">The key result that comes first in the plan.</param>
/// <param name="Later">The one that comes after it, which the finding points at.</param>
/// <param name="ByMetric">True when they share a <c>metric</c> key, false when their unit and title match.</param>
internal readonly record struct KeyResultConflict(int Earlier, int Later, bool ByMetric);

/// <summary>
/// Finds the conflicting pairs among key results of objectives that name a unit. Key results are grouped
/// by metric key (case-insensitive), and by unit of measure plus the title's measure words, so that only
/// key results of one group meet; within a group, <see cref="ConflictSweep"/> visits only pairs that
/// can conflict.
/// </summary>
internal static class KeyResultConflicts
{
    public static List<KeyResultConflict> Find(PlanGraph graph)
    {
        var byMetric = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byTitle = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // Units of an organization tend to reuse titles ("Revenue", "NPS"): each distinct title is reduced once.
        var measureWords = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var k = 0; k < graph.FirstSuccessMeasure; k++)
        {
            if (graph.ObjectiveUnit[graph.KrObjective[k]] < 0)
            {
                continue;
            }

            var kr = graph.KeyResult(k);
            if (HasMetric(kr))
            {
                Add(byMetric, kr.Metric!.Trim(), k);
            }

            if (string.IsNullOrWhiteSpace(kr.Unit))
            {
                continue;
            }

            if (!measureWords.TryGetValue(kr.Title, out var words))
            {
                words = MeasureTitles.Key(kr.Title);
                measureWords.Add(kr.Title, words);
            }

            if (words is not null)
            {
                Add(byTitle, $"{kr.Unit.Trim().ToLowerInvariant()}\n{words}", k);
            }
        }

        var conflicts = new List<KeyResultConflict>();
        foreach (var group in byMetric.Values)
        {
            new ConflictSweep(graph, byMetric: true, conflicts).Run(group);
        }

        foreach (var group in byTitle.Values)
        {
            new ConflictSweep(graph, byMetric: false, conflicts).Run(group);
        }

        conflicts.Sort((a, b) => a.Later != b.Later ? a.Later.CompareTo(b.Later) : a.Earlier.CompareTo(b.Earlier));
        return conflicts;
    }

    public static bool HasMetric(KeyResult kr) => !string.IsNullOrWhiteSpace(kr.Metric);

    private static void Add(Dictionary<string, List<int>> groups, string key, int k)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = [];
            groups.Add(key, group);
        }

        group.Add(k);
    }
}
