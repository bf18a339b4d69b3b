using Throughline.Core.Analysis;

namespace Throughline.Core.Findings;

/// <summary>An analysed plan and the path that names its file in output.</summary>
/// <param name="Path">
/// The plan file as the reader of the output should see it; for SARIF, relative to the repository root
/// (code-scanning views resolve it against the checkout).
/// </param>
public sealed record AnalyzedPlan(string Path, AnalysisResult Result);
