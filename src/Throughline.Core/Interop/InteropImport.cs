using System.Text;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Interop;

public enum InteropFormat { Stratml, Csv, Markdown }

/// <summary>
/// The entry point for files in other formats (docs/interop.md): picks the format by the file's extension, or by its
/// content when the extension says nothing, and reads it into a plan with its diagnostics. Never throws on bad input.
/// </summary>
public static class InteropImport
{
    /// <summary>The format of a file name's extension; null for plan files and unknown extensions.</summary>
    public static InteropFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xml" or ".stratml" => InteropFormat.Stratml,
        ".csv" or ".tsv" => InteropFormat.Csv,
        ".md" or ".markdown" => InteropFormat.Markdown,
        _ => null,
    };

    /// <param name="today">The date a CSV's current values are checked in on when the file gives none.</param>
    public static ImportResult Read(string fileName, Stream stream, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(fileName, reader, today);
    }

    public static ImportResult Read(string fileName, TextReader reader, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        return Read(fileName, text, FormatOf(fileName) ?? Sniff(text), today);
    }

    public static ImportResult Read(string fileName, string text, InteropFormat format, DateOnly today) => format switch
    {
        InteropFormat.Stratml => StratmlReader.Read(text, fileName),
        InteropFormat.Csv => CsvOkrReader.Read(text, fileName, today),
        _ => MarkdownOkrReader.Read(text, fileName),
    };

    /// <summary>Several imports as one plan (docs/interop.md): every result's diagnostics, and their plans merged.</summary>
    public static ImportResult ReadAll(IEnumerable<(string FileName, string Text)> files, InteropFormat format, DateOnly today)
    {
        var results = files.Select(f => Read(f.FileName, f.Text, format, today)).ToList();
        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        if (results.Count == 1 || results.Any(r => !r.Succeeded))
        {
            return new ImportResult(results.Count == 1 ? results[0].Plan : null, diagnostics);
        }

        var merged = PlanMerge.Merge([.. results.Select(r => r.Plan!)]);
        foreach (var error in PlanValidator.Validate(merged, results[0].Plan!.SourcePath ?? "plan"))
        {
            diagnostics.Add(new ImportDiagnostic(error.Location, ImportSeverity.Error, error.Message));
        }

        return new ImportResult(diagnostics.Any(d => d.Severity == ImportSeverity.Error) ? null : merged, diagnostics);
    }

    private static InteropFormat Sniff(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith('<') ? InteropFormat.Stratml
            : start.StartsWith('#') || start.StartsWith("- ", StringComparison.Ordinal) || start.StartsWith("* ", StringComparison.Ordinal) ? InteropFormat.Markdown
            : InteropFormat.Csv;
    }
}
