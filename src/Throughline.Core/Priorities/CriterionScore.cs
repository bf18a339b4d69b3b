using Throughline.Core.Model;

namespace Throughline.Core.Priorities;

/// <summary>
/// What one criterion adds to an initiative's score. <see cref="Raw"/> is the 1–5 score (computed for
/// <c>alignment</c>, null when the initiative is not scored on the criterion); <see cref="Normalized"/> maps it
/// to 0–1 so that 1 is always the better end; <see cref="Contribution"/> is weight × normalized / total weight,
/// so the contributions of all criteria add up to the score.
/// </summary>
public sealed record CriterionScore(
    DecisionCriterion Criterion,
    double? Raw,
    double Normalized,
    double Weight,
    double Contribution,
    string? Reason);
