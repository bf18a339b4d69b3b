using Throughline.Core.Analysis;
using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>
/// The findings of rules about the whole plan that count its open (not done) objectives: priority/inflation
/// and horizon/short-termism. Their messages carry the counts, so when a check-in moves an objective in or
/// out of done they are run again over the plan and their findings replaced by difference. That is a pass
/// over the objectives, but it allocates nothing that grows with the plan, and an objective changes between
/// done and not done far less often than it is checked in.
/// </summary>
internal sealed class OpenObjectiveCountFindings
{
    private readonly Rule[] rules = CheckInImpacts.RulesWith(CheckInImpact.PlanOpenObjectives);
    private readonly List<Finding>[] current;
    private readonly RuleContext context;
    private readonly List<Finding> reported = [];
    private bool due;

    public OpenObjectiveCountFindings(AnalysisResult result)
    {
        current = rules.Select(rule => result.Findings.Where(f => f.RuleId == rule.Descriptor.Id).ToList()).ToArray();
        context = new RuleContext(result, result.Rules, reported);
    }

    public void ObjectiveDoneChanged() => due = true;

    /// <summary>Runs the rules again if an objective moved in or out of done since the last refresh.</summary>
    public void Refresh(LiveFindings findings)
    {
        if (!due)
        {
            return;
        }

        due = false;
        for (var slot = 0; slot < rules.Length; slot++)
        {
            reported.Clear();
            context.Run(rules[slot]);
            var before = current[slot];
            foreach (var gone in before)
            {
                if (!reported.Contains(gone))
                {
                    findings.Remove(gone);
                }
            }

            foreach (var added in reported)
            {
                if (!before.Contains(added))
                {
                    findings.Add(added);
                }
            }

            current[slot] = [.. reported];
        }
    }
}
