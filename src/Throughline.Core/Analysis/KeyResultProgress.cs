using Throughline.Core.Model;

namespace Throughline.Core.Analysis;

/// <summary>Progress of one value of a key result, as PLAN-FORMAT.md defines it.</summary>
public static class KeyResultProgress
{
    /// <summary>
    /// <c>(value - baseline) / (target - baseline)</c> clamped to [0, 1]; for <c>maintain</c>, 1 inside the
    /// range and 0 outside. A key result with no target (or a maintain with no range) has progress 0; one
    /// whose target equals its baseline has 1 once the value meets the target in its direction.
    /// </summary>
    public static double Of(double value, double baseline, double target, Direction direction, double low, double high)
    {
        if (direction == Direction.Maintain)
        {
            return InRange(value, low, high) ? 1.0 : 0.0;
        }

        if (double.IsNaN(target) || double.IsNaN(value))
        {
            return 0.0;
        }

        if (target == baseline)
        {
            var met = direction == Direction.Decrease ? value <= target : value >= target;
            return met ? 1.0 : 0.0;
        }

        return Math.Clamp((value - baseline) / (target - baseline), 0.0, 1.0);
    }

    public static bool InRange(double value, double low, double high) =>
        !double.IsNaN(low) && !double.IsNaN(high) && value >= low && value <= high;

    internal static double Of(PlanGraph graph, int k, double value) =>
        Of(value, graph.KrBaseline[k], graph.KrTarget[k], graph.KrDirection[k], graph.KrLow[k], graph.KrHigh[k]);
}
