using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>One problem found while reading a plan file: where it is, what is wrong and what to do.</summary>
/// <param name="Suggestion">The closest valid id, field or value when the input looks mistyped.</param>
public sealed record PlanError(SourceLocation Location, string Message, string? Suggestion = null)
{
    public override string ToString() =>
        Suggestion is null
            ? $"{Location}: error: {Message}"
            : $"{Location}: error: {Message} (did you mean '{Suggestion}'?)";
}
