using Throughline.Core.Model;

namespace Throughline.Core.Generation.Words;

/// <summary>
/// What a key result measures, and the numbers a real team would set for it: where a baseline typically lies,
/// how far a year's target moves it (as a share of the baseline), and how precisely it is reported. For a kept
/// value, <see cref="Low"/> is the middle of the range every unit aims for and <see cref="ChangeLow"/> its half-width.
/// </summary>
internal sealed record MetricTemplate(
    string Title, string Unit, Direction Direction, double Low, double High, double ChangeLow, double ChangeHigh, int Decimals, double Max)
{
    public static MetricTemplate Up(string title, string unit, double low, double high, double changeLow, double changeHigh, int decimals = 0, double max = double.MaxValue) =>
        new(title, unit, Direction.Increase, low, high, changeLow, changeHigh, decimals, max);

    public static MetricTemplate Down(string title, string unit, double low, double high, double changeLow, double changeHigh, int decimals = 0) =>
        new(title, unit, Direction.Decrease, low, high, changeLow, changeHigh, decimals, double.MaxValue);

    public static MetricTemplate Keep(string title, string unit, double middle, double halfWidth, int decimals = 0, double max = double.MaxValue) =>
        new(title, unit, Direction.Maintain, middle, middle, halfWidth, halfWidth, decimals, max);
}

/// <summary>A department of the generated organization: its teams, what it measures and the initiatives it runs.</summary>
internal sealed record Department(string Name, string GoalArea, string[] Teams, MetricTemplate[] Metrics, string[] Initiatives);
