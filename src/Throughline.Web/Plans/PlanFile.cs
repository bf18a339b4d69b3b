using Throughline.Core.Interop;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Web.Plans;

/// <summary>The formats a plan can be imported from (docs/api.md#plan-import-and-export, docs/interop.md).</summary>
public enum PlanFormat { Yaml, Stratml, Csv, Markdown }

/// <summary>What an import does to the stored plan: replace it whole, or merge the file's elements into it.</summary>
public enum PlanImportMode { Replace, Merge }

/// <summary>
/// A file to import, read in its format. A plan file (YAML) is a whole plan and replaces the stored one; a StratML, CSV
/// or Markdown file holds only goals, objectives and key results and is merged into the stored plan
/// (<see cref="ImportMerge"/>), unless <see cref="PlanImportMode.Replace"/> is asked for.
/// </summary>
public sealed class PlanFile
{
    private readonly ImportResult? imported;

    private PlanFile(string fileName, PlanFormat format, PlanImportMode mode, Plan? plan, ImportResult? imported, IReadOnlyList<PlanError> errors, IReadOnlyList<ImportDiagnostic> notes)
    {
        FileName = fileName;
        Format = format;
        Mode = mode;
        Plan = plan;
        this.imported = imported;
        Errors = errors;
        Notes = notes;
    }

    public string FileName { get; }

    public PlanFormat Format { get; }

    public PlanImportMode Mode { get; }

    /// <summary>The plan the file holds; null when it has errors.</summary>
    public Plan? Plan { get; }

    /// <summary>Why nothing can be imported, with where: empty when the file reads.</summary>
    public IReadOnlyList<PlanError> Errors { get; }

    /// <summary>What the importer skipped or guessed (notes and warnings); plan files have none.</summary>
    public IReadOnlyList<ImportDiagnostic> Notes { get; }

    public bool Succeeded => Plan is not null && Errors.Count == 0;

    /// <summary>The mode an import takes when none is asked for: a plan file replaces, any other file merges.</summary>
    public static PlanImportMode DefaultMode(PlanFormat format) => format == PlanFormat.Yaml ? PlanImportMode.Replace : PlanImportMode.Merge;

    /// <summary>The format of a file name's extension: <c>.xml</c>, <c>.csv</c>, <c>.tsv</c>, <c>.md</c>, …; anything else is a plan file.</summary>
    public static PlanFormat FormatOf(string fileName) => InteropImport.FormatOf(fileName) switch
    {
        InteropFormat.Stratml => PlanFormat.Stratml,
        InteropFormat.Csv => PlanFormat.Csv,
        InteropFormat.Markdown => PlanFormat.Markdown,
        _ => PlanFormat.Yaml,
    };

    /// <summary>The extension a file of the format is named with, for messages and locations.</summary>
    public static string Extension(PlanFormat format) => format switch
    {
        PlanFormat.Stratml => ".xml",
        PlanFormat.Csv => ".csv",
        PlanFormat.Markdown => ".md",
        _ => ".plan.yaml",
    };

    /// <param name="today">The date a CSV's current values are checked in on when the file gives none.</param>
    public static PlanFile Read(string fileName, string text, PlanFormat format, PlanImportMode mode, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        if (format == PlanFormat.Yaml)
        {
            var read = PlanReader.Read(text, fileName);
            return new PlanFile(fileName, format, mode, read.Succeeded ? read.Plan : null, null, read.Succeeded ? [] : read.Errors, []);
        }

        var interop = format switch
        {
            PlanFormat.Stratml => InteropFormat.Stratml,
            PlanFormat.Csv => InteropFormat.Csv,
            _ => InteropFormat.Markdown,
        };
        var result = InteropImport.Read(fileName, text, interop, today);
        var errors = result.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).Select(d => new PlanError(d.Location, d.Message)).ToList();
        if (errors.Count == 0 && !result.Succeeded)
        {
            errors.Add(new PlanError(new SourceLocation(fileName, 1, 1), "nothing could be read from the file"));
        }

        var notes = result.Diagnostics.Where(d => d.Severity != ImportSeverity.Error).ToList();
        return new PlanFile(fileName, format, mode, errors.Count == 0 ? result.Plan : null, result, errors, notes);
    }

    /// <summary>
    /// The plan to store in place of <paramref name="stored"/>: the file's plan when it replaces, else the stored
    /// plan with the file merged in. A merge takes the file's elements over: call it once per read.
    /// </summary>
    public Plan PlanFor(Func<Plan> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!Succeeded)
        {
            throw new InvalidOperationException($"{FileName} has errors; it cannot be imported.");
        }

        return Mode == PlanImportMode.Replace ? Plan! : ImportMerge.Into(stored(), imported!);
    }
}
