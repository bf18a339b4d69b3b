using System.Globalization;
using Throughline.Core.Analysis;
using Throughline.Core.Capacity;
using Throughline.Core.Model;
using Throughline.Core.Priorities;

namespace Throughline.Core.Rules;

internal sealed class OverCommittedUnit() : Rule("capacity/over-committed")
{
    private const int NamedContributors = 5;

    public override void Evaluate(RuleContext context)
    {
        var capacity = context.Result.Capacity;
        var tolerance = context.Parameter("tolerance");
        var units = context.Plan.Organization.Units;
        for (var u = 0; u < capacity.UnitCount; u++)
        {
            if (units[u].Capacity is not { } fte)
            {
                continue;
            }

            var over = new List<int>();
            var peak = -1;
            for (var m = 0; m < capacity.MonthCount; m++)
            {
                if (!capacity.IsOver(u, m, tolerance))
                {
                    continue;
                }

                over.Add(m);
                if (peak < 0 || Fill(capacity, u, m, fte) > Fill(capacity, u, peak, fte))
                {
                    peak = m;
                }
            }

            if (peak >= 0)
            {
                var contributors = capacity.Contributors(u, peak);
                context.Report(
                    units[u],
                    ElementKind.Unit,
                    Describe(capacity, u, units[u].Id, over, peak, contributors),
                    SuggestionFor(contributors, context.Result.Priorities));
            }
        }
    }

    /// <summary>
    /// What to do about it: the initiative of the peak month that the ranking says should yield, with the
    /// ranking's reason. Without a ranked contributor (all done, say) the advice stays general.
    /// </summary>
    internal static string SuggestionFor(IReadOnlyList<LoadContribution> peakContributors, PriorityRanking ranking)
    {
        var yielding = ranking.WhoShouldYield(peakContributors.Select(c => c.InitiativeIndex));
        if (yielding.Count < 2)
        {
            return "Move, shrink or stop the lowest-priority initiative among them, or add capacity.";
        }

        var lowest = yielding[0];
        return $"Move, shrink or stop {lowest.Initiative.Id} first: it {lowest.Reason}. Or add capacity.";
    }

    // How full a month is: load over capacity, or the load alone when the unit states a capacity of zero.
    private static double Fill(CapacityAnalysis capacity, int unit, int month, double fte) =>
        fte > 0 ? capacity.Load(unit, month) / capacity.Capacity(unit, month)!.Value : capacity.Load(unit, month);

    private static string Describe(
        CapacityAnalysis capacity, int unit, string unitId, List<int> over, int peak, IReadOnlyList<LoadContribution> contributors)
    {
        var load = capacity.Load(unit, peak);
        var available = capacity.Capacity(unit, peak)!.Value;
        var share = available > 0 ? $", {Text.Percent(load / available)}" : "";
        var named = contributors.Take(NamedContributors)
            .Select(c => $"{c.InitiativeId} {Weeks(c.PersonWeeks)} ({Text.Percent(c.Share)})");
        var more = contributors.Count > NamedContributors ? $" and {contributors.Count - NamedContributors} more" : "";
        return $"Unit {unitId} is over capacity in {MonthRanges.Describe(capacity.Months, over)}; " +
            $"peak {MonthRanges.Label(capacity.Months[peak])}: {Weeks(load)} of {Weeks(available)} person-weeks{share}, " +
            $"from {Text.List(named)}{more}.";
    }

    private static string Weeks(double personWeeks) => personWeeks.ToString("0.#", CultureInfo.InvariantCulture);
}

internal sealed class TooManyInitiatives() : Rule("capacity/too-many-initiatives")
{
    public override void Evaluate(RuleContext context)
    {
        var concurrency = context.Result.Capacity.Concurrency;
        var organization = context.Plan.Organization;
        for (var u = 0; u < organization.Units.Count; u++)
        {
            var unit = organization.Units[u];
            var (limit, source) = unit.MaxInitiatives is { } own ? (own, "its max_initiatives")
                : organization.MaxInitiatives is { } shared ? (shared, "the organization's max_initiatives")
                : (context.Parameter("limit"), "the rule's limit");
            if (concurrency.PeakCount(u) <= limit)
            {
                continue;
            }

            var peak = concurrency.Peak(u)!;
            var running = peak.Initiatives.Select(i => context.Plan.Initiatives[i].Id);
            context.Report(
                unit,
                ElementKind.Unit,
                $"Unit {unit.Id} runs {peak.Count} initiatives at once on {Text.Date(peak.Date.DayNumber)}, more than " +
                $"its limit of {Text.Number(limit)} (from {source}): {Text.List(running)}.",
                "Finish or pause some before starting more: a team that runs fewer initiatives at once finishes each sooner.");
        }
    }
}

internal sealed class OverloadedOwner() : Rule("ownership/overloaded")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        var result = context.Result;
        var objectives = new int[graph.PersonCount];
        var keyResults = new int[graph.PersonCount];
        var initiatives = new int[graph.PersonCount];
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            if (graph.ObjectiveOwner[o] >= 0 && result.Objective(o).Status != ProgressStatus.Done)
            {
                objectives[graph.ObjectiveOwner[o]]++;
            }
        }

        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            if (graph.KrOwner[k] >= 0 && result.KeyResult(k).Status != ProgressStatus.Done)
            {
                keyResults[graph.KrOwner[k]]++;
            }
        }

        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            var status = context.Plan.Initiatives[i].Status;
            if (graph.InitiativeOwner[i] >= 0 && status is not (InitiativeStatus.Done or InitiativeStatus.Cancelled))
            {
                initiatives[graph.InitiativeOwner[i]]++;
            }
        }

        var limit = context.Parameter("limit");
        for (var p = 0; p < graph.PersonCount; p++)
        {
            var open = objectives[p] + keyResults[p] + initiatives[p];
            if (open <= limit)
            {
                continue;
            }

            var person = context.Plan.Organization.People[p];
            context.Report(
                person,
                ElementKind.Person,
                $"Person {person.Id} owns {open} open items: {Count(objectives[p], "objective")}, " +
                $"{Count(keyResults[p], "key result")}, {Count(initiatives[p], "initiative")}; the limit is {Text.Number(limit)}.",
                "Hand some of them to people who can follow them, or close what is finished: an owner with too much to follow follows none of it well.");
        }
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
