using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Rules;
using Throughline.Core.Silos;

namespace Throughline.Core.Reports.Packet;

/// <summary>
/// The decisions a review must take, derived from the findings that call for one: key results off track
/// (re-plan), units over capacity (who yields, from the priority ranking), dependency cycles (which
/// dependency goes) and key results of different units that pull one measure apart (which way it goes).
/// Grouped in that order, each group in the findings' (file) order.
/// </summary>
internal static class DecisionList
{
    /// <summary>How many dependencies of one circle are offered for removal.</summary>
    public const int MaxCycleOptions = 10;

    public static IReadOnlyList<DecisionNeeded> From(AnalysisResult result, StrategyReport report)
    {
        var decisions = new List<DecisionNeeded>();
        var findings = result.Findings;
        decisions.AddRange(findings.Where(f => f.RuleId == "tracking/off-track" && f.SubjectKind == ElementKind.KeyResult)
            .Select(f => OffTrack(result, f)).OfType<DecisionNeeded>());
        decisions.AddRange(findings.Where(f => f.RuleId == "capacity/over-committed")
            .Select(f => OverCommitted(result, report, f)));
        decisions.AddRange(Cycles(result, findings.Where(f => f.RuleId == "dependency/cycle").ToList()));
        decisions.AddRange(Conflicts(result, findings.Where(f => f.RuleId == "silo/conflicting-key-results").ToList()));
        return decisions;
    }

    private static DecisionNeeded? OffTrack(AnalysisResult result, Finding finding)
    {
        if (result.Graph.Find(finding.SubjectId) is not { Kind: ElementKind.KeyResult } node)
        {
            return null;
        }

        var kr = result.Graph.KeyResult(node.Index);
        var forecast = result.KeyResult(node.Index);
        var reset = double.IsFinite(forecast.Projected) && forecast.Due is { } by
            ? $"Reset the target to what the trend reaches, {Text.Quantity(forecast.Projected, kr.Unit)} by {Figures.Date(by)}, and say why"
            : "Reset the target and say why";
        List<string> options =
        [
            $"Change the approach: different or more work on {kr.Id}",
            $"Add capacity to the work on {kr.Id}",
            reset,
        ];
        if (forecast.Due is { } due)
        {
            options.Add($"Move the due date ({Figures.Date(due)}) and say why");
        }

        return new DecisionNeeded(finding.RuleId, finding.SubjectKind, kr.Id, $"How should {kr.Id} \"{kr.Title}\" be re-planned?", finding.Message, options);
    }

    private static DecisionNeeded OverCommitted(AnalysisResult result, StrategyReport report, Finding finding)
    {
        var groups = report.Priorities.Yielding.Where(g => g.UnitId == finding.SubjectId).ToList();
        var titles = result.Plan.Initiatives.ToDictionary(i => i.Id, i => i.Title, StringComparer.Ordinal);
        var name = groups.Count > 0 ? groups[0].Name : finding.SubjectId;
        var months = groups.Count == 0 ? "" : $" in {Figures.Month(groups[0].Month)}" +
            (groups.Count > 1 ? $" to {Figures.Month(groups[^1].Month)}" : "");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var options = groups.SelectMany(g => g.Initiatives)
            .Where(line => seen.Add(line.InitiativeId))
            .Select(line => $"Move, shrink or stop {line.InitiativeId} \"{titles.GetValueOrDefault(line.InitiativeId, "")}\": {line.Reason}")
            .Append($"Add capacity to {name}")
            .ToList();
        return new DecisionNeeded(
            finding.RuleId, finding.SubjectKind, finding.SubjectId, $"Which work should give way in {name}{months}?", finding.Message, options,
            FirstIsFavoured: options.Count > 1);
    }

    private static IEnumerable<DecisionNeeded> Cycles(AnalysisResult result, List<Finding> findings)
    {
        var initiatives = result.Plan.Initiatives;
        var byFirst = new Dictionary<string, Schedule.DependencyCycle>(StringComparer.Ordinal);
        foreach (var cycle in result.Schedule.Cycles)
        {
            byFirst.TryAdd(initiatives[cycle.First].Id, cycle);
        }

        foreach (var finding in findings)
        {
            if (!byFirst.TryGetValue(finding.SubjectId, out var cycle))
            {
                continue;
            }

            var path = cycle.Path.Select(i => initiatives[i].Id).ToList();
            var edges = path.Count - 1;
            var options = Enumerable.Range(0, Math.Min(edges, MaxCycleOptions))
                .Select(e => path[e] == path[e + 1]
                    ? $"Remove {path[e]}'s dependency on itself"
                    : $"Remove {path[e]}'s dependency on {path[e + 1]}: {path[e]} no longer waits for it")
                .ToList();
            if (edges > MaxCycleOptions)
            {
                options.Add($"Or one of the {edges - MaxCycleOptions} other dependencies of the circle");
            }

            yield return new DecisionNeeded(
                finding.RuleId, finding.SubjectKind, finding.SubjectId,
                $"Which dependency of the circle {Schedule.InitiativePath.Format(result.Graph, cycle.Path)} should go?", finding.Message, options);
        }
    }

    private static IEnumerable<DecisionNeeded> Conflicts(AnalysisResult result, List<Finding> findings)
    {
        if (findings.Count == 0)
        {
            yield break;
        }

        var graph = result.Graph;
        var bySubject = findings.GroupBy(f => f.SubjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var conflict in KeyResultConflicts.Find(graph).OrderBy(c => c.Later).ThenBy(c => c.Earlier))
        {
            var later = graph.KeyResult(conflict.Later);
            var earlier = graph.KeyResult(conflict.Earlier);
            if (!bySubject.TryGetValue(later.Id, out var finding))
            {
                continue;
            }

            var measure = conflict.ByMetric ? later.Metric!.Trim() : $"\"{later.Title}\"";
            yield return new DecisionNeeded(
                finding.RuleId, finding.SubjectKind, later.Id,
                $"Which way should {measure} go: {earlier.Id} of {UnitOf(result, conflict.Earlier)} or {later.Id} of {UnitOf(result, conflict.Later)}?",
                finding.Message,
                [
                    $"{earlier.Id} holds: {Wish(result, conflict.Earlier)}; {later.Id} is re-targeted",
                    $"{later.Id} holds: {Wish(result, conflict.Later)}; {earlier.Id} is re-targeted",
                    "Agree one target or range for both, and write the trade-off into both objectives",
                ]);
        }
    }

    private static string UnitOf(AnalysisResult result, int k) =>
        SiloText.Label(result.Plan.Organization.Units[result.Graph.ObjectiveUnit[result.Graph.KrObjective[k]]]);

    /// <summary>"Sales wants it up to 35 days".</summary>
    private static string Wish(AnalysisResult result, int k)
    {
        var graph = result.Graph;
        var kr = graph.KeyResult(k);
        var wants = graph.KrDirection[k] switch
        {
            Direction.Maintain => $"kept between {Text.Number(graph.KrLow[k])} and {Text.Quantity(graph.KrHigh[k], kr.Unit)}",
            var direction => (direction == Direction.Increase ? "up" : "down") + (kr.Target is { } target ? $" to {Text.Quantity(target, kr.Unit)}" : ""),
        };
        return $"{UnitOf(result, k)} wants it {wants}";
    }
}
