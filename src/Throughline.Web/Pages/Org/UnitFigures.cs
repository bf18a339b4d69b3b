using Throughline.Core.Analysis;
using Throughline.Core.Capacity;
using Throughline.Core.Model;
using Throughline.Core.Rules;
using Throughline.Web.Analysis;
using Throughline.Web.Items;

namespace Throughline.Web.Pages.Org;

/// <summary>A unit's load against its capacity over the months analysed: its peak month and how many months are over.</summary>
public sealed record LoadSummary(double? CapacityFte, double TotalLoad, DateOnly? PeakMonth, double? PeakFill, int MonthsOver);

/// <summary>One unit in the tree of units, with what it carries.</summary>
public sealed record UnitRow(
    string Id,
    string Name,
    int Depth,
    int People,
    int Seconded,
    int Objectives,
    int ObjectivesAtRisk,
    int Initiatives,
    LoadSummary Load);

/// <summary>
/// Per unit figures both unit pages show, in passes linear in the plan: where objectives and initiatives sit
/// (their <c>unit</c>, else their owner's), people per unit and load against capacity (docs/capacity.md).
/// </summary>
public sealed class UnitFigures
{
    private static readonly RuleDescriptor OverCommitted = RuleCatalog.Find("capacity/over-committed")!;

    private readonly OrganizationView view;
    private readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);

    public UnitFigures(OrganizationView view, HashSet<string> hidden)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(hidden);
        this.view = view;
        var units = view.Plan.Organization.Units;
        for (var u = 0; u < units.Count; u++)
        {
            unitIndex.TryAdd(units[u].Id, u);
        }

        HomePeople = new int[units.Count];
        foreach (var person in view.Plan.Organization.People)
        {
            if (person.Unit is not null && unitIndex.TryGetValue(person.Unit, out var u))
            {
                HomePeople[u]++;
            }
        }

        Objectives = new List<int>[units.Count];
        Initiatives = new List<int>[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            Objectives[u] = [];
            Initiatives[u] = [];
        }

        var plan = view.Plan;
        for (var o = 0; o < plan.Objectives.Count; o++)
        {
            var objective = plan.Objectives[o];
            if (!hidden.Contains(objective.Id) && IndexOf(objective.Unit ?? UnitOfPerson(objective.Owner)) is { } u)
            {
                Objectives[u].Add(o);
            }
        }

        for (var i = 0; i < plan.Initiatives.Count; i++)
        {
            var initiative = plan.Initiatives[i];
            if (IndexOf(initiative.Unit ?? UnitOfPerson(initiative.Owner)) is { } u)
            {
                Initiatives[u].Add(i);
            }
        }

        Tolerance = view.Result.Rules.Parameter(OverCommitted, "tolerance");
    }

    /// <summary>People whose home unit it is, per unit.</summary>
    public int[] HomePeople { get; }

    /// <summary>The objectives (plan indices) each unit carries, private ones the reader may not see left out.</summary>
    public List<int>[] Objectives { get; }

    /// <summary>The initiatives (plan indices) each unit carries.</summary>
    public List<int>[] Initiatives { get; }

    /// <summary>The tolerance of <c>capacity/over-committed</c> in this plan.</summary>
    public double Tolerance { get; }

    public int? IndexOf(string? unitId) => unitId is not null && unitIndex.TryGetValue(unitId, out var u) ? u : null;

    /// <summary>Every unit once, depth first, sub-units in plan order under their parent; a unit whose parent is unknown starts a tree.</summary>
    public List<(int Unit, int Depth)> Tree()
    {
        var units = view.Plan.Organization.Units;
        var children = new List<int>[units.Count];
        var roots = new List<int>();
        for (var u = 0; u < units.Count; u++)
        {
            children[u] = [];
        }

        for (var u = 0; u < units.Count; u++)
        {
            if (IndexOf(units[u].Parent) is { } parent && parent != u)
            {
                children[parent].Add(u);
            }
            else
            {
                roots.Add(u);
            }
        }

        var order = new List<(int, int)>(units.Count);
        var seen = new bool[units.Count];
        var pending = new Stack<(int, int)>();
        for (var r = roots.Count - 1; r >= 0; r--)
        {
            pending.Push((roots[r], 0));
        }

        while (pending.TryPop(out var next))
        {
            var (unit, depth) = next;
            if (seen[unit])
            {
                continue;
            }

            seen[unit] = true;
            order.Add(next);
            for (var c = children[unit].Count - 1; c >= 0; c--)
            {
                pending.Push((children[unit][c], depth + 1));
            }
        }

        return order;
    }

    /// <summary>People in the unit and every unit below it, each counted once at their home unit.</summary>
    public int[] PeopleBelow(List<(int Unit, int Depth)> tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var total = (int[])HomePeople.Clone();
        var units = view.Plan.Organization.Units;

        // Pre-order reversed visits every unit after all of its sub-units.
        for (var t = tree.Count - 1; t >= 0; t--)
        {
            var unit = tree[t].Unit;
            if (tree[t].Depth > 0 && IndexOf(units[unit].Parent) is { } parent)
            {
                total[parent] += total[unit];
            }
        }

        return total;
    }

    public LoadSummary Load(int unit)
    {
        var capacity = view.Result.Capacity;
        var graphUnit = GraphIndex(units: view.Plan.Organization.Units, unit);
        var fte = view.Plan.Organization.Units[unit].Capacity;
        if (graphUnit is not { } g)
        {
            return new LoadSummary(fte, 0, null, null, 0);
        }

        double total = 0;
        double? peakFill = null;
        DateOnly? peakMonth = null;
        var over = 0;
        for (var m = 0; m < capacity.MonthCount; m++)
        {
            var row = capacity.Row(g, m);
            total += row.Load;
            if (capacity.IsOver(g, m, Tolerance))
            {
                over++;
            }

            if (row.Utilization is { } fill && (peakFill is null || fill > peakFill))
            {
                peakFill = fill;
                peakMonth = row.Month;
            }
        }

        return new LoadSummary(fte, total, peakMonth, peakFill, over);
    }

    /// <summary>The unit's index in the analysis graph (the same as in the plan's list, unless ids repeat).</summary>
    public int? GraphIndex(List<Unit> units, int unit)
    {
        ArgumentNullException.ThrowIfNull(units);
        return view.Result.Graph.Find(units[unit].Id) is { Kind: ElementKind.Unit, Index: var g } ? g : null;
    }

    private string? UnitOfPerson(string? person) => view.Index.Find<Person>(person)?.Unit;
}
