using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Beat;

/// <summary>
/// Who is involved in each initiative, compiled once per analysis: the people of each unit (home unit or
/// <c>members</c>) and the owners of each initiative's actions.
/// </summary>
internal sealed class StagePeople
{
    private readonly PlanGraph graph;
    private readonly int[] unitPeople;
    private readonly int[] unitBelowExecutive;
    private readonly HashSet<(int Unit, int Person)> members = [];
    private readonly Adjacency actionOwners;
    private readonly bool[] belowExecutive;
    private readonly int[] actionCounts;

    public StagePeople(PlanGraph graph)
    {
        this.graph = graph;
        var plan = graph.Plan;
        var people = plan.Organization.People;
        belowExecutive = people.Select(p => p.Level is PersonLevel.Manager or PersonLevel.Frontline).ToArray();
        unitPeople = new int[graph.UnitCount];
        unitBelowExecutive = new int[graph.UnitCount];
        for (var p = 0; p < graph.PersonCount; p++)
        {
            if (graph.PersonUnit[p] is var u && u >= 0)
            {
                Count(u, p);
            }
        }

        var personIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < people.Count; p++)
        {
            personIndex.TryAdd(people[p].Id, p);
        }

        for (var u = 0; u < graph.UnitCount; u++)
        {
            foreach (var id in plan.Organization.Units[u].Members)
            {
                if (personIndex.TryGetValue(id, out var p) && graph.PersonUnit[p] != u && members.Add((u, p)))
                {
                    Count(u, p);
                }
            }
        }

        var owned = new List<(int, int, double)>();
        actionCounts = new int[graph.InitiativeCount];
        for (var a = 0; a < graph.ActionCount; a++)
        {
            if (graph.ActionInitiative[a] is var i && i >= 0)
            {
                actionCounts[i]++;
                if (plan.Actions[a].Owner is { } owner && personIndex.TryGetValue(owner, out var p))
                {
                    owned.Add((i, p, 1));
                }
            }
        }

        actionOwners = Adjacency.FromEdges(graph.InitiativeCount, owned);
    }

    public int ActionCount(int initiative) => actionCounts[initiative];

    /// <summary>Whether someone besides the owner is involved, and whether anyone involved is below the executive level.</summary>
    public (bool Others, bool BelowExecutive) Involved(int initiative)
    {
        var owner = graph.InitiativeOwner[initiative];
        var unit = graph.InitiativeUnit[initiative];
        var others = false;
        var below = owner >= 0 && belowExecutive[owner];
        if (unit >= 0)
        {
            var ownerInUnit = owner >= 0 && (graph.PersonUnit[owner] == unit || members.Contains((unit, owner)));
            others = unitPeople[unit] - (ownerInUnit ? 1 : 0) > 0;
            below |= unitBelowExecutive[unit] > 0;
        }

        foreach (var person in actionOwners.Of(initiative))
        {
            others |= person != owner;
            below |= belowExecutive[person];
        }

        return (others, below);
    }

    private void Count(int unit, int person)
    {
        unitPeople[unit]++;
        unitBelowExecutive[unit] += belowExecutive[person] ? 1 : 0;
    }
}
