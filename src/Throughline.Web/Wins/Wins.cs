using Throughline.Core.Analysis;
using Throughline.Web.Analysis;

namespace Throughline.Web.Wins;

/// <summary>
/// Something worth celebrating, from the analysis: a key result achieved, an objective or goal past a
/// milestone (25, 50, 75 or 100% of its progress), an initiative completed. <see cref="Id"/> is stable, so
/// kudos stay with it: <c>key-result:KR1</c>, <c>objective:O1:50</c>, <c>initiative:I1</c>.
/// </summary>
public sealed record Win(string Id, string Kind, string ItemId, string Title, int? Milestone, DateOnly Date);

/// <summary>The wins of a plan as of a date, newest first (docs/cadences.md#wins-and-kudos).</summary>
public static class WinFeed
{
    public static readonly int[] Milestones = [25, 50, 75, 100];

    public static List<Win> Build(OrganizationView view, IReadOnlySet<string> hidden, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(hidden);
        var plan = view.Plan;
        var result = view.Result;
        var graph = result.Graph;
        var wins = new List<Win>();

        // The day of the latest check-in under each objective: when its progress last moved.
        var moved = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var keyResult = graph.KeyResult(k);
            var forecast = result.KeyResult(k);
            var objective = graph.ObjectiveOf(k);
            if (forecast.LastCheckIn is not { } last || last > date || hidden.Contains(keyResult.Id) || (objective is not null && hidden.Contains(objective.Id)))
            {
                continue;
            }

            if (objective is not null && (!moved.TryGetValue(objective.Id, out var known) || known < last))
            {
                moved[objective.Id] = last;
            }

            if (forecast.Status == ProgressStatus.Done)
            {
                wins.Add(new Win("key-result:" + keyResult.Id, "key-result", keyResult.Id, keyResult.Title, null, last));
            }
        }

        var goalMoved = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (var o = 0; o < plan.Objectives.Count; o++)
        {
            var objective = plan.Objectives[o];
            if (!moved.TryGetValue(objective.Id, out var day))
            {
                continue;
            }

            AddMilestone(wins, "objective", objective.Id, objective.Title, result.Objective(o).Progress, day);
            foreach (var goal in objective.ContributesTo)
            {
                if (!goalMoved.TryGetValue(goal.Id, out var known) || known < day)
                {
                    goalMoved[goal.Id] = day;
                }
            }
        }

        for (var g = 0; g < plan.Goals.Count; g++)
        {
            var goal = plan.Goals[g];
            if (goalMoved.TryGetValue(goal.Id, out var day))
            {
                AddMilestone(wins, "goal", goal.Id, goal.Title, result.Goal(g).Progress, day);
            }
        }

        foreach (var initiative in plan.Initiatives)
        {
            if (initiative.Status == Throughline.Core.Model.InitiativeStatus.Done && initiative.End is { } end && end <= date)
            {
                wins.Add(new Win("initiative:" + initiative.Id, "initiative", initiative.Id, initiative.Title, null, end));
            }
        }

        return [.. wins.OrderByDescending(w => w.Date).ThenBy(w => w.Id, StringComparer.Ordinal)];
    }

    // Only the highest milestone reached is a win: an objective at 60% shows "50%", not also "25%".
    private static void AddMilestone(List<Win> wins, string kind, string id, string title, double progress, DateOnly day)
    {
        var reached = Milestones.LastOrDefault(m => progress * 100 >= m - 1e-9);
        if (reached > 0)
        {
            wins.Add(new Win($"{kind}:{id}:{reached}", kind, id, title, reached, day));
        }
    }
}
