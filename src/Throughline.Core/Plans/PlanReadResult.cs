using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// What reading a plan file gave. <see cref="Plan"/> is null when the file could not be parsed at all;
/// when the file parsed but has errors, it holds as much as could be read, for tools that want it anyway.
/// </summary>
public sealed class PlanReadResult(Plan? plan, IReadOnlyList<PlanError> errors)
{
    public Plan? Plan { get; } = plan;

    /// <summary>Every error found, ordered by line and column.</summary>
    public IReadOnlyList<PlanError> Errors { get; } = errors;

    public bool Succeeded => Plan is not null && Errors.Count == 0;
}
