using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Capacity;

/// <summary>
/// Load against capacity, per unit and calendar month, in person-weeks (docs/capacity.md). Each initiative that
/// carries load spreads its effort evenly over the days from its start to its end; a unit's load is that of its
/// own initiatives plus its sub-units'; its capacity is its stated FTE × the month's days / 7. Units and
/// initiatives are indexed as in <see cref="PlanGraph"/>; months as in <see cref="Months"/>.
/// </summary>
public sealed class CapacityAnalysis
{
    private readonly MonthWindow window;
    private readonly List<Initiative> initiatives;
    private readonly int[] startDay;
    private readonly int[] endDay;

    // Per initiative: its effort when it carries load, else NaN.
    private readonly double[] effort;

    // Unit-major: the value of unit u in month m is at [u * MonthCount + m].
    private readonly double[] ownLoad;
    private readonly double[] load;
    private readonly double[] capacity;

    private readonly Adjacency children;
    private readonly Adjacency loadedByUnit;

    private CapacityAnalysis(PlanGraph graph, DateOnly asOf)
    {
        window = MonthWindow.For(graph, asOf);
        initiatives = graph.Plan.Initiatives;
        startDay = graph.InitiativeStartDay;
        endDay = graph.InitiativeEndDay;
        UnitCount = graph.UnitCount;
        effort = new double[initiatives.Count];
        var loaded = new List<(int Unit, int Initiative, double)>();
        for (var i = 0; i < initiatives.Count; i++)
        {
            var carries = InitiativeCounting.CarriesLoad(initiatives[i].Status) && graph.InitiativeUnit[i] >= 0
                && initiatives[i].Effort is > 0 && startDay[i] != PlanGraph.NoDay && endDay[i] != PlanGraph.NoDay
                && endDay[i] >= startDay[i];
            effort[i] = carries ? initiatives[i].Effort!.Value : double.NaN;
            if (carries)
            {
                loaded.Add((graph.InitiativeUnit[i], i, 0));
            }
        }

        loadedByUnit = Adjacency.FromEdges(UnitCount, loaded);
        var parent = EffectiveParents(graph);
        children = Adjacency.FromEdges(
            UnitCount,
            [.. Enumerable.Range(0, UnitCount).Where(u => parent[u] >= 0).Select(u => (parent[u], u, 0.0))]);

        var months = window.Count;
        ownLoad = new double[UnitCount * months];
        foreach (var (unit, i, _) in loaded)
        {
            var last = Math.Min(window.MonthOf(endDay[i]), months - 1);
            for (var m = Math.Max(0, window.MonthOf(startDay[i])); m <= last; m++)
            {
                ownLoad[(unit * months) + m] += InitiativeLoad(i, m);
            }
        }

        // Children first: by the time a unit is added to its parent, all its descendants are in it.
        load = (double[])ownLoad.Clone();
        foreach (var unit in graph.UnitsChildrenFirst)
        {
            if (parent[unit] >= 0)
            {
                for (var m = 0; m < months; m++)
                {
                    load[(parent[unit] * months) + m] += load[(unit * months) + m];
                }
            }
        }

        capacity = new double[UnitCount * months];
        var units = graph.Plan.Organization.Units;
        for (var u = 0; u < UnitCount; u++)
        {
            for (var m = 0; m < months; m++)
            {
                capacity[(u * months) + m] = units[u].Capacity is { } fte ? fte * window.DaysIn(m) / 7.0 : double.NaN;
            }
        }

        Concurrency = new InitiativeConcurrency(graph, asOf.DayNumber, window.LastDay);
    }

    internal static CapacityAnalysis Compute(PlanGraph graph, DateOnly asOf) => new(graph, asOf);

    /// <summary>The first day of each month analysed, from the as-of month on.</summary>
    public IReadOnlyList<DateOnly> Months => window.Months;

    public int MonthCount => window.Count;

    public int UnitCount { get; }

    /// <summary>How many initiatives each unit runs at once (<c>capacity/too-many-initiatives</c>).</summary>
    public InitiativeConcurrency Concurrency { get; }

    public int DaysIn(int month) => window.DaysIn(month);

    /// <summary>Person-weeks the unit's own initiatives and its sub-units' need in the month.</summary>
    public double Load(int unit, int month) => load[(unit * MonthCount) + month];

    // Loads are sums of fractions: a load that fills capacity exactly must not count as over for a rounding error.
    private const double Rounding = 1e-9;

    /// <summary>
    /// Whether a load is over a capacity as <c>capacity/over-committed</c> counts it: more than the capacity
    /// times (1 + tolerance). Never without a stated capacity.
    /// </summary>
    public static bool IsOver(double load, double? capacity, double tolerance) =>
        capacity is { } available && load > (available * (1 + tolerance)) + Rounding;

    /// <summary>Whether a unit is over its capacity in a month (see <see cref="IsOver(double, double?, double)"/>).</summary>
    public bool IsOver(int unit, int month, double tolerance) => IsOver(Load(unit, month), Capacity(unit, month), tolerance);

    /// <summary>Person-weeks the unit's own initiatives (those whose <c>unit</c> it is) need in the month.</summary>
    public double OwnLoad(int unit, int month) => ownLoad[(unit * MonthCount) + month];

    /// <summary>Person-weeks the unit's people have in the month, or null when the unit states no capacity.</summary>
    public double? Capacity(int unit, int month) =>
        capacity[(unit * MonthCount) + month] is var weeks && double.IsNaN(weeks) ? null : weeks;

    /// <summary>The unit's load, month by month.</summary>
    public ReadOnlySpan<double> LoadOf(int unit) => load.AsSpan(unit * MonthCount, MonthCount);

    /// <summary>The unit's own initiatives' load, month by month.</summary>
    public ReadOnlySpan<double> OwnLoadOf(int unit) => ownLoad.AsSpan(unit * MonthCount, MonthCount);

    /// <summary>The unit's capacity in person-weeks, month by month; NaN throughout when it states none.</summary>
    public ReadOnlySpan<double> CapacityOf(int unit) => capacity.AsSpan(unit * MonthCount, MonthCount);

    /// <summary>True when any initiative of the unit or of its sub-units needs time in the months analysed.</summary>
    public bool HasLoad(int unit) => LoadOf(unit).ContainsAnyExcept(0.0);

    public MonthlyLoad Row(int unit, int month) =>
        new(unit, window.Months[month], Load(unit, month), OwnLoad(unit, month), Capacity(unit, month));

    public IEnumerable<MonthlyLoad> RowsOf(int unit) => Enumerable.Range(0, MonthCount).Select(m => Row(unit, m));

    /// <summary>Person-weeks one initiative needs in the month: effort × its days in the month / its days in all.</summary>
    public double InitiativeLoad(int initiative, int month)
    {
        if (double.IsNaN(effort[initiative]))
        {
            return 0;
        }

        var days = window.Overlap(month, startDay[initiative], endDay[initiative]);
        return days <= 0 ? 0 : effort[initiative] * days / (endDay[initiative] - startDay[initiative] + 1);
    }

    /// <summary>
    /// The initiatives that make up a unit's load in a month, its sub-units' included, the largest first (then in
    /// plan order). Computed on demand, in time proportional to the initiatives of the unit's subtree.
    /// </summary>
    public IReadOnlyList<LoadContribution> Contributors(int unit, int month)
    {
        var total = Load(unit, month);
        var found = new List<LoadContribution>();
        var pending = new Stack<int>();
        pending.Push(unit);
        while (pending.Count > 0)
        {
            var at = pending.Pop();
            foreach (var i in loadedByUnit.Of(at))
            {
                var weeks = InitiativeLoad(i, month);
                if (weeks > 0)
                {
                    found.Add(new LoadContribution(i, initiatives[i].Id, weeks, weeks / total));
                }
            }

            foreach (var child in children.Of(at))
            {
                pending.Push(child);
            }
        }

        found.Sort(static (a, b) => b.PersonWeeks != a.PersonWeeks
            ? b.PersonWeeks.CompareTo(a.PersonWeeks)
            : a.InitiativeIndex.CompareTo(b.InitiativeIndex));
        return found;
    }

    /// <summary>
    /// Each unit's parent, or -1 for a root. The reader rejects cycles; a unit caught in one anyway is a root here
    /// as it is in the graph (depth 0), so no load goes round in circles.
    /// </summary>
    private static int[] EffectiveParents(PlanGraph graph) =>
        [.. Enumerable.Range(0, graph.UnitCount).Select(u => graph.UnitDepth[u] > 0 ? graph.UnitParent[u] : -1)];
}
