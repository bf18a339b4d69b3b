using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Priorities;

/// <summary>
/// The priority hierarchy of a plan's open initiatives (neither done nor cancelled), ranked by their weighted
/// decision criteria: best first, in three tiers. See docs/priorities.md.
/// </summary>
public sealed class PriorityRanking
{
    // Position in Ranked of each initiative of the plan; -1 for those that are done or cancelled.
    private readonly int[] positionOf;

    internal PriorityRanking(IReadOnlyList<DecisionCriterion> criteria, RankedInitiative[] ranked, int[] positionOf)
    {
        Criteria = criteria;
        Ranked = ranked;
        this.positionOf = positionOf;
    }

    public static PriorityRanking Empty { get; } = new([], [], []);

    /// <summary>The criteria the initiatives were scored on, <c>alignment</c> always among them.</summary>
    public IReadOnlyList<DecisionCriterion> Criteria { get; }

    /// <summary>Open initiatives, the one that should go first first.</summary>
    public IReadOnlyList<RankedInitiative> Ranked { get; }

    /// <summary>The ranking of an initiative by its index in the plan; null when it is done or cancelled.</summary>
    public RankedInitiative? Of(int initiative) => positionOf[initiative] is var at && at >= 0 ? Ranked[at] : null;

    /// <summary>
    /// Orders initiatives that compete for the same capacity (say, those of one unit in one month) so that the
    /// one that should give way comes first: lowest-ranked first, each with the reason. Done and cancelled
    /// initiatives compete for nothing and are left out; an index given twice counts once.
    /// </summary>
    public IReadOnlyList<YieldCandidate> WhoShouldYield(IEnumerable<int> initiatives)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        var competing = initiatives
            .Select(Of)
            .OfType<RankedInitiative>()
            .DistinctBy(r => r.Index)
            .OrderByDescending(r => r.Rank)
            .ToList();
        if (competing.Count == 0)
        {
            return [];
        }

        var top = competing[^1];
        return competing.Select(r => new YieldCandidate(r, top, competing.Count)).ToList();
    }

    internal static PriorityRanking Compute(AnalysisResult result) => Ranker.Rank(result);
}
