using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Silos;

namespace Throughline.Core.Rules;

internal sealed class IsolatedUnit() : Rule("silo/isolated-unit")
{
    public override void Evaluate(RuleContext context)
    {
        foreach (var links in context.Result.Silos.Units.Where(u => u.IsIsolated))
        {
            var unit = context.Plan.Organization.Units[links.Index];
            var goals = links.Goals.Count == 0
                ? "its objectives serve no goal"
                : $"no unit outside its own line serves its {(links.Goals.Count == 1 ? "goal" : "goals")} {Text.List(links.Goals)}";
            context.Report(
                unit,
                ElementKind.Unit,
                $"Unit {SiloText.Name(unit)} works in a silo: {goals}, and no dependency ties its initiatives to another unit's.",
                "Find the units its work meets and plan with them: an objective under a goal you share, or a `depends_on` between initiatives.");
        }
    }
}

internal sealed class ConflictingKeyResults() : Rule("silo/conflicting-key-results")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        foreach (var conflict in KeyResultConflicts.Find(graph))
        {
            var earlier = graph.KeyResult(conflict.Earlier);
            var later = graph.KeyResult(conflict.Later);
            var measure = conflict.ByMetric ? later.Metric!.Trim() : $"\"{later.Title}\"";
            context.Report(
                later,
                ElementKind.KeyResult,
                $"{later.Id} of {UnitOf(context, conflict.Later)} and {earlier.Id} of {UnitOf(context, conflict.Earlier)} " +
                $"both measure {measure} but pull against each other: {Wish(context, conflict.Earlier)}; {Wish(context, conflict.Later)}.",
                "Bring both units together to agree on one target or range for it, and write the trade-off into both objectives.");
        }
    }

    private static string UnitOf(RuleContext context, int k) =>
        SiloText.Label(context.Plan.Organization.Units[context.Graph.ObjectiveUnit[context.Graph.KrObjective[k]]]);

    /// <summary>"Sales wants it up to 60 days (KR1)".</summary>
    private static string Wish(RuleContext context, int k)
    {
        var graph = context.Graph;
        var kr = graph.KeyResult(k);
        var wants = graph.KrDirection[k] switch
        {
            Direction.Maintain => $"kept between {Text.Number(graph.KrLow[k])} and {Text.Quantity(graph.KrHigh[k], kr.Unit)}",
            var direction => (direction == Direction.Increase ? "up" : "down")
                + (kr.Target is { } target ? $" to {Text.Quantity(target, kr.Unit)}" : ""),
        };
        return $"{UnitOf(context, k)} wants it {wants} ({kr.Id})";
    }
}

internal sealed class GoalSingleUnit() : Rule("gap/goal-single-unit")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        var served = context.Result.Silos.Served;
        if (served is null)
        {
            return;
        }

        var units = context.Plan.Organization.Units;
        for (var g = 0; g < graph.GoalCount; g++)
        {
            var goal = context.Plan.Goals[g];
            var carriers = served.UnitsOf[g];
            if (carriers.Length == 0 || !IsCrossCutting(graph, g)
                || carriers.Any(u => graph.UnitDepartment[u] != graph.UnitDepartment[carriers[0]]))
            {
                continue;
            }

            var department = SiloText.Label(units[graph.UnitDepartment[carriers[0]]]);
            var objectives = served.ObjectivesWithUnit[g];
            var why = goal.CrossCutting is null ? "is owned at the top of the organization" : "is marked cross-cutting";
            context.Report(
                goal,
                ElementKind.Goal,
                $"Goal {goal.Id} \"{goal.Title}\" {why}, but only {department} carries it " +
                $"({objectives} {(objectives == 1 ? "objective" : "objectives")}): no other department has an objective under it.",
                $"Ask which other departments {goal.Id} depends on and give them an objective under it (`contributes_to: [{goal.Id}]`); " +
                "if one department is enough, set `cross_cutting: false`.");
        }
    }

    /// <summary>As written, or inferred: a goal owned by someone whose home unit is a root of the unit tree.</summary>
    private static bool IsCrossCutting(PlanGraph graph, int g) =>
        graph.Plan.Goals[g].CrossCutting
        ?? (graph.GoalOwner[g] is var owner && owner >= 0 && graph.PersonUnit[owner] is var home && home >= 0
            && graph.UnitDepth[home] == 0);
}

internal sealed class ShortTermism() : Rule("horizon/short-termism")
{
    public const int QuarterDays = 92;
    public const int MinimumObjectives = 4;

    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        var share = context.Parameter("share");
        var yearEnd = new DateOnly(context.Result.AsOf.Year, 12, 31).DayNumber;
        var (open, shortTerm, latest) = (0, 0, PlanGraph.NoDay);
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            var due = graph.ObjectiveDueDay[o];
            if (due == PlanGraph.NoDay)
            {
                continue;
            }

            latest = Math.Max(latest, due);
            if (context.Result.Objective(o).Status != ProgressStatus.Done)
            {
                open++;
                shortTerm += IsShortTerm(graph.ObjectiveStartDay[o], due, context.AsOfDay) ? 1 : 0;
            }
        }

        if (open < MinimumObjectives || shortTerm <= share * open || latest > yearEnd)
        {
            return;
        }

        context.Report(
            ElementKind.Plan,
            "plan",
            context.Plan.LocationOf("objectives"),
            $"{shortTerm} of {open} open objectives with a due date ({Text.Percent((double)shortTerm / open)}) span a quarter " +
            $"or less, and none is due after {Text.Date(yearEnd)}: the latest due date is {Text.Date(latest)}.",
            "Add objectives that reach into next year and beyond, stepping toward the goals' horizons, so the plan is more than this quarter's to-do list.");
    }

    /// <summary>
    /// An objective's own horizon, not its distance from the analysis date: judged by the distance from the
    /// analysis date, every annual plan would look short-termist in its last quarter. Without a start, an
    /// objective is short-term when it is due within a quarter of the analysis date.
    /// </summary>
    internal static bool IsShortTerm(int startDay, int dueDay, int asOfDay) =>
        startDay != PlanGraph.NoDay ? dueDay - startDay <= QuarterDays : dueDay <= asOfDay + QuarterDays;
}

/// <summary>How rule messages name units.</summary>
internal static class SiloText
{
    /// <summary>The unit's name, or its id when it has none.</summary>
    public static string Label(Unit unit) => string.IsNullOrWhiteSpace(unit.Name) ? unit.Id : unit.Name;

    /// <summary>"sales (Sales)", or just the id when the name adds nothing.</summary>
    public static string Name(Unit unit) =>
        string.IsNullOrWhiteSpace(unit.Name) || unit.Name == unit.Id ? unit.Id : $"{unit.Id} ({unit.Name})";
}
