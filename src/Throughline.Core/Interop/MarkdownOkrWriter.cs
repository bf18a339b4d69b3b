using System.Globalization;
using System.Text;
using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>
/// Writes a plan's objectives and key results as a Markdown document, as of one date: each objective with its owner,
/// due date and progress, and a table of its key results with baseline, target, current value, progress and status.
/// </summary>
public static class MarkdownOkrWriter
{
    public static string Write(Plan plan, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var result = Analyzer.Analyze(plan, asOf);
        var people = plan.Organization.People.ToDictionary(p => p.Id, p => p.Name.Length > 0 ? p.Name : p.Id, StringComparer.Ordinal);
        var units = plan.Organization.Units.ToDictionary(u => u.Id, u => u.Name.Length > 0 ? u.Name : u.Id, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {Cell(plan.Organization.Name)}: objectives and key results\n\n");
        text.Append(CultureInfo.InvariantCulture, $"As of {Day(asOf)}.\n");
        for (var o = 0; o < plan.Objectives.Count; o++)
        {
            var objective = plan.Objectives[o];
            var state = result.Graph.Find(objective.Id) is { Kind: ElementKind.Objective } node ? result.Objective(node.Index) : default;
            text.Append(CultureInfo.InvariantCulture, $"\n## {objective.Id}: {Cell(objective.Title)}\n\n");
            var facts = new List<string>();
            if (objective.Owner is { } owner)
            {
                facts.Add($"Owner: {people.GetValueOrDefault(owner) ?? owner}");
            }

            if (objective.Unit is { } unit)
            {
                facts.Add($"Unit: {units.GetValueOrDefault(unit) ?? unit}");
            }

            if (objective.Due is { } due)
            {
                facts.Add($"Due: {Day(due)}");
            }

            if (objective.ContributesTo.Count > 0)
            {
                facts.Add($"Contributes to: {string.Join(", ", objective.ContributesTo.Select(c => c.Id))}");
            }

            facts.Add($"Progress: {Percent(state.Progress)} ({state.Status.Label()})");
            text.Append(string.Join(" · ", facts)).Append('\n');
            if (objective.Description is { } description)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n=> {description.ReplaceLineEndings(" ")}\n");
            }

            if (objective.KeyResults.Count == 0)
            {
                text.Append("\nNo key results.\n");
                continue;
            }

            text.Append("\n| Key result | Baseline | Target | Current | Progress | Status |\n|---|---:|---:|---:|---:|---|\n");
            foreach (var keyResult in objective.KeyResults)
            {
                var forecast = result.Graph.Find(keyResult.Id) is { Kind: ElementKind.KeyResult } kr ? result.KeyResult(kr.Index) : default;
                var unitOf = keyResult.Unit is null ? "" : $" {keyResult.Unit}";
                var target = keyResult is { Direction: Direction.Maintain, Range: { } range }
                    ? $"{Number(range.Low)}–{Number(range.High)}{unitOf}"
                    : keyResult.Target is { } t ? Number(t) + unitOf : "";
                text.Append(CultureInfo.InvariantCulture,
                    $"| {keyResult.Id}: {Cell(keyResult.Title)} | {(keyResult.Baseline is { } b ? Number(b) + unitOf : "")} | {target} | " +
                    $"{Number(forecast.Current)}{unitOf} | {Percent(forecast.Progress)} | {forecast.Status.Label()} |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double progress) => (Math.Max(0, progress) * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
