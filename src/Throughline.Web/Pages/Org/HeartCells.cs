using System.Globalization;
using Throughline.Core.Heart;
using Throughline.Web.Heart;

namespace Throughline.Web.Pages.Org;

/// <summary>How the HEART page words and colours a value: a number, a band in words and a trend, so colour is never the only cue.</summary>
public static class HeartCells
{
    /// <summary>The five questions of the pulse survey, one per dimension.</summary>
    public static readonly IReadOnlyList<(HeartDimension Dimension, string Question)> Questions =
    [
        (HeartDimension.Hope, "I believe our strategy will get us where we want to go."),
        (HeartDimension.Empowerment, "I can decide how to do my work, and act on it."),
        (HeartDimension.Accountability, "People here do what they commit to and own the results."),
        (HeartDimension.Results, "My team makes real progress on what matters most."),
        (HeartDimension.Trust, "I trust what leadership tells us about the strategy."),
    ];

    /// <summary>What 1 to 5 mean on every question.</summary>
    public static readonly IReadOnlyList<string> Scale = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];

    /// <summary>The value on the page's 0–100 scale, or a dash.</summary>
    public static string Score(double? value) =>
        value is { } v ? Math.Round(v * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "–";

    /// <summary>strong (75 and up), fair (50–74), weak (25–49), poor (under 25) or unknown: the band's class and word.</summary>
    public static (string Class, string Label) Band(double? value) => value switch
    {
        null => ("heat-unknown", "unknown"),
        >= 0.745 => ("heat-strong", "strong"),
        >= 0.495 => ("heat-fair", "fair"),
        >= 0.245 => ("heat-weak", "weak"),
        _ => ("heat-poor", "poor"),
    };

    /// <summary>▲ 5, ▼ 3, = 0 or new, against the end of the previous round; empty when unknown now.</summary>
    public static string Trend(string? trend, double? change) => trend switch
    {
        "up" => "▲ " + Score(change),
        "down" => "▼ " + Score(-change),
        "same" => "= 0",
        "new" => "new",
        _ => "",
    };

    /// <summary>The words a screen reader gives the trend.</summary>
    public static string TrendWords(string? trend, double? change) => trend switch
    {
        "up" => $"up {Score(change)} since the previous round",
        "down" => $"down {Score(-change)} since the previous round",
        "same" => "unchanged since the previous round",
        "new" => "new this round",
        _ => "",
    };

    /// <summary>Whether the dimension's survey part was withheld: fewer than the threshold answered.</summary>
    public static bool Withheld(HeartDimensionResponse value) =>
        value?.Parts.Any(p => p.Name == "pulse survey" && p.Detail.StartsWith("withheld", StringComparison.Ordinal)) == true;

    public static string Name(HeartDimension dimension) => dimension.ToString();
}
