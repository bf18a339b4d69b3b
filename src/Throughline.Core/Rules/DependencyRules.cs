using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Schedule;

namespace Throughline.Core.Rules;

internal sealed class CircularDependency() : Rule("dependency/cycle")
{
    /// <summary>How many initiatives caught in a tangle, beyond the circle the message draws, it names.</summary>
    private const int NamedAlongside = 10;

    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        foreach (var cycle in context.Result.Schedule.Cycles)
        {
            var first = graph.Plan.Initiatives[cycle.First];
            var selfOnly = cycle.Path.Count == 2;
            var head = selfOnly
                ? $"Initiative {first.Id} depends on itself"
                : $"Initiatives depend on each other in a circle: {InitiativePath.Format(graph, cycle.Path)} (each depends on the next)";
            var onPath = cycle.Path.ToHashSet();
            var alongside = cycle.Members.Where(i => !onPath.Contains(i)).ToList();
            string message;
            if (alongside.Count == 0)
            {
                message = head + (selfOnly ? ", so it can never start." : ", so none of them can start.");
            }
            else
            {
                var named = alongside.Take(NamedAlongside).Select(i => graph.Plan.Initiatives[i].Id);
                var rest = alongside.Count > NamedAlongside ? $" and {alongside.Count - NamedAlongside} more" : "";
                message = $"{head}; {Text.List(named)}{rest} {(alongside.Count == 1 ? "is" : "are")} caught in the same " +
                    $"circle, so none of these {cycle.Members.Count} can start.";
            }

            context.Report(
                first,
                ElementKind.Initiative,
                message,
                "Remove one of these dependencies (`depends_on`): the work that really comes first must not wait for what follows it.",
                "depends_on");
        }
    }
}

internal sealed class OutOfOrderDependency() : Rule("dependency/out-of-order")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        var initiatives = graph.Plan.Initiatives;
        var listedBy = new int[graph.InitiativeCount];
        Array.Fill(listedBy, -1);
        for (var x = 0; x < graph.InitiativeCount; x++)
        {
            var start = graph.InitiativeStartDay[x];
            if (start == PlanGraph.NoDay || graph.InitiativeCancelled[x] || initiatives[x].Status == InitiativeStatus.Done)
            {
                continue;
            }

            foreach (var y in graph.InitiativeDependsOn.Of(x))
            {
                // A dependency listed twice is reported once; depending on itself is dependency/cycle's.
                if (y == x || listedBy[y] == x)
                {
                    continue;
                }

                listedBy[y] = x;
                var end = graph.InitiativeEndDay[y];
                if (end == PlanGraph.NoDay || graph.InitiativeCancelled[y] || start >= end)
                {
                    continue;
                }

                context.Report(
                    initiatives[x],
                    ElementKind.Initiative,
                    $"Initiative {initiatives[x].Id} starts on {Text.Date(start)} but depends on {initiatives[y].Id}, which ends on " +
                    $"{Text.Date(end)}: {ScheduleText.Days(end - start)} later.",
                    "Start it after the initiative it depends on ends, finish that one sooner, or drop the dependency if the work does not really wait for it.",
                    "depends_on");
            }
        }
    }
}

internal sealed class LateForObjective() : Rule("dependency/late-for-objective")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        var schedule = context.Result.Schedule;
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            // An objective whose key results are already met cannot be late, whatever its work still does.
            if (schedule.CriticalPath(o) is not { IsLate: true } path || context.Result.Objective(o).Status == ProgressStatus.Done)
            {
                continue;
            }

            var chain = path.Length == 1
                ? $"initiative {graph.Plan.Initiatives[path.End].Id}"
                : $"the chain {InitiativePath.Format(graph, path)}";
            var objective = graph.Plan.Objectives[o];
            context.Report(
                objective,
                ElementKind.Objective,
                $"Objective {objective.Id} is due on {Text.Date(path.DueDay)}, but {chain} cannot finish before " +
                $"{Text.Date(path.FinishDay)}: {ScheduleText.Days(-path.SlackDays!.Value)} late.",
                "Start the chain sooner, shorten one of its initiatives, cut a dependency, or move the due date and say why.",
                "due");
        }
    }
}
