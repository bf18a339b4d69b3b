using Throughline.Core.Capacity;
using Throughline.Core.Model;
using Throughline.Core.Priorities;
using Throughline.Core.Rules;
using Throughline.Core.Schedule;
using Throughline.Core.Silos;

namespace Throughline.Core.Analysis;

/// <summary>Everything the engine computed for one plan as of one date. Indices are those of <see cref="PlanGraph"/>.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(PlanGraph graph, DateOnly asOf, RuleConfiguration rules)
    {
        Graph = graph;
        AsOf = asOf;
        Rules = rules;
        KeyResults = new KeyResultForecast[graph.KeyResultCount];
        Objectives = new ItemState[graph.ObjectiveCount];
        Goals = new ItemState[graph.GoalCount];
        ObjectiveReachesGoal = new bool[graph.ObjectiveCount];
        ObjectiveMeasured = new bool[graph.ObjectiveCount];
        ObjectiveHasWork = new bool[graph.ObjectiveCount];
        InitiativeAligned = new bool[graph.InitiativeCount];
        ActionAligned = new bool[graph.ActionCount];
    }

    public PlanGraph Graph { get; }
    public Plan Plan => Graph.Plan;
    public DateOnly AsOf { get; }

    /// <summary>The rule configuration the findings were produced with.</summary>
    public RuleConfiguration Rules { get; }

    internal KeyResultForecast[] KeyResults { get; }
    internal ItemState[] Objectives { get; }
    internal ItemState[] Goals { get; }
    internal bool[] ObjectiveReachesGoal { get; }
    internal bool[] ObjectiveMeasured { get; }
    internal bool[] ObjectiveHasWork { get; }
    internal bool[] InitiativeAligned { get; }
    internal bool[] ActionAligned { get; }

    public ItemState Vision { get; internal set; }
    public Scores Scores { get; internal set; } = new(null, null, 0, new Dictionary<string, int>());
    public IReadOnlyList<Finding> Findings { get; internal set; } = [];

    /// <summary>Load against capacity per unit and month, and initiatives run at once (docs/capacity.md).</summary>
    public CapacityAnalysis Capacity { get; internal set; } = null!; // Set by the analyzer before anyone can read it.

    /// <summary>Earliest starts and finishes of initiatives, dependency cycles and objectives' critical paths (docs/schedule.md).</summary>
    public PlanSchedule Schedule { get; internal set; } = null!; // Set by the analyzer before anyone can read it.

    /// <summary>Initiatives ranked by the decision criteria, each rank explained (docs/priorities.md).</summary>
    public PriorityRanking Priorities { get; internal set; } = PriorityRanking.Empty;

    /// <summary>Shared goals, cross-unit dependencies and cross-functional teams per unit and department (docs/silos.md).</summary>
    public SiloMap Silos { get; internal set; } = SiloMap.Empty;

    public KeyResultForecast KeyResult(int k) => KeyResults[k];
    public ItemState Objective(int o) => Objectives[o];
    public ItemState Goal(int g) => Goals[g];

    /// <summary>True when the objective contributes, directly or through parent objectives, to a goal.</summary>
    public bool HasLineOfSight(ElementKind kind, int index) => kind switch
    {
        ElementKind.Objective => ObjectiveReachesGoal[index],
        ElementKind.Initiative => InitiativeAligned[index],
        ElementKind.Action => ActionAligned[index],
        ElementKind.KeyResult => Graph.KrObjective[index] is var o && (o < 0 || ObjectiveReachesGoal[o]),
        _ => true,
    };

    /// <summary>True when an objective has key results (its own or its contributors').</summary>
    public bool IsMeasured(int objective) => ObjectiveMeasured[objective];

    /// <summary>
    /// True when an initiative or action works on the objective, one of its key results, or a contributing
    /// objective; cancelled initiatives and the actions under them do not count.
    /// </summary>
    public bool HasWork(int objective) => ObjectiveHasWork[objective];

    /// <summary>The findings of one family (<c>gap</c>, <c>smart</c>, …).</summary>
    public IEnumerable<Finding> FindingsOf(string family) => Findings.Where(f => f.Family == family);
}
