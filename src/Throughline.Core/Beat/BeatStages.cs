using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Beat;

/// <summary>Assesses the BEAT stage of each initiative against the entry criteria of docs/beat.md.</summary>
public static class BeatStages
{
    /// <summary>The assessment of every initiative that claims a stage and is not cancelled, in plan order.</summary>
    public static IReadOnlyList<StageAssessment> Assess(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var people = new StagePeople(result.Graph);
        var assessments = new List<StageAssessment>();
        for (var i = 0; i < result.Graph.InitiativeCount; i++)
        {
            var initiative = result.Plan.Initiatives[i];
            if (initiative.Stage is not null && initiative.Status != InitiativeStatus.Cancelled)
            {
                assessments.Add(Assess(result, people, i));
            }
        }

        return assessments;
    }

    /// <summary>The assessment of one initiative by its index in the plan, whether it claims a stage or not.</summary>
    public static StageAssessment Assess(AnalysisResult result, int initiative)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(initiative);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(initiative, result.Graph.InitiativeCount);
        return Assess(result, new StagePeople(result.Graph), initiative);
    }

    internal static StageAssessment Assess(AnalysisResult result, StagePeople people, int i)
    {
        var graph = result.Graph;
        var initiative = graph.Plan.Initiatives[i];
        var (others, belowExecutive) = people.Involved(i);
        var startReached = graph.InitiativeStartDay[i] != PlanGraph.NoDay && graph.InitiativeStartDay[i] <= result.AsOf.DayNumber;
        return new StageAssessment
        {
            InitiativeId = initiative.Id,
            Claimed = initiative.Stage,
            HasSponsor = graph.InitiativeOwner[i] >= 0,
            HasWhy = !string.IsNullOrWhiteSpace(initiative.Description) || initiative.Supports.Count > 0,
            HasContributors = others,
            InvolvesBelowExecutive = belowExecutive,
            HasWork = people.ActionCount(i) > 0 || startReached
                || initiative.Status is InitiativeStatus.Active or InitiativeStatus.Done,
            HasOutcome = HasOutcome(result, i),
            Acts = initiative.Stage is ChangeStage.Act or ChangeStage.Transform || initiative.Status == InitiativeStatus.Active,
        };
    }

    /// <summary>The key results an initiative moves: those it supports, then those of the objectives it supports.</summary>
    internal static IEnumerable<int> SupportedKeyResults(PlanGraph graph, int i)
    {
        var keyResults = graph.InitiativeKeyResults;
        for (var at = keyResults.Offsets[i]; at < keyResults.Offsets[i + 1]; at++)
        {
            yield return keyResults.Targets[at];
        }

        var objectives = graph.InitiativeObjectives;
        for (var at = objectives.Offsets[i]; at < objectives.Offsets[i + 1]; at++)
        {
            var o = objectives.Targets[at];
            for (var k = graph.ObjectiveKrStart[o]; k < graph.ObjectiveKrStart[o + 1]; k++)
            {
                yield return k;
            }
        }
    }

    private static bool HasOutcome(AnalysisResult result, int i)
    {
        foreach (var k in SupportedKeyResults(result.Graph, i))
        {
            var forecast = result.KeyResult(k);
            if (forecast.CheckInCount > 0 && forecast.Progress > 0)
            {
                return true;
            }
        }

        return false;
    }
}
