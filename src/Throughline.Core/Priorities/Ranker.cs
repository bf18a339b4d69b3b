using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Priorities;

/// <summary>Scores open initiatives on the decision criteria, sorts them and cuts the ranking into tiers.</summary>
internal static class Ranker
{
    public const double NeutralScore = 0.5;

    /// <summary>
    /// Scores are compared to 9 decimals, so that two sums equal on paper but added in another order
    /// (0.1 + 0.2 against 0.2 + 0.1) tie instead of being ordered by rounding noise.
    /// </summary>
    public static double SortKey(double score) => Math.Round(score, 9);

    public static PriorityRanking Rank(AnalysisResult result)
    {
        var initiatives = result.Plan.Initiatives;
        var open = new List<int>(initiatives.Count);
        for (var n = 0; n < initiatives.Count; n++)
        {
            if (initiatives[n].Status is not (InitiativeStatus.Done or InitiativeStatus.Cancelled))
            {
                open.Add(n);
            }
        }

        var criteria = DecisionCriteria.Of(result.Plan);
        var table = new CriterionTable(criteria, InitiativeAlignment.Compute(result), open.Count);
        var score = new double[open.Count];
        for (var row = 0; row < open.Count; row++)
        {
            score[row] = Score(table, row, open[row], initiatives[open[row]]);
        }

        // Best score first; then the author's priority (lower first, none last); then file order.
        var key = score.Select(SortKey).ToArray();
        var priority = open.Select(n => initiatives[n].Priority ?? int.MaxValue).ToArray();
        var order = Enumerable.Range(0, open.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byScore = key[b].CompareTo(key[a]);
            var byPriority = priority[a].CompareTo(priority[b]);
            return byScore != 0 ? byScore : byPriority != 0 ? byPriority : open[a].CompareTo(open[b]);
        });

        var count = order.Length;
        var ranked = new RankedInitiative[count];
        var positionOf = new int[initiatives.Count];
        Array.Fill(positionOf, -1);
        for (var at = 0; at < count; at++)
        {
            var row = order[at];
            var rank = at + 1;

            // Top third rounded up, then up to two thirds rounded up, then the rest.
            var tier = rank <= (count + 2) / 3 ? PriorityTier.First
                : rank <= (2 * count + 2) / 3 ? PriorityTier.Second
                : PriorityTier.Third;
            ranked[at] = new RankedInitiative(open[row], initiatives[open[row]], rank, count, score[row], tier, table, row);
            positionOf[open[row]] = at;
        }

        return new PriorityRanking(criteria, ranked, positionOf);
    }

    /// <summary>Fills the initiative's row of the table and returns Σ weight × normalized / Σ weight.</summary>
    private static double Score(CriterionTable table, int row, int index, Initiative initiative)
    {
        var criteria = table.Criteria;
        var weighted = 0.0;
        for (var c = 0; c < criteria.Count; c++)
        {
            var at = row * criteria.Count + c;
            if (criteria[c].Id == DecisionCriterion.Alignment)
            {
                table.Raw[at] = table.Alignment.Value(index);
                table.Normalized[at] = (table.Raw[at] - 1) / 4;
            }
            else if (initiative.Scores.TryGetValue(criteria[c].Id, out var raw))
            {
                // The reader accepts scores from 1 to 5 only; clamping keeps one set in code within 0..1.
                var clamped = Math.Clamp(raw, 1, 5);
                table.Raw[at] = raw;
                table.Normalized[at] = criteria[c].Better == CriterionPreference.Lower ? (5 - clamped) / 4 : (clamped - 1) / 4;
            }
            else
            {
                // Neither punished nor rewarded for what nobody assessed.
                table.Raw[at] = double.NaN;
                table.Normalized[at] = NeutralScore;
            }

            weighted += table.Weights[c] * table.Normalized[at];
        }

        return table.TotalWeight > 0 ? weighted / table.TotalWeight : 0;
    }
}
