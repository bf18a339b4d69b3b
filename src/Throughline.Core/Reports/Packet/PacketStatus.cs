using Throughline.Core.Analysis;

namespace Throughline.Core.Reports.Packet;

/// <summary>A status as a shape and a word, so it reads on a grayscale printout; the colour only repeats them.</summary>
internal static class PacketStatus
{
    public static string Shape(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "✔",
        ProgressStatus.OnTrack => "●",
        ProgressStatus.AtRisk => "▲",
        ProgressStatus.OffTrack => "✖",
        _ => "○",
    };

    public static string Html(ProgressStatus status) =>
        $"<span class=\"status {Reports.Html.StatusClass(status)}\"><span class=\"shape\" aria-hidden=\"true\">{Shape(status)}</span>{status.Label()}</span>";

    /// <summary>"75% ● on track".</summary>
    public static string Progress(double progress, ProgressStatus status) => $"{Figures.Percent(progress)} {Html(status)}";
}
