using Throughline.Core.Analysis;

namespace Throughline.Core.Live;

/// <summary>
/// Keeps a live analysis's findings current through check-ins. A check-in changes one key result's forecast
/// and the states of its ancestors; of all the rules, only those <see cref="CheckInImpacts"/> marks can see
/// either, and each class of them is brought up to date its own way (docs/live-analysis.md).
/// </summary>
internal sealed class CheckInFindings
{
    private readonly PlanGraph graph;
    private readonly KeyResultFindings keyResults;
    private readonly ObjectiveUnlessDoneFindings objectives;
    private readonly OwnerFindings owners;
    private readonly OpenObjectiveCountFindings openObjectives;
    private readonly InitiativeOutcomeFindings initiatives;
    private readonly LiveFindings live;

    public CheckInFindings(AnalysisResult result, IReadOnlyDictionary<string, int> keyResultIndex)
    {
        graph = result.Graph;
        var objectiveIndex = new Dictionary<string, int>(graph.ObjectiveCount, StringComparer.Ordinal);
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            objectiveIndex.TryAdd(graph.Plan.Objectives[o].Id, o);
        }

        keyResults = new KeyResultFindings(result, keyResultIndex);
        objectives = new ObjectiveUnlessDoneFindings(result, objectiveIndex);
        owners = new OwnerFindings(result);
        openObjectives = new OpenObjectiveCountFindings(result);
        initiatives = new InitiativeOutcomeFindings(result);
        live = new LiveFindings(result.Findings, result.Scores.FindingsByFamily);
    }

    /// <summary>Every finding, in the order a full analysis lists them.</summary>
    public OrderedFindings Ordered => live.Ordered;

    public Dictionary<string, int> ByFamily => live.ByFamily;

    /// <summary>What the latest check-in added and removed.</summary>
    public List<Finding> Added => live.Added;

    public List<Finding> Removed => live.Removed;

    /// <summary>Brings the findings up to date after key result k's new forecast has been rolled up to its ancestors.</summary>
    public void Update(int k, KeyResultForecast previous, KeyResultForecast forecast, List<AncestorState> ancestors)
    {
        live.BeginChange();
        keyResults.Update(k, forecast, live);
        initiatives.Update(k, live);
        if (IsDone(previous.Status) != IsDone(forecast.Status))
        {
            owners.ItemDoneChanged(graph.KrOwner[k]);
        }

        foreach (var ancestor in ancestors)
        {
            if (ancestor.Item.Kind == ElementKind.Objective && IsDone(ancestor.Previous.Status) != IsDone(ancestor.State.Status))
            {
                var o = ancestor.Item.Index;
                objectives.DoneChanged(o, IsDone(ancestor.State.Status), live);
                owners.ItemDoneChanged(graph.ObjectiveOwner[o]);
                openObjectives.ObjectiveDoneChanged();
            }
        }

        owners.Refresh(live);
        openObjectives.Refresh(live);
    }

    private static bool IsDone(ProgressStatus status) => status == ProgressStatus.Done;
}
