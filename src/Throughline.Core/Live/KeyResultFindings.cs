using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>
/// The findings of rules that judge each key result by its forecast (tracking/*, smart/not-achievable),
/// indexed by key result, so that a check-in re-judges one key result in O(its findings).
/// </summary>
/// <remarks>
/// The rules themselves loop over every key result of a graph. To run exactly their code on one key result,
/// they are given a lens: a one-key-result graph and result whose index 0 is loaded with key result k's
/// numbers and fresh forecast before each evaluation. The lens carries only per-key-result arrays; a rule
/// that started to read anything else would fail loudly on the lens's empty arrays instead of reporting
/// something wrong (and the live-analysis tests compare every finding with a full analysis).
/// </remarks>
internal sealed class KeyResultFindings
{
    private readonly PlanGraph graph;
    private readonly Rule[] rules = CheckInImpacts.RulesWith(CheckInImpact.KeyResultForecast);
    private readonly Finding?[] current;
    private readonly PlanGraph lens;
    private readonly AnalysisResult lensResult;
    private readonly RuleContext context;
    private readonly List<Finding> reported = [];

    public KeyResultFindings(AnalysisResult result, IReadOnlyDictionary<string, int> keyResultIndex)
    {
        graph = result.Graph;
        current = new Finding?[graph.KeyResultCount * rules.Length];
        foreach (var finding in result.Findings)
        {
            var slot = Array.FindIndex(rules, rule => rule.Descriptor.Id == finding.RuleId);
            if (slot >= 0 && finding.SubjectKind == ElementKind.KeyResult
                && keyResultIndex.TryGetValue(finding.SubjectId, out var k))
            {
                ref var place = ref current[(k * rules.Length) + slot];
                place = place is null ? finding : throw TwoFindings(finding);
            }
        }

        lens = OneKeyResultLens(graph.Plan);
        lensResult = new AnalysisResult(lens, result.AsOf, result.Rules);
        context = new RuleContext(lensResult, result.Rules, reported);
    }

    /// <summary>Judges key result k again from its new forecast and replaces its findings.</summary>
    public void Update(int k, KeyResultForecast forecast, LiveFindings findings)
    {
        Focus(k, forecast);
        for (var slot = 0; slot < rules.Length; slot++)
        {
            reported.Clear();
            context.Run(rules[slot]);
            var now = reported.Count switch
            {
                0 => null,
                1 => reported[0],
                _ => throw TwoFindings(reported[1]),
            };
            ref var place = ref current[(k * rules.Length) + slot];
            findings.Replace(place, now);
            place = now;
        }
    }

    private static InvalidOperationException TwoFindings(Finding finding) =>
        new($"Rule {finding.RuleId} reported key result {finding.SubjectId} twice; a live analysis keeps one finding per rule and key result.");

    private static PlanGraph OneKeyResultLens(Plan plan) => new(plan)
    {
        KeyResultCount = 1,
        KeyResults = new KeyResult[1],
        KrObjective = new int[1],
        KrBaseline = new double[1],
        KrTarget = new double[1],
        KrLow = new double[1],
        KrHigh = new double[1],
        KrDirection = new Direction[1],
        KrWeight = new double[1],
        KrCadenceDays = new int[1],
        KrOwner = new int[1],
        KrDirectWork = new int[1],
        KrCheckInStart = new int[2],
    };

    private void Focus(int k, KeyResultForecast forecast)
    {
        lens.KeyResults[0] = graph.KeyResults[k];
        lens.KrObjective[0] = graph.KrObjective[k];
        lens.KrBaseline[0] = graph.KrBaseline[k];
        lens.KrTarget[0] = graph.KrTarget[k];
        lens.KrLow[0] = graph.KrLow[k];
        lens.KrHigh[0] = graph.KrHigh[k];
        lens.KrDirection[0] = graph.KrDirection[k];
        lens.KrWeight[0] = graph.KrWeight[k];
        lens.KrCadenceDays[0] = graph.KrCadenceDays[k];
        lens.KrOwner[0] = graph.KrOwner[k];
        lens.KrDirectWork[0] = graph.KrDirectWork[k];
        lens.FirstSuccessMeasure = graph.KrObjective[k] < 0 ? 0 : 1;
        lensResult.KeyResults[0] = forecast;
    }
}
