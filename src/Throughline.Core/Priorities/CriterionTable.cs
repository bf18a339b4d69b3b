using Throughline.Core.Model;

namespace Throughline.Core.Priorities;

/// <summary>
/// The raw and normalized value of every ranked initiative on every criterion, in flat arrays (one row per
/// initiative), so that ranking twenty thousand initiatives allocates a few arrays rather than a record per
/// criterion and initiative. The <see cref="CriterionScore"/> records are built when someone asks for them.
/// </summary>
internal sealed class CriterionTable
{
    public CriterionTable(IReadOnlyList<DecisionCriterion> criteria, InitiativeAlignment alignment, int rows)
    {
        Criteria = criteria;
        Alignment = alignment;

        // The reader rejects weights that are not positive; one set below 0 in code counts as 0 so the score stays within 0..1.
        Weights = criteria.Select(c => Math.Max(c.Weight, 0)).ToArray();
        TotalWeight = Weights.Sum();
        Raw = new double[rows * criteria.Count];
        Normalized = new double[rows * criteria.Count];
    }

    public IReadOnlyList<DecisionCriterion> Criteria { get; }
    public InitiativeAlignment Alignment { get; }
    public double[] Weights { get; }
    public double TotalWeight { get; }

    /// <summary>NaN where the initiative is not scored on the criterion.</summary>
    public double[] Raw { get; }

    public double[] Normalized { get; }

    public CriterionScore[] Row(int row, int initiative)
    {
        var scores = new CriterionScore[Criteria.Count];
        for (var c = 0; c < scores.Length; c++)
        {
            var at = row * Criteria.Count + c;
            var criterion = Criteria[c];
            var reason = criterion.Id == DecisionCriterion.Alignment ? Alignment.Reason(initiative)
                : double.IsNaN(Raw[at]) ? "not scored"
                : null;
            var contribution = TotalWeight > 0 ? Weights[c] * Normalized[at] / TotalWeight : 0;
            scores[c] = new CriterionScore(
                criterion, double.IsNaN(Raw[at]) ? null : Raw[at], Normalized[at], Weights[c], contribution, reason);
        }

        return scores;
    }
}
