using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>Renders the strategy report of one analysis (docs/report.md) in one format.</summary>
public static class ReportWriter
{
    public static string Render(AnalysisResult result, ReportFormat format)
    {
        var report = StrategyReport.From(result);
        return format switch
        {
            ReportFormat.Text => TextReport.Render(report),
            ReportFormat.Markdown => MarkdownReport.Render(report),
            ReportFormat.Html => HtmlReport.Render(report),
            ReportFormat.Json => JsonReport.Render(report),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }
}
