using Throughline.Core.Generation.Words;
using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>How a generated key result is meant to fare: its forecast status follows from it.</summary>
internal enum Pace { OnTrack, AtRisk, OffTrack }

/// <summary>
/// One key result's numbers and fate, drawn before it is written: baseline and target (or the range kept),
/// cadence, and the pace its check-ins move at. A pace of 1 reaches the target exactly on the due date; the
/// forecast projects the check-ins' trend to the due date, so a pace of 0.8 comes out "at risk" and 0.4
/// "off track" (the thresholds are 0.9 and 0.7, see <see cref="Analysis.StatusThresholds"/>).
/// </summary>
internal sealed class KeyResultPlan
{
    public required MetricTemplate Metric { get; init; }
    public required double Baseline { get; init; }
    public double? Target { get; init; }
    public ValueRange? Range { get; init; }
    public required Cadence Cadence { get; init; }
    public required Pace Pace { get; init; }

    /// <summary>The share of the way to the target the trend reaches by the due date.</summary>
    public double Speed { get; init; }

    /// <summary>For a kept value that drifts out of its range: up (1) or down (-1).</summary>
    public int Drift { get; init; }

    /// <summary>Days between the last check-in and the analysis date for a stale key result; 0 for one that is kept up.</summary>
    public int SilentDays { get; init; }

    /// <summary>The team's check-in day, as days before the analysis date.</summary>
    public int Offset { get; init; }

    public static KeyResultPlan Draw(MetricTemplate metric, SplitMix64 random, bool stale)
    {
        var cadenceRoll = random.NextDouble();
        var cadence = cadenceRoll < 0.9 ? Cadence.Weekly : cadenceRoll < 0.95 ? Cadence.Biweekly
            : cadenceRoll < 0.99 || stale ? Cadence.Monthly : Cadence.Quarterly;
        var silent = !stale ? 0 : cadence switch
        {
            Cadence.Weekly => random.Between(21, 70),
            Cadence.Biweekly => random.Between(30, 84),
            _ => random.Between(80, 150),
        };
        var offset = random.Between(0, 3);
        if (metric.Direction == Direction.Maintain)
        {
            var half = metric.ChangeLow;
            var middle = Round(metric.Low + (random.Between(-0.5, 0.5) * half), metric.Decimals);
            var drifts = random.Chance(0.15);
            return new KeyResultPlan
            {
                Metric = metric,
                Baseline = middle,
                Range = new ValueRange(Round(middle - half, metric.Decimals), Round(middle + half, metric.Decimals)),
                Cadence = cadence,
                Pace = drifts ? Pace.OffTrack : Pace.OnTrack,
                Drift = random.Chance(0.5) ? 1 : -1,
                SilentDays = silent,
                Offset = offset,
            };
        }

        var baseline = Round(random.Between(metric.Low, metric.High), metric.Decimals);
        var change = random.Between(metric.ChangeLow, metric.ChangeHigh);
        var target = Round(
            metric.Direction == Direction.Increase ? Math.Min(metric.Max, baseline * (1 + change)) : baseline * (1 - change),
            metric.Decimals);
        if (target == baseline)
        {
            // Rounding ate the change: move the target one reported step.
            var step = 1.0;
            for (var d = 0; d < metric.Decimals; d++)
            {
                step /= 10;
            }

            target = Round(metric.Direction == Direction.Increase ? baseline + step : baseline - step, metric.Decimals);
        }

        var roll = random.NextDouble();
        var pace = roll < 0.68 ? Pace.OnTrack : roll < 0.85 ? Pace.AtRisk : Pace.OffTrack;
        var speed = pace switch
        {
            Pace.OnTrack => random.Between(0.93, 1.1),
            Pace.AtRisk => random.Between(0.74, 0.86),
            _ => random.Between(0.25, 0.6),
        };

        // A key result nobody checks in on is a neglected one: it does not also reach its target.
        return new KeyResultPlan
        {
            Metric = metric,
            Baseline = baseline,
            Target = target,
            Cadence = cadence,
            Pace = pace,
            Speed = stale ? Math.Min(speed, 0.9) : speed,
            SilentDays = silent,
            Offset = offset,
        };
    }

    /// <summary>Whether a value reaches the target (never, for a kept range: that is judged at the due date).</summary>
    public bool Meets(double value) => Target is { } target
        && (Metric.Direction == Direction.Increase ? value >= target : value <= target);

    /// <summary>Rounds as the metric is reported, and never writes "-0".</summary>
    public static double Round(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0;
}
