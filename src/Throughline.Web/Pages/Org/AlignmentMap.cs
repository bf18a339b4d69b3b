using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Organizations;

namespace Throughline.Web.Pages.Org;

/// <summary>
/// One box of the alignment map. <see cref="Parent"/> is where the tree shows it (its first link up that is on
/// the map); <see cref="Also"/> are its other links up, drawn as dashed lines. <see cref="Status"/> is a progress
/// status key (goals, objectives, key results; done work), <see cref="State"/> the word the box shows.
/// <see cref="Units"/> is the item's unit and every unit above it, <see cref="Areas"/> the business areas of the
/// goals it serves: the filters test membership in them.
/// </summary>
public sealed record MapNode(
    string Id,
    string Kind,
    string Title,
    string? Parent,
    int Depth,
    string? Status,
    string State,
    double? Progress,
    string? Owner,
    string? OwnerName,
    string? Unit,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Also,
    string? Url);

/// <summary>The map's filters: each null when not set.</summary>
public sealed record MapFilter(string? Unit, string? Person, string? Area, string? Status)
{
    public bool IsEmpty => Unit is null && Person is null && Area is null && Status is null;

    /// <summary>Whether the item itself passes every filter set (the vision and the groups never do).</summary>
    public bool Matches(MapNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind is not ("vision" or "group")
            && (Unit is null || node.Units.Contains(Unit, StringComparer.Ordinal))
            && (Person is null || node.Owner == Person)
            && (Area is null || node.Areas.Contains(Area, StringComparer.Ordinal))
            && (Status is null || node.Status == Status);
    }
}

/// <summary>
/// The cascade as a tree for the alignment map: the vision, its goals, the objectives under them (an objective
/// that contributes to a parent objective sits under it), their key results and the work on them, with the
/// actions under their initiative. Work without line of sight to the vision sits apart under "Orphan work",
/// objectives that reach no goal under their own group. Nodes come in the order of a walk from the vision, so
/// every parent precedes its children. Built in time linear in the plan.
/// </summary>
public static class AlignmentMap
{
    public const string OrphanGroup = "group:orphans";
    public const string NoGoalGroup = "group:no-goal";

    // The parent of items that lead to the vision only through what the reader may not see: never on the map, so they are left out.
    private const string PrivateParent = "\0private";

    public static IReadOnlyList<MapNode> Build(OrganizationAccess access, OrganizationView view, Func<string, bool, string> url)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(url);
        var result = view.Result;
        var plan = view.Plan;
        var graph = result.Graph;
        var hidden = Permissions.Hidden(access, view);
        var units = UnitPaths(plan);
        var people = new Dictionary<string, string>(plan.Organization.People.Count, StringComparer.Ordinal);
        foreach (var person in plan.Organization.People)
        {
            people.TryAdd(person.Id, person.Name);
        }

        var items = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(Draft draft)
        {
            if (!hidden.Contains(draft.Id) && items.TryAdd(draft.Id, draft))
            {
                order.Add(draft.Id);
            }
        }

        string? UnitOfPerson(string? person) => view.Index.Find<Person>(person)?.Unit;

        Add(new Draft("vision", "vision", plan.Vision?.Statement ?? "No vision yet", null, result.Vision.Status.Key(), result.Vision.Progress, null, null));
        for (var g = 0; g < plan.Goals.Count; g++)
        {
            var goal = plan.Goals[g];
            var state = result.Goal(g);
            Add(new Draft(goal.Id, "goal", goal.Title, "vision", state.Status.Key(), state.Progress, goal.Owner, null) { Area = goal.Area });
        }

        // Objectives: under the first goal, or else the first parent objective, that leads to the vision.
        for (var o = 0; o < plan.Objectives.Count; o++)
        {
            var objective = plan.Objectives[o];
            var state = result.Objective(o);
            string? parent = null;
            var also = new List<string>();
            foreach (var link in objective.ContributesTo)
            {
                var reaches = graph.Find(link.Id) is { } target
                    && (target.Kind == ElementKind.Goal || (target.Kind == ElementKind.Objective && result.HasLineOfSight(ElementKind.Objective, target.Index)));
                if (parent is null && reaches && !hidden.Contains(link.Id))
                {
                    parent = link.Id;
                }
                else
                {
                    also.Add(link.Id);
                }
            }

            parent ??= result.HasLineOfSight(ElementKind.Objective, o) ? PrivateParent : NoGoalGroup;

            Add(new Draft(objective.Id, "objective", objective.Title, parent, state.Status.Key(), state.Progress, objective.Owner, objective.Unit ?? UnitOfPerson(objective.Owner)) { Also = also });
            foreach (var k in Indices(graph.KeyResultsOf(o)))
            {
                Add(KeyResult(result, k, objective.Id, objective.Owner, objective.Unit ?? UnitOfPerson(objective.Owner)));
            }
        }

        for (var k = graph.FirstSuccessMeasure; k < graph.KeyResultCount; k++)
        {
            Add(KeyResult(result, k, "vision", null, null));
        }

        for (var i = 0; i < plan.Initiatives.Count; i++)
        {
            var initiative = plan.Initiatives[i];
            var aligned = result.HasLineOfSight(ElementKind.Initiative, i);
            var (parent, also) = Place(result, initiative.Supports, aligned, hidden);
            var done = initiative.Status == InitiativeStatus.Done;
            var word = initiative.Status is { } status ? Word(status.ToString()) : "No status";
            Add(new Draft(initiative.Id, "initiative", initiative.Title, parent, done ? "done" : null, null, initiative.Owner, initiative.Unit ?? UnitOfPerson(initiative.Owner))
            {
                Also = also,
                State = word,
            });
        }

        for (var a = 0; a < plan.Actions.Count; a++)
        {
            var action = plan.Actions[a];
            var aligned = result.HasLineOfSight(ElementKind.Action, a);
            var work = action.Initiative is { } id ? view.Index.Find<Initiative>(id) : null;
            var workAligned = work is not null && graph.Find(work.Id) is { } w && result.HasLineOfSight(ElementKind.Initiative, w.Index);
            var (parent, also) = work is not null && (workAligned || !aligned)
                ? (work.Id, action.Supports.ToList())
                : Place(result, action.Supports, aligned, hidden);
            if (work is not null && parent != work.Id)
            {
                also.Add(work.Id);
            }

            Add(new Draft(action.Id, "action", action.Title, parent, action.Done ? "done" : null, null, action.Owner, work?.Unit ?? UnitOfPerson(work?.Owner) ?? UnitOfPerson(action.Owner))
            {
                Also = also,
                State = action.Done ? "Done" : "Open",
            });
        }

        if (order.Any(id => items[id].Parent == NoGoalGroup))
        {
            Add(new Draft(NoGoalGroup, "group", "Objectives that reach no goal", null, null, null, null, null) { State = "Not linked to the vision" });
        }

        if (order.Any(id => items[id].Parent == OrphanGroup))
        {
            Add(new Draft(OrphanGroup, "group", "Orphan work: supports nothing on the way to the vision", null, null, null, null, null) { State = "No line of sight" });
        }

        return Walk(items, order, units, people, url);
    }

    /// <summary>The nodes the filter keeps: those it matches and every node above them; all of them with no filter.</summary>
    public static HashSet<string> Shown(IReadOnlyList<MapNode> nodes, MapFilter filter)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(filter);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        if (filter.IsEmpty)
        {
            shown.UnionWith(nodes.Select(n => n.Id));
            return shown;
        }

        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!filter.Matches(node))
            {
                continue;
            }

            for (var at = node; at is not null && shown.Add(at.Id); at = at.Parent is { } p ? byId.GetValueOrDefault(p) : null)
            {
            }
        }

        return shown;
    }

    private static Draft KeyResult(AnalysisResult result, int k, string parent, string? objectiveOwner, string? unit)
    {
        var kr = result.Graph.KeyResult(k);
        var forecast = result.KeyResult(k);
        return new Draft(kr.Id, "key-result", kr.Title, parent, forecast.Status.Key(), forecast.Progress, kr.Owner ?? objectiveOwner, unit);
    }

    // Work sits under the first item it supports that leads to the vision; work that reaches nothing is orphaned.
    private static (string Parent, List<string> Also) Place(AnalysisResult result, List<string> supports, bool aligned, HashSet<string> hidden)
    {
        var graph = result.Graph;
        string? parent = null;
        var also = new List<string>();
        foreach (var id in supports)
        {
            if (parent is null && aligned && !hidden.Contains(id) && graph.Find(id) is { } target && result.HasLineOfSight(target.Kind, target.Index))
            {
                parent = id;
            }
            else
            {
                also.Add(id);
            }
        }

        return (parent ?? (aligned ? PrivateParent : OrphanGroup), also);
    }

    private static List<MapNode> Walk(
        Dictionary<string, Draft> items, List<string> order, Dictionary<string, string[]> units, Dictionary<string, string> people, Func<string, bool, string> url)
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (var id in order)
        {
            var parent = items[id].Parent;
            if (parent is null)
            {
                roots.Add(id);
            }
            else if (items.ContainsKey(parent))
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(id);
            }
        }

        // A node whose parent is not on the map (a private objective the reader may not see) is left out with its subtree.
        var nodes = new List<MapNode>(items.Count);
        var stack = new Stack<(string Id, int Depth, IReadOnlyList<string> Areas)>();
        for (var r = roots.Count - 1; r >= 0; r--)
        {
            stack.Push((roots[r], 0, []));
        }

        while (stack.TryPop(out var entry))
        {
            var draft = items[entry.Id];
            IReadOnlyList<string> areas = draft.Area is { } area ? [area] : entry.Areas;
            var also = draft.Also.Where(items.ContainsKey).ToList();
            if (draft.Kind == "objective")
            {
                // An objective serves the areas of every goal it contributes to, directly or through its parents.
                var extra = also.Select(a => items[a]).Where(a => a.Kind == "goal" && a.Area is not null).Select(a => a.Area!);
                areas = [.. areas.Concat(extra).Distinct(StringComparer.Ordinal)];
            }

            var link = draft.Kind is "vision" or "group" ? null : url(draft.Id, false);
            nodes.Add(new MapNode(
                draft.Id, draft.Kind, draft.Title, draft.Parent, entry.Depth, draft.Status, draft.State ?? StatusWord(draft.Status), draft.Progress,
                draft.Owner, draft.Owner is { } owner ? people.GetValueOrDefault(owner) : null, draft.Unit,
                draft.Unit is { } unit && units.TryGetValue(unit, out var path) ? path : [], areas, also, link));
            if (children.TryGetValue(entry.Id, out var list))
            {
                for (var c = list.Count - 1; c >= 0; c--)
                {
                    stack.Push((list[c], entry.Depth + 1, areas));
                }
            }
        }

        return nodes;
    }

    /// <summary>Each unit with the units above it, itself first.</summary>
    private static Dictionary<string, string[]> UnitPaths(Plan plan)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var unit in plan.Organization.Units)
        {
            parents.TryAdd(unit.Id, unit.Parent);
        }

        var paths = new Dictionary<string, string[]>(parents.Count, StringComparer.Ordinal);
        foreach (var id in parents.Keys)
        {
            var path = new List<string>();
            for (string? at = id; at is not null && !path.Contains(at, StringComparer.Ordinal); at = parents.GetValueOrDefault(at))
            {
                path.Add(at);
            }

            paths[id] = [.. path];
        }

        return paths;
    }

    private static IEnumerable<int> Indices(Range range)
    {
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            yield return k;
        }
    }

    public static string StatusWord(string? key) => key switch
    {
        "on-track" => "On track",
        "at-risk" => "At risk",
        "off-track" => "Off track",
        "done" => "Done",
        _ => "Not started",
    };

    private static string Word(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();

    private sealed record Draft(string Id, string Kind, string Title, string? Parent, string? Status, double? Progress, string? Owner, string? Unit)
    {
        public string? Area { get; init; }

        public List<string> Also { get; init; } = [];

        public string? State { get; init; }
    }
}
