using Throughline.Core.Analysis;
using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>
/// The findings of rules that report an objective unless it is done (gap/objective-without-work,
/// dependency/late-for-objective). Nothing else they read changes with a check-in, so what each would say
/// about each objective is worked out once, as if no objective were done; a check-in that moves an
/// objective in or out of done then adds or removes that prepared finding.
/// </summary>
internal sealed class ObjectiveUnlessDoneFindings
{
    private readonly int ruleCount;
    private readonly Finding?[] candidates;

    public ObjectiveUnlessDoneFindings(AnalysisResult result, IReadOnlyDictionary<string, int> objectiveIndex)
    {
        var rules = CheckInImpacts.RulesWith(CheckInImpact.ObjectiveUnlessDone);
        ruleCount = rules.Length;
        candidates = new Finding?[result.Graph.ObjectiveCount * ruleCount];

        // Run the rules with no objective done, then put the statuses back.
        var objectives = result.Objectives;
        var saved = (ItemState[])objectives.Clone();
        for (var o = 0; o < objectives.Length; o++)
        {
            if (objectives[o].Status == ProgressStatus.Done)
            {
                objectives[o] = objectives[o] with { Status = ProgressStatus.OnTrack };
            }
        }

        var reported = new List<Finding>();
        var context = new RuleContext(result, result.Rules, reported);
        try
        {
            for (var slot = 0; slot < ruleCount; slot++)
            {
                reported.Clear();
                context.Run(rules[slot]);
                foreach (var finding in reported)
                {
                    if (finding.SubjectKind == ElementKind.Objective && objectiveIndex.TryGetValue(finding.SubjectId, out var o))
                    {
                        candidates[(o * ruleCount) + slot] = finding;
                    }
                }
            }
        }
        finally
        {
            saved.CopyTo(objectives, 0);
        }
    }

    /// <summary>Objective o has just become done (or stopped being done): its prepared findings leave (or return).</summary>
    public void DoneChanged(int o, bool done, LiveFindings findings)
    {
        for (var slot = 0; slot < ruleCount; slot++)
        {
            if (candidates[(o * ruleCount) + slot] is { } finding)
            {
                if (done)
                {
                    findings.Remove(finding);
                }
                else
                {
                    findings.Add(finding);
                }
            }
        }
    }
}
