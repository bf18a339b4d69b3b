using System.Text;
using Throughline.Core.Model;

namespace Throughline.Core.Priorities;

/// <summary>An initiative's place in the priority hierarchy, with the arithmetic that put it there.</summary>
public sealed class RankedInitiative
{
    private readonly CriterionTable table;
    private readonly int row;
    private IReadOnlyList<CriterionScore>? criteria;

    internal RankedInitiative(
        int index, Initiative initiative, int rank, int of, double score, PriorityTier tier, CriterionTable table, int row)
    {
        Index = index;
        Initiative = initiative;
        Rank = rank;
        Of = of;
        Score = score;
        Tier = tier;
        this.table = table;
        this.row = row;
    }

    /// <summary>The initiative's index in the plan (and in <see cref="Analysis.PlanGraph"/>).</summary>
    public int Index { get; }

    public Initiative Initiative { get; }
    public string Id => Initiative.Id;

    /// <summary>1 for the initiative that should go first.</summary>
    public int Rank { get; }

    /// <summary>How many initiatives were ranked.</summary>
    public int Of { get; }

    /// <summary>Σ weight × normalized / Σ weight, from 0 to 1.</summary>
    public double Score { get; }

    public PriorityTier Tier { get; }

    /// <summary>One entry per criterion, in the order of <see cref="PriorityRanking.Criteria"/>.</summary>
    public IReadOnlyList<CriterionScore> Criteria => criteria ??= table.Row(row, Index);

    /// <summary>The sum of the criteria's weights, the divisor of every contribution.</summary>
    public double TotalWeight => table.TotalWeight;

    /// <summary>
    /// The ranking in words, then one line per criterion with its arithmetic, for example
    /// <c>alignment 5, serves G1 (priority 1 of 2): 1 × 3 / 10 = 0.3</c>.
    /// </summary>
    public string Explanation
    {
        get
        {
            var text = new StringBuilder();
            text.Append($"{Id} ranks {ScoreText.Ordinal(Rank)} of {Of} ({Tier.Label()} tier) with score {ScoreText.Number(Score)}");
            foreach (var criterion in Criteria)
            {
                text.Append("\n  ").Append(Line(criterion));
            }

            return text.ToString();
        }
    }

    private string Line(CriterionScore c)
    {
        var score = c.Raw is { } raw ? $"{c.Criterion.Id} {ScoreText.Number(raw)}" : $"{c.Criterion.Id} not scored";
        var why = c.Criterion.Id == DecisionCriterion.Alignment ? $", {c.Reason}"
            : c.Criterion.Better == CriterionPreference.Lower ? ", lower is better"
            : "";
        return $"{score}{why}: {ScoreText.Number(c.Normalized)} × {ScoreText.Number(c.Weight)} / {ScoreText.Number(TotalWeight)} " +
            $"= {ScoreText.Number(c.Contribution)}";
    }
}
