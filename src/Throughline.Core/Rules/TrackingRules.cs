using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Rules;

internal sealed class StaleKeyResult() : Rule("tracking/stale")
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        var grace = context.Parameter("grace");
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var forecast = context.Result.KeyResult(k);
            var since = forecast.CheckInCount > 0 ? forecast.LastCheckInDay : forecast.StartDay;
            var running = forecast.StartDay != PlanGraph.NoDay && forecast.StartDay <= context.AsOfDay
                && (forecast.DueDay == PlanGraph.NoDay || context.AsOfDay <= forecast.DueDay);
            if (!running || since == PlanGraph.NoDay || forecast.Status == ProgressStatus.Done)
            {
                continue;
            }

            var cadence = graph.KrCadenceDays[k];
            var silent = context.AsOfDay - since;
            if (silent <= cadence * (1 + grace))
            {
                continue;
            }

            var kr = graph.KeyResult(k);
            var cadenceName = (kr.Cadence ?? Cadences.Default).ToString().ToLowerInvariant();
            context.Report(
                kr,
                ElementKind.KeyResult,
                forecast.CheckInCount > 0
                    ? $"Key result {kr.Id} was last checked in on {Text.Date(since)}, {silent} days ago; its cadence is {cadenceName}."
                    : $"Key result {kr.Id} has had no check-in in the {silent} days since it started; its cadence is {cadenceName}.",
                "Check in the current value (even if unchanged), or set a cadence the team can keep.");
        }
    }
}

/// <summary>Reports the key results whose forecast has one status.</summary>
internal abstract class ForecastStatusRule(string id, ProgressStatus status) : Rule(id)
{
    public override void Evaluate(RuleContext context)
    {
        var graph = context.Graph;
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var forecast = context.Result.KeyResult(k);
            if (forecast.Status != status || !HasYardstick(graph, k))
            {
                continue;
            }

            var kr = graph.KeyResult(k);
            context.Report(kr, ElementKind.KeyResult, Describe(graph, k, kr, forecast), Suggestion);
        }
    }

    protected abstract string Suggestion { get; }

    // A key result with no target (or a maintain with no range) has progress 0 whatever its check-ins say;
    // calling it off track would be noise. smart/not-measurable reports what is missing.
    private static bool HasYardstick(PlanGraph graph, int k) => graph.KrDirection[k] == Direction.Maintain
        ? !double.IsNaN(graph.KrLow[k]) && !double.IsNaN(graph.KrHigh[k])
        : !double.IsNaN(graph.KrTarget[k]);

    private string Describe(PlanGraph graph, int k, KeyResult kr, KeyResultForecast f)
    {
        var head = $"Key result {kr.Id} is {status.Label()}";
        if (graph.KrDirection[k] == Direction.Maintain)
        {
            var range = $"[{Text.Number(graph.KrLow[k])}, {Text.Number(graph.KrHigh[k])}]";
            return double.IsNaN(f.Projected) || KeyResultProgress.InRange(f.Current, graph.KrLow[k], graph.KrHigh[k]) is false
                ? $"{head}: {Text.Quantity(f.Current, kr.Unit)} is outside its range {range}."
                : $"{head}: the trend leaves its range {range} by {Text.Date(f.DueDay)} ({Text.Quantity(f.Projected, kr.Unit)} projected).";
        }

        if (!double.IsNaN(f.Projected))
        {
            return $"{head}: at the pace of its check-ins it reaches {Text.Quantity(f.Projected, kr.Unit)} by " +
                $"{Text.Date(f.DueDay)}, {Text.Percent(f.ProjectedProgress)} of the way to {Text.Number(graph.KrTarget[k])}.";
        }

        return $"{head}: {Text.Percent(f.Progress)} of the way to its target with {Text.Percent(f.Elapsed)} of its time gone.";
    }
}

internal sealed class OffTrackKeyResult() : ForecastStatusRule("tracking/off-track", ProgressStatus.OffTrack)
{
    protected override string Suggestion =>
        "Decide now: change the approach, add capacity, or reset the target and say why.";
}

internal sealed class AtRiskKeyResult() : ForecastStatusRule("tracking/at-risk", ProgressStatus.AtRisk)
{
    protected override string Suggestion =>
        "Talk with the owner about what would bring it back on pace, before it goes off track.";
}

internal sealed class LowConfidence() : Rule("tracking/low-confidence")
{
    public override void Evaluate(RuleContext context)
    {
        var threshold = context.Parameter("threshold");
        var graph = context.Graph;
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var forecast = context.Result.KeyResult(k);
            if (double.IsNaN(forecast.LastConfidence) || forecast.LastConfidence >= threshold
                || forecast.Status == ProgressStatus.Done)
            {
                continue;
            }

            var kr = graph.KeyResult(k);
            context.Report(
                kr,
                ElementKind.KeyResult,
                $"The latest check-in of {kr.Id} ({Text.Date(forecast.LastCheckInDay)}) gives a confidence of " +
                $"{Text.Number(forecast.LastConfidence)}, below {Text.Number(threshold)}.",
                "Ask the owner what stands in the way; low confidence is an early warning the numbers do not show yet.");
        }
    }
}
