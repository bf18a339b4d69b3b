using Throughline.Core.Model;

namespace Throughline.Core.Analysis;

/// <summary>Fits the check-in history of a key result and classifies it (docs/forecast.md).</summary>
internal static class Forecaster
{
    public static KeyResultForecast Evaluate(PlanGraph graph, int k, int asOfDay, int visionHorizonDay) =>
        Evaluate(graph, k, CheckInSpans.Of(graph, k), asOfDay, visionHorizonDay);

    /// <summary>Evaluates key result k from the given check-ins instead of the graph's (a live analysis keeps its own).</summary>
    public static KeyResultForecast Evaluate(PlanGraph graph, int k, CheckInSpans checkIns, int asOfDay, int visionHorizonDay)
    {
        var (startDay, dueDay) = PeriodOf(graph, k, visionHorizonDay);
        var count = 0;
        while (count < checkIns.Count && checkIns.Days[count] <= asOfDay)
        {
            count++;
        }

        var days = checkIns.Days[..count];
        var values = checkIns.Values[..count];
        var current = count > 0 ? values[^1] : graph.KrBaseline[k];
        var progress = KeyResultProgress.Of(graph, k, current);
        if (startDay == PlanGraph.NoDay && dueDay != PlanGraph.NoDay && count > 0 && graph.KrObjective[k] < 0)
        {
            startDay = days[0];
        }

        var elapsed = Elapsed(startDay, dueDay, asOfDay);
        var (slope, intercept, originDay) = Trend(days, values);
        var projected = double.NaN;
        if (!double.IsNaN(slope) && dueDay != PlanGraph.NoDay)
        {
            projected = asOfDay >= dueDay ? current : intercept + (slope * (dueDay - originDay));
        }

        var projectedProgress = double.IsNaN(projected) ? double.NaN : KeyResultProgress.Of(graph, k, projected);
        var forecast = new KeyResultForecast
        {
            Current = current,
            Progress = progress,
            CheckInCount = count,
            LastCheckInDay = count > 0 ? days[^1] : PlanGraph.NoDay,
            LastConfidence = count > 0 ? checkIns.Confidences[count - 1] : double.NaN,
            SlopePerDay = slope,
            Projected = projected,
            ProjectedProgress = projectedProgress,
            Elapsed = elapsed,
            StartDay = startDay,
            DueDay = dueDay,
        };
        return forecast with { Status = Classify(graph, k, forecast, asOfDay) };
    }

    private static (int Start, int Due) PeriodOf(PlanGraph graph, int k, int visionHorizonDay)
    {
        var o = graph.KrObjective[k];
        if (o < 0)
        {
            return (PlanGraph.NoDay, visionHorizonDay);
        }

        var due = graph.ObjectiveDueDay[o];
        var start = graph.ObjectiveStartDay[o];
        if (start == PlanGraph.NoDay && due != PlanGraph.NoDay)
        {
            start = due - StatusThresholds.DefaultPeriodDays;
        }

        return (start, due);
    }

    private static double Elapsed(int startDay, int dueDay, int asOfDay)
    {
        if (startDay == PlanGraph.NoDay || dueDay == PlanGraph.NoDay)
        {
            return double.NaN;
        }

        if (dueDay <= startDay)
        {
            return asOfDay >= dueDay ? 1.0 : 0.0;
        }

        return Math.Clamp((double)(asOfDay - startDay) / (dueDay - startDay), 0.0, 1.0);
    }

    /// <summary>
    /// Least squares of value on day over the check-ins given; days are taken from the first check-in for
    /// precision. Of several check-ins on one day only the last written counts, as it does for the current value:
    /// a later entry of the same day corrects the earlier one rather than adding a point to the trend.
    /// </summary>
    private static (double Slope, double Intercept, int OriginDay) Trend(ReadOnlySpan<int> days, ReadOnlySpan<double> values)
    {
        if (days.Length < 2)
        {
            return (double.NaN, double.NaN, 0);
        }

        var origin = days[0];
        double count = 0, sumT = 0, sumV = 0, sumTT = 0, sumTV = 0;
        for (var at = 0; at < days.Length; at++)
        {
            if (at + 1 < days.Length && days[at + 1] == days[at])
            {
                continue;
            }

            count++;
            double t = days[at] - origin;
            var v = values[at];
            sumT += t;
            sumV += v;
            sumTT += t * t;
            sumTV += t * v;
        }

        var denominator = (count * sumTT) - (sumT * sumT);
        if (count < 2 || denominator == 0)
        {
            return (double.NaN, double.NaN, 0);
        }

        var slope = ((count * sumTV) - (sumT * sumV)) / denominator;
        var intercept = (sumV - (slope * sumT)) / count;
        return (slope, intercept, origin);
    }

    private static ProgressStatus Classify(PlanGraph graph, int k, KeyResultForecast f, int asOfDay)
    {
        var maintain = graph.KrDirection[k] == Direction.Maintain;
        var inRange = maintain && KeyResultProgress.InRange(f.Current, graph.KrLow[k], graph.KrHigh[k]);
        var measurable = maintain ? !double.IsNaN(graph.KrLow[k]) : !double.IsNaN(graph.KrTarget[k]);
        if (!measurable)
        {
            // Nothing to track against: smart/not-measurable reports it, and parents leave it out of their health.
            return ProgressStatus.NotStarted;
        }

        if (f.CheckInCount > 0 && (maintain ? inRange && f.DueDay != PlanGraph.NoDay && asOfDay >= f.DueDay : f.Progress >= 1.0))
        {
            return ProgressStatus.Done;
        }

        if (f.CheckInCount == 0 && (double.IsNaN(f.Elapsed) || f.Elapsed < StatusThresholds.NotStartedUntilElapsed))
        {
            return ProgressStatus.NotStarted;
        }

        if (maintain)
        {
            if (!inRange)
            {
                return ProgressStatus.OffTrack;
            }

            return double.IsNaN(f.Projected) || KeyResultProgress.InRange(f.Projected, graph.KrLow[k], graph.KrHigh[k])
                ? ProgressStatus.OnTrack
                : ProgressStatus.AtRisk;
        }

        if (!double.IsNaN(f.ProjectedProgress))
        {
            return StatusThresholds.Classify(f.ProjectedProgress);
        }

        if (double.IsNaN(f.Elapsed) || f.Elapsed <= 0)
        {
            return ProgressStatus.OnTrack;
        }

        return StatusThresholds.Classify(f.Progress / f.Elapsed);
    }
}
