namespace Throughline.Core.Plans;

/// <summary>One problem in an element sent as JSON, worded as the plan reader words it.</summary>
/// <param name="Path">
/// The JSON path of the offending value (<c>$.priority</c>, <c>$.contributes_to[1].weight</c>); for a missing
/// required field, the path the field would have (<c>$.title</c>); <c>$</c> for the object itself.
/// </param>
/// <param name="Suggestion">The closest valid id, field or value when the input looks mistyped.</param>
public sealed record ElementError(string Path, string Message, string? Suggestion);
