using System.Globalization;

namespace Throughline.Core.Priorities;

/// <summary>Why an initiative should give way to the best-ranked of those it competes with.</summary>
internal static class Yielding
{
    public static string Reason(RankedInitiative initiative, RankedInitiative top, int competing)
    {
        var standing = $"ranks {ScoreText.Ordinal(initiative.Rank)} of {initiative.Of} (score {ScoreText.Number(initiative.Score)})";
        if (initiative == top)
        {
            return competing == 1
                ? $"{standing}, with nothing competing"
                : $"{standing}, the highest of the {competing} competing";
        }

        var topPlace = $"{top.Id} ({ScoreText.Ordinal(top.Rank)}";
        if (Ranker.SortKey(initiative.Score) == Ranker.SortKey(top.Score))
        {
            var mine = initiative.Initiative.Priority;
            var theirs = top.Initiative.Priority;
            return mine != theirs
                ? $"{standing}, tied on score with {topPlace}), which comes first by the author's priority ({Rank(theirs)} against {Rank(mine)})"
                : $"{standing}, tied on score and priority with {topPlace}), which comes first in file order";
        }

        // The criterion on which the leader gains most explains the gap best.
        var widest = 0;
        for (var c = 1; c < top.Criteria.Count; c++)
        {
            if (Gap(top, initiative, c) > Gap(top, initiative, widest))
            {
                widest = c;
            }
        }

        return $"{standing}, behind {topPlace}, score {ScoreText.Number(top.Score)}), mostly on {top.Criteria[widest].Criterion.Id}: " +
            $"{ScoreText.Number(initiative.Criteria[widest].Contribution)} against {ScoreText.Number(top.Criteria[widest].Contribution)}";
    }

    private static string Rank(int? priority) => priority?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static double Gap(RankedInitiative top, RankedInitiative other, int criterion) =>
        top.Criteria[criterion].Contribution - other.Criteria[criterion].Contribution;
}
