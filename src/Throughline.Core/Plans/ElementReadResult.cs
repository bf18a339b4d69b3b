using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>What reading one element from JSON gave: the element, or every error found in it.</summary>
public sealed class ElementReadResult
{
    private readonly JsonPathMap paths;

    internal ElementReadResult(PlanElement? element, IReadOnlyList<ElementError> errors, JsonPathMap paths)
    {
        Element = errors.Count == 0 ? element : null;
        Errors = errors;
        this.paths = paths;
    }

    /// <summary>The element read; null when there are errors.</summary>
    public PlanElement? Element { get; }

    public IReadOnlyList<ElementError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>
    /// The JSON path for a location reported later about this element (by <see cref="PlanValidator"/>): the
    /// path of the value at exactly that location, else of the closest value before it, else <c>$</c>.
    /// </summary>
    public string PathOf(SourceLocation location) =>
        location.File == PlanElementJson.BodyFileName ? paths.PathOf(location.Line, location.Column) : JsonPathMap.Root;
}
