using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>
/// The findings of rules that judge each person by the open items they own (ownership/overloaded), indexed
/// by person. A check-in that moves an owned key result or objective in or out of done re-judges its owner,
/// in time proportional to what that person owns.
/// </summary>
/// <remarks>
/// As for key results, the rule's own code runs on a lens: a one-person plan whose objectives, key results and
/// initiatives are exactly those the person owns, with their current states. The rule then counts what it
/// counts and words its message as it does in a full analysis.
/// </remarks>
internal sealed class OwnerFindings
{
    private readonly AnalysisResult result;
    private readonly Rule[] rules = CheckInImpacts.RulesWith(CheckInImpact.OwnerOpenItems);
    private readonly Finding?[] current;
    private readonly Adjacency objectivesOwned;
    private readonly Adjacency keyResultsOwned;
    private readonly Adjacency initiativesOwned;

    private readonly PlanGraph lens;
    private readonly AnalysisResult lensResult;
    private readonly RuleContext context;
    private readonly List<Finding> reported = [];

    // Owners whose items moved during the current check-in, each listed once.
    private readonly bool[] moved;
    private readonly List<int> owners = [];

    public OwnerFindings(AnalysisResult result)
    {
        this.result = result;
        var graph = result.Graph;
        objectivesOwned = ByOwner(graph.ObjectiveOwner, graph.PersonCount);
        keyResultsOwned = ByOwner(graph.KrOwner, graph.PersonCount);
        initiativesOwned = ByOwner(graph.InitiativeOwner, graph.PersonCount);

        var people = graph.Plan.Organization.People;
        var personIndex = new Dictionary<string, int>(people.Count, StringComparer.Ordinal);
        for (var p = 0; p < people.Count; p++)
        {
            personIndex.TryAdd(people[p].Id, p);
        }

        current = new Finding?[graph.PersonCount * rules.Length];
        foreach (var finding in result.Findings)
        {
            var slot = Array.FindIndex(rules, rule => rule.Descriptor.Id == finding.RuleId);
            if (slot >= 0 && finding.SubjectKind == ElementKind.Person && personIndex.TryGetValue(finding.SubjectId, out var p))
            {
                current[(p * rules.Length) + slot] = finding;
            }
        }

        var lensPlan = new Plan { Organization = new Organization { People = [new Person { Id = "" }] } };
        lens = new PlanGraph(lensPlan)
        {
            PersonCount = 1,
            ObjectiveCount = MostOwned(objectivesOwned),
            KeyResultCount = MostOwned(keyResultsOwned),
            InitiativeCount = MostOwned(initiativesOwned),
        };
        lens.ObjectiveOwner = new int[lens.ObjectiveCount];
        lens.KrOwner = new int[lens.KeyResultCount];
        lens.InitiativeOwner = new int[lens.InitiativeCount];
        lensResult = new AnalysisResult(lens, result.AsOf, result.Rules);
        context = new RuleContext(lensResult, result.Rules, reported);
        moved = new bool[graph.PersonCount];
    }

    /// <summary>An item owned by this person (or by nobody, -1) moved in or out of done.</summary>
    public void ItemDoneChanged(int owner)
    {
        if (owner >= 0 && !moved[owner])
        {
            moved[owner] = true;
            owners.Add(owner);
        }
    }

    /// <summary>Re-judges every owner whose items moved during this check-in.</summary>
    public void Refresh(LiveFindings findings)
    {
        foreach (var p in owners)
        {
            moved[p] = false;
            Focus(p);
            for (var slot = 0; slot < rules.Length; slot++)
            {
                reported.Clear();
                context.Run(rules[slot]);
                var now = reported.Count switch
                {
                    0 => null,
                    1 => reported[0],
                    _ => throw new InvalidOperationException(
                        $"Rule {reported[1].RuleId} reported person {reported[1].SubjectId} twice; a live analysis keeps one finding per rule and person."),
                };
                ref var place = ref current[(p * rules.Length) + slot];
                findings.Replace(place, now);
                place = now;
            }
        }

        owners.Clear();
    }

    private void Focus(int p)
    {
        var graph = result.Graph;
        lens.Plan.Organization.People[0] = graph.Plan.Organization.People[p];

        var objectives = objectivesOwned.Of(p);
        lens.ObjectiveCount = objectives.Length;
        for (var i = 0; i < objectives.Length; i++)
        {
            lensResult.Objectives[i] = result.Objectives[objectives[i]];
        }

        var keyResults = keyResultsOwned.Of(p);
        lens.KeyResultCount = keyResults.Length;
        for (var i = 0; i < keyResults.Length; i++)
        {
            lensResult.KeyResults[i] = result.KeyResults[keyResults[i]];
        }

        var initiatives = initiativesOwned.Of(p);
        lens.InitiativeCount = initiatives.Length;
        lens.Plan.Initiatives.Clear();
        foreach (var i in initiatives)
        {
            lens.Plan.Initiatives.Add(graph.Plan.Initiatives[i]);
        }
    }

    /// <summary>Person → the items they own, from item → owner (-1 for none).</summary>
    private static Adjacency ByOwner(int[] ownerOf, int personCount)
    {
        var edges = new List<(int, int, double)>();
        for (var item = 0; item < ownerOf.Length; item++)
        {
            if (ownerOf[item] >= 0)
            {
                edges.Add((ownerOf[item], item, 1));
            }
        }

        return Adjacency.FromEdges(personCount, edges);
    }

    private static int MostOwned(Adjacency owned)
    {
        var most = 0;
        for (var p = 0; p < owned.NodeCount; p++)
        {
            most = Math.Max(most, owned.CountOf(p));
        }

        return most;
    }
}
