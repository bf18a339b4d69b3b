namespace Throughline.Core.Analysis;

public enum ProgressStatus { NotStarted, OnTrack, AtRisk, OffTrack, Done }

public static class ProgressStatusText
{
    public static string Label(this ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "not started",
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.OffTrack => "off track",
        _ => "done",
    };

    /// <summary>The kebab-case name used in JSON and SARIF output.</summary>
    public static string Key(this ProgressStatus status) => status.Label().Replace(' ', '-');
}
