using Throughline.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>The state of one read: the file name for locations and the errors so far.</summary>
internal sealed class ReadContext(string fileName)
{
    private readonly List<PlanError> errors = [];

    // The field each "has no <field>" error is about, for callers that point at fields rather than lines.
    private readonly Dictionary<PlanError, string> missingFields = new(ReferenceEqualityComparer.Instance);

    public string FileName { get; } = fileName;

    public SourceLocation FileStart => new(FileName, 1, 1);

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) =>
        mark.Line < 1 ? FileStart : new SourceLocation(FileName, checked((int)mark.Line), checked((int)mark.Column));

    public void Error(SourceLocation at, string message, string? suggestion = null) =>
        errors.Add(new PlanError(at, message, suggestion));

    public void Error(YamlNode node, string message, string? suggestion = null) => Error(At(node), message, suggestion);

    /// <summary>Reports a required field that is absent, at the element that lacks it.</summary>
    public void Missing(SourceLocation at, string field, string message)
    {
        var error = new PlanError(at, message);
        errors.Add(error);
        missingFields[error] = field;
    }

    /// <summary>The field an error reports absent, or null when it is about something else.</summary>
    public string? MissingField(PlanError error) => missingFields.GetValueOrDefault(error);

    /// <summary>Where the n-th entry of a list field was read, else the field, else the start of the file.</summary>
    public SourceLocation EntryLocation(PlanElement element, string field, int index) =>
        EntryLocations.Find(element, field, index) ?? element.LocationOf(field) ?? FileStart;

    public IReadOnlyList<PlanError> SortedErrors() =>
        [.. errors.OrderBy(error => error.Location.Line).ThenBy(error => error.Location.Column)];
}
