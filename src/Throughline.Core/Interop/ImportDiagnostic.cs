using Throughline.Core.Model;

namespace Throughline.Core.Interop;

public enum ImportSeverity { Note, Warning, Error }

/// <summary>
/// Something an importer skipped, guessed or could not read, with where it stands in the source file. A
/// location with column 0 names a row of a table (<c>file:row</c>).
/// </summary>
public sealed record ImportDiagnostic(SourceLocation Location, ImportSeverity Severity, string Message)
{
    public string Where => Location.Column > 0 ? Location.ToString() : $"{Location.File}:{Location.Line}";

    public override string ToString() => $"{Where}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>What importing a file gave: the plan (null when nothing could be read) and everything worth saying about it.</summary>
public sealed class ImportResult(Plan? plan, IReadOnlyList<ImportDiagnostic> diagnostics, IReadOnlySet<string>? madeUpIds = null)
{
    public Plan? Plan { get; } = plan;

    /// <summary>
    /// The ids of goals, objectives and key results the importer made up because the file gives none (<c>O1</c> for
    /// the first objective of a CSV): an import into a stored plan matches these by title, not by id.
    /// </summary>
    public IReadOnlySet<string> MadeUpIds { get; } = madeUpIds ?? new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every note, warning and error, in the order of the file.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; } = diagnostics;

    public bool Succeeded => Plan is not null && !Diagnostics.Any(d => d.Severity == ImportSeverity.Error);
}

/// <summary>Collects the diagnostics of one file while it is read.</summary>
internal sealed class ImportLog(string fileName)
{
    private readonly List<ImportDiagnostic> diagnostics = [];
    private readonly HashSet<string> madeUp = new(StringComparer.Ordinal);

    public string FileName { get; } = fileName;

    public bool HasErrors => diagnostics.Any(d => d.Severity == ImportSeverity.Error);

    public void Note(int line, int column, string message) => Add(line, column, ImportSeverity.Note, message);

    public void Warn(int line, int column, string message) => Add(line, column, ImportSeverity.Warning, message);

    public void Error(int line, int column, string message) => Add(line, column, ImportSeverity.Error, message);

    /// <summary>Records an id the file did not give (see <see cref="ImportResult.MadeUpIds"/>) and returns it.</summary>
    public string MadeUp(string id)
    {
        madeUp.Add(id);
        return id;
    }

    public ImportResult Result(Plan? plan) =>
        new(HasErrors ? null : plan, [.. diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)], madeUp);

    private void Add(int line, int column, ImportSeverity severity, string message) =>
        diagnostics.Add(new ImportDiagnostic(new SourceLocation(FileName, Math.Max(line, 1), Math.Max(column, 0)), severity, message));
}
