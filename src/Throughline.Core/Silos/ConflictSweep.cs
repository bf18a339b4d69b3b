using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Silos;

/// <summary>
/// Finds the conflicting pairs within one group of key results that measure the same thing. Two key
/// results conflict when one goes up and the other down, when both keep ranges that do not overlap, or
/// when one keeps a range and the other's target lies outside it. Pairs going the same way are never
/// visited, and ranges and targets are sorted so that each sweep walks straight to the pairs that
/// conflict: the work grows with the group and the conflicts found, not with the square of the group.
/// </summary>
internal sealed class ConflictSweep(PlanGraph graph, bool byMetric, List<KeyResultConflict> conflicts)
{
    // Buckets by kind (up, down, kept) and by whether the key result has a metric key. In a title group,
    // two key results that both have a metric key are matched by it alone, so that pair of buckets is skipped.
    private readonly List<int>[] up = [[], []];
    private readonly List<int>[] down = [[], []];
    private readonly List<int>[] kept = [[], []];

    public void Run(List<int> group)
    {
        foreach (var k in group)
        {
            var kr = graph.KeyResult(k);
            var keyed = KeyResultConflicts.HasMetric(kr) ? 1 : 0;
            switch (graph.KrDirection[k])
            {
                case Direction.Maintain when graph.KrLow[k] <= graph.KrHigh[k]:
                    kept[keyed].Add(k);
                    break;

                // Without a direction or a target the engine assumes "increase"; a conflict needs the plan to say so.
                case Direction.Increase when kr.Direction is not null || kr.Target is not null:
                    up[keyed].Add(k);
                    break;
                case Direction.Decrease:
                    down[keyed].Add(k);
                    break;
            }
        }

        foreach (var list in kept)
        {
            list.Sort((a, b) => graph.KrHigh[a].CompareTo(graph.KrHigh[b]));
        }

        for (var x = 0; x < 2; x++)
        {
            for (var y = 0; y < 2; y++)
            {
                if (!byMetric && x == 1 && y == 1)
                {
                    continue;
                }

                Opposite(up[x], down[y]);
                TargetsOutside(kept[x], [.. up[y], .. down[y]]);
                if (x <= y)
                {
                    RangesApart(kept[x], kept[y], same: x == y);
                }
            }
        }
    }

    private void Opposite(List<int> ups, List<int> downs)
    {
        foreach (var a in ups)
        {
            foreach (var b in downs)
            {
                Add(a, b);
            }
        }
    }

    /// <summary>Pairs whose ranges do not overlap; both lists are sorted by the top of their range.</summary>
    private void RangesApart(List<int> ranges, List<int> others, bool same)
    {
        // For each range, the ranges ending below its low end are a prefix of the list sorted by high end.
        // Within one list each pair is found from its upper range only; across two lists, from both sides.
        Below(ranges, others);
        if (!same)
        {
            Below(others, ranges);
        }
    }

    private void Below(List<int> sortedByHigh, List<int> ranges)
    {
        foreach (var b in ranges)
        {
            for (var i = 0; i < sortedByHigh.Count && graph.KrHigh[sortedByHigh[i]] < graph.KrLow[b]; i++)
            {
                Add(sortedByHigh[i], b);
            }
        }
    }

    private void TargetsOutside(List<int> ranges, List<int> moving)
    {
        if (ranges.Count == 0)
        {
            return;
        }

        // A missing target is NaN: it is neither below nor above any range.
        moving.RemoveAll(k => double.IsNaN(graph.KrTarget[k]));
        moving.Sort((a, b) => graph.KrTarget[a].CompareTo(graph.KrTarget[b]));
        foreach (var r in ranges)
        {
            for (var i = 0; i < moving.Count && graph.KrTarget[moving[i]] < graph.KrLow[r]; i++)
            {
                Add(r, moving[i]);
            }

            for (var i = moving.Count - 1; i >= 0 && graph.KrTarget[moving[i]] > graph.KrHigh[r]; i--)
            {
                Add(r, moving[i]);
            }
        }
    }

    private void Add(int a, int b)
    {
        if (graph.ObjectiveUnit[graph.KrObjective[a]] != graph.ObjectiveUnit[graph.KrObjective[b]])
        {
            conflicts.Add(new KeyResultConflict(Math.Min(a, b), Math.Max(a, b), byMetric));
        }
    }
}
