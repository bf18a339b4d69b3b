using Throughline.Core.Analysis;
using Throughline.Core.Beat;
using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>
/// The findings of rules that judge each initiative by the key results it moves (stage/transform-without-outcome),
/// indexed by initiative, so that a check-in re-judges only the initiatives that move the checked-in key result.
/// </summary>
internal sealed class InitiativeOutcomeFindings
{
    private readonly Rule[] rules = CheckInImpacts.RulesWith(CheckInImpact.InitiativeOutcome);
    private readonly Adjacency movedBy;
    private readonly Finding?[] current;
    private readonly RuleContext context;
    private readonly List<Finding> reported = [];

    public InitiativeOutcomeFindings(AnalysisResult result)
    {
        var graph = result.Graph;
        var initiativeIndex = new Dictionary<string, int>(graph.InitiativeCount, StringComparer.Ordinal);
        var edges = new List<(int, int, double)>();
        for (var i = 0; i < graph.InitiativeCount; i++)
        {
            initiativeIndex.TryAdd(graph.Plan.Initiatives[i].Id, i);
            foreach (var k in BeatStages.SupportedKeyResults(graph, i).Distinct())
            {
                edges.Add((k, i, 1));
            }
        }

        movedBy = Adjacency.FromEdges(graph.KeyResultCount, edges);
        current = new Finding?[graph.InitiativeCount * rules.Length];
        foreach (var finding in result.Findings)
        {
            var slot = Array.FindIndex(rules, rule => rule.Descriptor.Id == finding.RuleId);
            if (slot >= 0 && finding.SubjectKind == ElementKind.Initiative && initiativeIndex.TryGetValue(finding.SubjectId, out var i))
            {
                current[(i * rules.Length) + slot] = finding;
            }
        }

        context = new RuleContext(result, result.Rules, reported);
    }

    /// <summary>Judges again every initiative that moves key result k, whose forecast has just changed.</summary>
    public void Update(int k, LiveFindings findings)
    {
        foreach (var i in movedBy.Of(k))
        {
            for (var slot = 0; slot < rules.Length; slot++)
            {
                reported.Clear();
                var judge = (IInitiativeJudge)rules[slot];
                context.Run(rules[slot], c => judge.Judge(c, i));
                var now = reported.Count == 0 ? null : reported[0];
                ref var place = ref current[(i * rules.Length) + slot];
                findings.Replace(place, now);
                place = now;
            }
        }
    }
}
