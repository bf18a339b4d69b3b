using Throughline.Core.Model;
using Throughline.Core.Priorities;

namespace Throughline.Core.Reports;

/// <summary>Reads the priorities section out of <see cref="Analysis.AnalysisResult.Priorities"/> and the capacity figures.</summary>
internal static class PrioritySectionBuilder
{
    public const int MaxRanked = 50;
    public const int MaxYieldGroups = 24;
    public const int MaxYieldLines = 10;

    public static PrioritySection Build(PlanningContext context)
    {
        var ranking = context.Result.Priorities;
        var criteria = ranking.Criteria
            .Select(c => new CriterionLine(c.Id, c.Name ?? c.Id, c.Weight, c.Better, c.Id == DecisionCriterion.Alignment))
            .ToList();
        var total = ranking.Ranked.Count > 0 ? ranking.Ranked[0].TotalWeight : ranking.Criteria.Sum(c => Math.Max(c.Weight, 0));
        var ranked = ranking.Ranked.Take(MaxRanked).Select(Line).ToList();

        var groups = new List<YieldGroup>();
        var overCount = 0;
        foreach (var (unit, month) in context.OverCapacity())
        {
            // Counting every unit-month is cheap; asking who yields walks the unit's subtree, so only for those shown.
            if (++overCount <= MaxYieldGroups)
            {
                groups.Add(Group(context, unit, month));
            }
        }

        return new PrioritySection(criteria, total, ranked, ranking.Ranked.Count, groups, overCount - groups.Count);
    }

    private static RankedLine Line(RankedInitiative r) => new(
        r.Rank,
        r.Tier,
        r.Id,
        r.Initiative.Title,
        r.Score,
        [.. r.Criteria.Select(c => new ScoreLine(c.Criterion.Id, c.Raw, c.Reason, c.Normalized, c.Weight, c.Contribution))]);

    private static YieldGroup Group(PlanningContext context, int unit, int month)
    {
        var capacity = context.Result.Capacity;
        var contributors = capacity.Contributors(unit, month);
        var weeks = contributors.ToDictionary(c => c.InitiativeIndex, c => c.PersonWeeks);
        var yielding = context.Result.Priorities.WhoShouldYield(contributors.Select(c => c.InitiativeIndex));
        var lines = yielding
            .Take(MaxYieldLines)
            .Select(y => new YieldLine(y.Initiative.Id, y.Initiative.Rank, weeks[y.Initiative.Index], y.Reason))
            .ToList();
        return new YieldGroup(
            context.Graph.Plan.Organization.Units[unit].Id,
            UnitTree.NameOf(context.Graph, unit),
            capacity.Months[month],
            capacity.Load(unit, month),
            capacity.Capacity(unit, month)!.Value,
            lines,
            yielding.Count - lines.Count);
    }
}
