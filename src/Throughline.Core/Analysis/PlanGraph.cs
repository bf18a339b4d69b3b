using Throughline.Core.Model;

namespace Throughline.Core.Analysis;

/// <summary>
/// A plan compiled for analysis: every element has a dense integer index within its kind, and every
/// relationship is a compressed adjacency array (offsets + targets), so that roll-ups and rules walk
/// arrays instead of object graphs. Indices follow the plan's lists: goal g is <c>Plan.Goals[g]</c>,
/// objective o is <c>Plan.Objectives[o]</c>. Key results are numbered objective by objective, the
/// vision's success measures last. Dates are day numbers (<see cref="DateOnly.DayNumber"/>);
/// <see cref="NoDay"/> marks a missing date.
/// </summary>
public sealed class PlanGraph
{
    public const int NoDay = int.MinValue;

    internal PlanGraph(Plan plan) => Plan = plan;

    public Plan Plan { get; }

    public int GoalCount { get; internal set; }
    public int ObjectiveCount { get; internal set; }
    public int KeyResultCount { get; internal set; }
    public int InitiativeCount { get; internal set; }
    public int ActionCount { get; internal set; }

    /// <summary>Key results with an index from here on are the vision's success measures.</summary>
    public int FirstSuccessMeasure { get; internal set; }

    internal KeyResult[] KeyResults { get; set; } = [];
    internal double[] GoalWeight { get; set; } = [];

    // Objective → key results: the key results of objective o are [ObjectiveKrStart[o], ObjectiveKrStart[o + 1]).
    internal int[] ObjectiveKrStart { get; set; } = [];

    // Goal → contributing objectives, with the contribution's weight.
    internal Adjacency GoalChildren { get; set; } = Adjacency.Empty;

    // Objective → contributing objectives, with the contribution's weight.
    internal Adjacency ObjectiveChildren { get; set; } = Adjacency.Empty;

    // Objective → the goals and objectives it contributes to.
    internal Adjacency ObjectiveParentGoals { get; set; } = Adjacency.Empty;
    internal Adjacency ObjectiveParentObjectives { get; set; } = Adjacency.Empty;

    /// <summary>Objectives ordered so that every objective comes after all objectives that contribute to it.</summary>
    internal int[] ObjectivesChildrenFirst { get; set; } = [];

    internal int[] ObjectiveStartDay { get; set; } = [];
    internal int[] ObjectiveDueDay { get; set; } = [];

    // Key result → its objective (-1 for a success measure of the vision) and its numbers.
    internal int[] KrObjective { get; set; } = [];
    internal double[] KrBaseline { get; set; } = [];
    internal double[] KrTarget { get; set; } = [];
    internal double[] KrLow { get; set; } = [];
    internal double[] KrHigh { get; set; } = [];
    internal Direction[] KrDirection { get; set; } = [];
    internal double[] KrWeight { get; set; } = [];
    internal int[] KrCadenceDays { get; set; } = [];

    // Check-ins of key result k, sorted by date: [KrCheckInStart[k], KrCheckInStart[k + 1]).
    internal int[] KrCheckInStart { get; set; } = [];
    internal int[] CheckInDay { get; set; } = [];
    internal double[] CheckInValue { get; set; } = [];
    internal double[] CheckInConfidence { get; set; } = [];

    // Work → what it supports.
    internal Adjacency InitiativeObjectives { get; set; } = Adjacency.Empty;
    internal Adjacency InitiativeKeyResults { get; set; } = Adjacency.Empty;
    internal Adjacency ActionObjectives { get; set; } = Adjacency.Empty;
    internal Adjacency ActionKeyResults { get; set; } = Adjacency.Empty;
    internal int[] ActionInitiative { get; set; } = [];
    internal double[] InitiativeWork { get; set; } = [];
    internal double[] ActionWork { get; set; } = [];
    internal bool[] InitiativeCancelled { get; set; } = [];

    // Reverse links: what works on an objective or a key result directly.
    internal int[] ObjectiveDirectWork { get; set; } = [];
    internal int[] KrDirectWork { get; set; } = [];

    // Organization: units form a tree; a unit's department is its ancestor just below a root (a root is its own).
    public int UnitCount { get; internal set; }
    public int PersonCount { get; internal set; }
    internal int[] UnitParent { get; set; } = [];
    internal int[] UnitDepth { get; set; } = [];
    internal int[] UnitDepartment { get; set; } = [];

    /// <summary>Units ordered so that every unit comes after all of its children.</summary>
    internal int[] UnitsChildrenFirst { get; set; } = [];

    internal int[] PersonUnit { get; set; } = [];

    // Who owns what, and which unit carries it (-1 when not set). A key result's owner is its own `owner` only.
    internal int[] GoalOwner { get; set; } = [];
    internal int[] ObjectiveOwner { get; set; } = [];
    internal int[] ObjectiveUnit { get; set; } = [];
    internal int[] KrOwner { get; set; } = [];
    internal int[] InitiativeOwner { get; set; } = [];
    internal int[] InitiativeUnit { get; set; } = [];
    internal int[] InitiativeStartDay { get; set; } = [];
    internal int[] InitiativeEndDay { get; set; } = [];

    // Initiative → the initiatives it depends on.
    internal Adjacency InitiativeDependsOn { get; set; } = Adjacency.Empty;

    private Dictionary<string, NodeRef>? index;

    /// <summary>Finds an element by id; null when the plan has none.</summary>
    public NodeRef? Find(string id)
    {
        index ??= BuildIndex();
        return index.TryGetValue(id, out var node) ? node : null;
    }

    public string IdOf(NodeRef node) => node.Kind switch
    {
        ElementKind.Goal => Plan.Goals[node.Index].Id,
        ElementKind.Objective => Plan.Objectives[node.Index].Id,
        ElementKind.KeyResult => KeyResults[node.Index].Id,
        ElementKind.Initiative => Plan.Initiatives[node.Index].Id,
        ElementKind.Action => Plan.Actions[node.Index].Id,
        ElementKind.Unit => Plan.Organization.Units[node.Index].Id,
        ElementKind.Person => Plan.Organization.People[node.Index].Id,
        _ => node.Kind.ToString().ToLowerInvariant(),
    };

    public KeyResult KeyResult(int k) => KeyResults[k];

    /// <summary>The objective a key result belongs to, or null for a success measure of the vision.</summary>
    public Objective? ObjectiveOf(int keyResult) =>
        KrObjective[keyResult] is var o && o >= 0 ? Plan.Objectives[o] : null;

    public Range KeyResultsOf(int objective) => ObjectiveKrStart[objective]..ObjectiveKrStart[objective + 1];

    public int KeyResultCountOf(int objective) => ObjectiveKrStart[objective + 1] - ObjectiveKrStart[objective];

    private Dictionary<string, NodeRef> BuildIndex()
    {
        var byId = new Dictionary<string, NodeRef>(StringComparer.Ordinal);
        void Add<T>(List<T> items, ElementKind kind) where T : IdentifiedElement
        {
            for (var i = 0; i < items.Count; i++)
            {
                byId.TryAdd(items[i].Id, new NodeRef(kind, i));
            }
        }

        Add(Plan.Organization.Units, ElementKind.Unit);
        Add(Plan.Organization.People, ElementKind.Person);
        Add(Plan.Goals, ElementKind.Goal);
        Add(Plan.Objectives, ElementKind.Objective);
        Add(Plan.Initiatives, ElementKind.Initiative);
        Add(Plan.Actions, ElementKind.Action);
        for (var k = 0; k < KeyResults.Length; k++)
        {
            byId.TryAdd(KeyResults[k].Id, new NodeRef(ElementKind.KeyResult, k));
        }

        return byId;
    }
}
