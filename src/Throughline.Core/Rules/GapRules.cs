using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Rules;

internal sealed class GoalWithoutObjectives() : Rule("gap/goal-without-objectives")
{
    public override void Evaluate(RuleContext context)
    {
        for (var g = 0; g < context.Graph.GoalCount; g++)
        {
            if (context.Graph.GoalChildren.CountOf(g) > 0)
            {
                continue;
            }

            var goal = context.Plan.Goals[g];
            context.Report(
                goal,
                ElementKind.Goal,
                $"Goal {goal.Id} \"{goal.Title}\" has no objective contributing to it: nothing is planned to move it.",
                $"Add an objective with `contributes_to: [{goal.Id}]`, or drop the goal if it is no longer a priority.");
        }
    }
}

internal sealed class ObjectiveWithoutKeyResults() : Rule("gap/objective-without-key-results")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            if (graph.KeyResultCountOf(o) > 0 || graph.ObjectiveChildren.CountOf(o) > 0)
            {
                continue;
            }

            var objective = context.Plan.Objectives[o];
            context.Report(
                objective,
                ElementKind.Objective,
                $"Objective {objective.Id} has no key results and no contributing objectives: its progress cannot be measured.",
                "Add two to four key results, each with a baseline, a target and a unit.");
        }
    }
}

internal sealed class ObjectiveWithoutWork() : Rule("gap/objective-without-work")
{
    public override void Evaluate(RuleContext context)
    {
        var result = context.Result;
        for (var o = 0; o < context.Graph.ObjectiveCount; o++)
        {
            if (result.HasWork(o) || result.Objective(o).Status == ProgressStatus.Done)
            {
                continue;
            }

            var objective = context.Plan.Objectives[o];
            context.Report(
                objective,
                ElementKind.Objective,
                $"No initiative or action works on objective {objective.Id} or its key results.",
                $"Plan the work that will move it: an initiative with `supports: [{objective.Id}]`, or actions.");
        }
    }
}

internal sealed class OrphanInitiative() : Rule("gap/orphan-initiative")
{
    public override void Evaluate(RuleContext context)
    {
        // Actions under the initiative that have no path of their own are reported with it; an action that
        // serves an aligned objective directly is not orphaned by its initiative.
        var orphanActionsUnder = new int[context.Graph.InitiativeCount];
        for (var a = 0; a < context.Graph.ActionCount; a++)
        {
            if (context.Graph.ActionInitiative[a] is var i && i >= 0 && !context.Result.HasLineOfSight(ElementKind.Action, a))
            {
                orphanActionsUnder[i]++;
            }
        }

        for (var i = 0; i < context.Graph.InitiativeCount; i++)
        {
            var initiative = context.Plan.Initiatives[i];
            if (context.Result.HasLineOfSight(ElementKind.Initiative, i) || initiative.Status == InitiativeStatus.Cancelled)
            {
                continue;
            }

            var what = initiative.Supports.Count == 0
                ? $"Initiative {initiative.Id} supports no objective or key result"
                : $"Initiative {initiative.Id} supports {Text.List(initiative.Supports)}, which {(initiative.Supports.Count == 1 ? "leads" : "lead")} to no goal";
            var actions = orphanActionsUnder[i] switch
            {
                0 => "",
                1 => " (nor does its 1 action)",
                var n => $" (nor do its {n} actions)",
            };
            context.Report(
                initiative,
                ElementKind.Initiative,
                $"{what}: its effort has no line of sight to the vision{actions}.",
                "Link it to the objective it moves (`supports:`), or stop it and free the capacity.");
        }
    }
}

internal sealed class OrphanAction() : Rule("gap/orphan-action")
{
    public override void Evaluate(RuleContext context)
    {
        for (var a = 0; a < context.Graph.ActionCount; a++)
        {
            // An action under an initiative shares its initiative's fate and is reported with it.
            if (context.Result.HasLineOfSight(ElementKind.Action, a) || context.Graph.ActionInitiative[a] >= 0)
            {
                continue;
            }

            var action = context.Plan.Actions[a];
            context.Report(
                action,
                ElementKind.Action,
                $"Action {action.Id} \"{action.Title}\" belongs to no initiative and serves no objective on a path to a goal.",
                "Attach it to an initiative (`initiative:`) or the objective it serves (`supports:`), or question why it is done.");
        }
    }
}
