using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Web.Analysis;

/// <summary>Where an element sits in the plan: its kind, and the objective (or null for the vision) a key result belongs to.</summary>
public sealed record IndexedElement(PlanItemKind Kind, IdentifiedElement Element, string? Parent);

/// <summary>Every element of a plan by id, built with each new plan so that the API finds items without a scan.</summary>
public sealed class PlanIndex
{
    private readonly Dictionary<string, IndexedElement> byId = new(StringComparer.Ordinal);
    private readonly List<Objective> privateObjectives = [];

    public PlanIndex(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Add(PlanItemKind.Unit, plan.Organization.Units);
        Add(PlanItemKind.Person, plan.Organization.People);
        Add(PlanItemKind.Swot, plan.Swot);
        Add(PlanItemKind.Criterion, plan.Criteria);
        Add(PlanItemKind.Goal, plan.Goals);
        Add(PlanItemKind.Objective, plan.Objectives);
        Add(PlanItemKind.Initiative, plan.Initiatives);
        Add(PlanItemKind.Action, plan.Actions);
        foreach (var kr in plan.Vision?.Success ?? [])
        {
            byId.TryAdd(kr.Id, new IndexedElement(PlanItemKind.KeyResult, kr, null));
        }

        foreach (var objective in plan.Objectives)
        {
            if (Items.Permissions.IsPrivate(objective))
            {
                privateObjectives.Add(objective);
            }

            foreach (var kr in objective.KeyResults)
            {
                byId.TryAdd(kr.Id, new IndexedElement(PlanItemKind.KeyResult, kr, objective.Id));
            }
        }
    }

    /// <summary>The private objectives, found once per plan so that reads need not scan every objective.</summary>
    public IReadOnlyList<Objective> PrivateObjectives => privateObjectives;

    public IndexedElement? Find(string id) => byId.GetValueOrDefault(id);

    public T? Find<T>(string? id)
        where T : IdentifiedElement => id is not null && byId.TryGetValue(id, out var found) ? found.Element as T : null;

    /// <summary>The unit and every unit below it, by id.</summary>
    public HashSet<string> UnitAndBelow(string unitId, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var children = plan.Organization.Units.Where(u => u.Parent is not null).ToLookup(u => u.Parent!, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([unitId]);
        while (stack.TryPop(out var unit))
        {
            if (found.Add(unit))
            {
                foreach (var child in children[unit])
                {
                    stack.Push(child.Id);
                }
            }
        }

        return found;
    }

    /// <summary>The person's managers, nearest first, stopping at a loop.</summary>
    public IEnumerable<string> ManagersOf(string personId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { personId };
        var manager = Find<Person>(personId)?.Manager;
        while (manager is not null && seen.Add(manager))
        {
            yield return manager;
            manager = Find<Person>(manager)?.Manager;
        }
    }

    private void Add<T>(PlanItemKind kind, IEnumerable<T> elements)
        where T : IdentifiedElement
    {
        foreach (var element in elements)
        {
            byId.TryAdd(element.Id, new IndexedElement(kind, element, null));
        }
    }
}
