using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>Reads the capacity section out of <see cref="AnalysisResult.Capacity"/>.</summary>
internal static class CapacitySectionBuilder
{
    public const int MaxMonths = PlanningContext.MaxMonths;

    /// <summary>A hundred rows of twelve months is as much as a page of the report can carry.</summary>
    public const int MaxUnits = 100;

    public static CapacitySection Build(PlanningContext context)
    {
        var capacity = context.Result.Capacity;
        var graph = context.Graph;
        var units = graph.Plan.Organization.Units;
        var shown = context.MonthsShown;

        var over = new bool[graph.UnitCount];
        var important = new bool[graph.UnitCount];
        var candidates = new List<int>();
        foreach (var u in context.UnitOrder)
        {
            if (units[u].Capacity is null && !capacity.LoadOf(u)[..shown].ContainsAnyExcept(0.0))
            {
                continue;
            }

            candidates.Add(u);
            for (var m = 0; m < shown && !over[u]; m++)
            {
                over[u] = context.IsOver(u, m);
            }

            // A unit over capacity is kept with the units above it, so its row still sits in its tree.
            for (var at = u; over[u] && at >= 0 && !important[at]; at = graph.UnitDepth[at] > 0 ? graph.UnitParent[at] : -1)
            {
                important[at] = true;
            }
        }

        var rows = Shortlist.Pick(candidates, u => important[u], MaxUnits)
            .Select(u => new CapacityRow(
                units[u].Id, UnitTree.NameOf(graph, u), graph.UnitDepth[u], units[u].Capacity, over[u], Cells(context, u)))
            .ToList();
        var (concurrency, concurrencyNotShown) = Concurrency(context);
        return new CapacitySection(
            [.. capacity.Months.Take(shown)],
            capacity.MonthCount,
            context.Rules.Tolerance,
            rows,
            candidates.Count - rows.Count,
            concurrency,
            concurrencyNotShown);
    }

    private static List<CapacityCell> Cells(PlanningContext context, int unit)
    {
        var capacity = context.Result.Capacity;
        var cells = new List<CapacityCell>(context.MonthsShown);
        for (var m = 0; m < context.MonthsShown; m++)
        {
            var load = capacity.Load(unit, m);
            var available = capacity.Capacity(unit, m);
            var fill = available is > 0 ? load / available : null;
            cells.Add(new CapacityCell(capacity.Months[m], load, available, fill, context.IsOver(unit, m)));
        }

        return cells;
    }

    /// <summary>Every unit that runs an initiative, in tree order; those over their limit kept first when there are too many.</summary>
    private static (List<ConcurrencyLine> Lines, int NotShown) Concurrency(PlanningContext context)
    {
        var concurrency = context.Result.Capacity.Concurrency;
        var graph = context.Graph;
        var organization = graph.Plan.Organization;
        var limits = new (double Limit, LimitSource Source)[graph.UnitCount];
        var running = new List<int>();
        foreach (var u in context.UnitOrder)
        {
            if (concurrency.PeakCount(u) == 0)
            {
                continue;
            }

            running.Add(u);
            limits[u] = organization.Units[u].MaxInitiatives is { } own ? (own, LimitSource.Unit)
                : organization.MaxInitiatives is { } shared ? (shared, LimitSource.Organization)
                : (context.Rules.DefaultInitiativeLimit, LimitSource.Rule);
        }

        var lines = Shortlist.Pick(running, u => concurrency.PeakCount(u) > limits[u].Limit, MaxUnits)
            .Select(u =>
            {
                var peak = concurrency.Peak(u)!;
                return new ConcurrencyLine(
                    organization.Units[u].Id, UnitTree.NameOf(graph, u), graph.UnitDepth[u], peak.Count, peak.Date,
                    limits[u].Limit, limits[u].Source, peak.Count > limits[u].Limit);
            })
            .ToList();
        return (lines, running.Count - lines.Count);
    }
}
