using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Rules;

internal sealed class MissingOwner() : Rule("ownership/missing-owner")
{
    private const string Suggestion = "Name one person as `owner:`: shared ownership is no ownership.";

    public override void Evaluate(RuleContext context)
    {
        var plan = context.Plan;
        foreach (var goal in plan.Goals.Where(g => g.Owner is null))
        {
            context.Report(goal, ElementKind.Goal, $"Goal {goal.Id} has no owner.", Suggestion);
        }

        foreach (var objective in plan.Objectives.Where(o => o.Owner is null))
        {
            context.Report(objective, ElementKind.Objective, $"Objective {objective.Id} has no owner.", Suggestion);
        }

        var open = plan.Initiatives.Where(i => i.Owner is null
            && i.Status is not (InitiativeStatus.Done or InitiativeStatus.Cancelled));
        foreach (var initiative in open)
        {
            context.Report(initiative, ElementKind.Initiative, $"Initiative {initiative.Id} has no owner.", Suggestion);
        }

        foreach (var action in plan.Actions.Where(a => a.Owner is null && !a.Done))
        {
            context.Report(action, ElementKind.Action, $"Action {action.Id} has no owner.", Suggestion);
        }
    }
}
