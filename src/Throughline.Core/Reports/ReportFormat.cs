namespace Throughline.Core.Reports;

/// <summary>The formats <see cref="ReportWriter"/> renders a strategy report in.</summary>
public enum ReportFormat { Text, Markdown, Html, Json }
