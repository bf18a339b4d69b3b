using Throughline.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>The state of one read: the file name for locations, the errors so far, and where list entries stand.</summary>
internal sealed class ReadContext(string fileName)
{
    private readonly List<PlanError> errors = [];

    // Entries of id lists (supports: [O1, KR2]) are plain strings in the model, so their locations live here,
    // for the reference checks to point at the exact entry.
    private readonly Dictionary<(PlanElement Element, string Field, int Index), SourceLocation> entryLocations = [];

    public string FileName { get; } = fileName;

    public SourceLocation FileStart => new(FileName, 1, 1);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) =>
        mark.Line < 1 ? FileStart : new SourceLocation(FileName, checked((int)mark.Line), checked((int)mark.Column));

    public void Error(SourceLocation at, string message, string? suggestion = null) =>
        errors.Add(new PlanError(at, message, suggestion));

    public void Error(YamlNode node, string message, string? suggestion = null) => Error(At(node), message, suggestion);

    public void RecordEntry(PlanElement element, string field, int index, SourceLocation at) =>
        entryLocations[(element, field, index)] = at;

    public SourceLocation EntryLocation(PlanElement element, string field, int index) =>
        entryLocations.TryGetValue((element, field, index), out var at) ? at : element.LocationOf(field) ?? FileStart;

    public IReadOnlyList<PlanError> SortedErrors() =>
        [.. errors.OrderBy(error => error.Location.Line).ThenBy(error => error.Location.Column)];
}
