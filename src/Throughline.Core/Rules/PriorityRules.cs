using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Rules;

internal sealed class PriorityInflation() : Rule("priority/inflation")
{
    /// <summary>Below this many items a high share of top priorities is just arithmetic: 1 of 2 is 50%.</summary>
    public const int MinimumItems = 4;

    public override void Evaluate(RuleContext context)
    {
        var plan = context.Plan;
        var share = context.Parameter("share");
        Check(context, "goals", plan.Goals.Select(g => (Item: (IdentifiedElement)g, Top: g.Priority == 1 || g.Urgent)), share);
        Check(
            context,
            "objectives",
            plan.Objectives
                .Where((_, o) => context.Result.Objective(o).Status != ProgressStatus.Done)
                .Select(o => (Item: (IdentifiedElement)o, Top: o.Priority == 1 || o.Urgent)),
            share);
        Check(
            context,
            "initiatives",
            plan.Initiatives
                .Where(i => i.Status is not (InitiativeStatus.Done or InitiativeStatus.Cancelled))
                .Select(i => (Item: (IdentifiedElement)i, Top: i.Priority == 1 || i.Urgent)),
            share);
    }

    private static void Check(RuleContext context, string kinds, IEnumerable<(IdentifiedElement Item, bool Top)> items, double share)
    {
        var count = 0;
        var top = 0;
        IdentifiedElement? first = null;
        foreach (var (item, isTop) in items)
        {
            count++;
            if (isTop)
            {
                top++;
                first ??= item;
            }
        }

        // Compared as a quotient: 3 / 10 and 0.3 are the same double, where 0.3 × 10 is not 3.
        if (count < MinimumItems || first is null || (double)top / count <= share)
        {
            return;
        }

        var verbs = top == 1 ? "has priority 1 or is tagged urgent" : "have priority 1 or are tagged urgent";
        context.Report(
            ElementKind.Plan,
            "plan",
            first.Location,
            $"{top} of {count} {kinds} ({Text.Percent((double)top / count)}) {verbs}; at most {Text.Percent(share)} should be.",
            "Rank them: keep priority 1 and `urgent` for the few that must win when they compete for people and money.");
    }
}

internal sealed class PriorityTie() : Rule("priority/tie")
{
    public override void Evaluate(RuleContext context)
    {
        var goals = context.Plan.Goals;
        var groups = new Dictionary<int, List<Goal>>();
        foreach (var goal in goals)
        {
            if (goal.Priority is { } rank)
            {
                if (!groups.TryGetValue(rank, out var group))
                {
                    groups[rank] = group = [];
                }

                group.Add(goal);
            }
        }

        foreach (var (rank, group) in groups)
        {
            if (group.Count < 2)
            {
                continue;
            }

            var ids = group.Select(g => g.Id).ToList();
            var names = $"{string.Join(", ", ids.Take(ids.Count - 1))} and {ids[^1]}";
            context.Report(
                group[1],
                ElementKind.Goal,
                $"Goals {names} share priority {rank}: the plan does not say which comes first.",
                "Give each goal its own rank (1, 2, 3, …): when goals compete for people and money, the ranks decide.",
                "priority");
        }
    }
}
