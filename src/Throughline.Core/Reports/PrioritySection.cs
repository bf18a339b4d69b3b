using Throughline.Core.Model;
using Throughline.Core.Priorities;

namespace Throughline.Core.Reports;

/// <summary>
/// The priority hierarchy of the open initiatives (docs/priorities.md): the criteria and their weights, the
/// ranking best first with the arithmetic behind each score, and for each unit-month over capacity which of its
/// initiatives should give way first. The ranking and the over-capacity list are capped; the counts say how many
/// were left out.
/// </summary>
public sealed record PrioritySection(
    IReadOnlyList<CriterionLine> Criteria,
    double TotalWeight,
    IReadOnlyList<RankedLine> Ranking,
    int InitiativesRanked,
    IReadOnlyList<YieldGroup> Yielding,
    int YieldingNotShown);

/// <summary>A decision criterion; <see cref="Computed"/> is true for <c>alignment</c>, which the engine scores.</summary>
public sealed record CriterionLine(string Id, string Name, double Weight, CriterionPreference Better, bool Computed);

/// <summary>An initiative's place in the ranking, with one line per criterion in the order of the criteria.</summary>
public sealed record RankedLine(
    int Rank,
    PriorityTier Tier,
    string Id,
    string Title,
    double Score,
    IReadOnlyList<ScoreLine> Criteria);

/// <summary>
/// What one criterion adds to an initiative's score: the raw 1–5 score (the computed alignment for
/// <c>alignment</c>; null when not scored), the reason (alignment's "serves G1 (priority 1 of 2)", or
/// "not scored"), the normalized value (1 is the better end), the weight and the contribution
/// (weight × normalized / total weight).
/// </summary>
public sealed record ScoreLine(string CriterionId, double? Raw, string? Reason, double Normalized, double Weight, double Contribution);

/// <summary>
/// A unit over capacity in a month, and the open initiatives behind that month's load (its sub-units' included),
/// the one that should give way first first. At most 10 are listed; <see cref="InitiativesNotShown"/> counts the rest.
/// </summary>
public sealed record YieldGroup(
    string UnitId,
    string Name,
    DateOnly Month,
    double Load,
    double Capacity,
    IReadOnlyList<YieldLine> Initiatives,
    int InitiativesNotShown);

/// <summary>
/// One competing initiative: its rank, its person-weeks in the month and why it should (or should not) give way,
/// worded to follow its id: "ranks 3rd of 3 (score 0.65), behind I1 (1st, score 0.725), mostly on alignment: 0 against 0.3".
/// </summary>
public sealed record YieldLine(string InitiativeId, int Rank, double PersonWeeks, string Reason);
