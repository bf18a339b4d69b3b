using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Priorities;

/// <summary>
/// The plan of the worked example in docs/priorities.md, with the default criteria (alignment 3, impact 3,
/// urgency 2, effort 1 lower, risk 1 lower; total weight 10). G1 has priority 1 and G2 priority 2, so maxRank
/// is 2: G1's importance is 1 − 0/2 = 1 (alignment 5) and G2's 1 − 1/2 = 0.5 (alignment 2 + 1.5 = 3.5).
/// <code>
/// I1 → O1 → G1   alignment 5 → 1      impact 4 → 0.75  urgency 3 → 0.5   effort 4 → 0.25  risk 2 → 0.75
///                3×1 + 3×0.75 + 2×0.5 + 1×0.25 + 1×0.75 = 7.25        score 0.725
/// I2 → O2 → G2   alignment 3.5 → 0.625 impact 4 → 0.75 urgency 4 → 0.75  effort 3 → 0.5   risk —  → 0.5
///                3×0.625 + 3×0.75 + 2×0.75 + 1×0.5 + 1×0.5 = 6.625    score 0.6625
/// I3 → O3 (no goal) alignment 1 → 0   impact 5 → 1     urgency 4 → 0.75  effort 1 → 1     risk 1 → 1
///                0 + 3×1 + 2×0.75 + 1×1 + 1×1 = 6.5                   score 0.65
/// I4 is done: not ranked.
/// </code>
/// </summary>
internal static class WorkedExample
{
    public const string AsOf = "2026-03-06";

    public static PlanBuilder Plan() => new PlanBuilder()
        .Goal("G1", g => g.Priority = 1)
        .Goal("G2", g => g.Priority = 2)
        .Objective("O1", ["G1"])
        .Objective("O2", ["G2"])
        .Objective("O3", [])
        .Initiative("I1", ["O1"], Scores(("impact", 4), ("urgency", 3), ("effort", 4), ("risk", 2)))
        .Initiative("I2", ["O2"], Scores(("impact", 4), ("urgency", 4), ("effort", 3)))
        .Initiative("I3", ["O3"], i =>
        {
            i.Priority = 1;
            Scores(("impact", 5), ("urgency", 4), ("effort", 1), ("risk", 1))(i);
        })
        .Initiative("I4", ["O1"], i => i.Status = InitiativeStatus.Done);

    public static AnalysisResult Analyze() => Plan().Analyze(AsOf);

    public static Action<Initiative> Scores(params (string Criterion, double Score)[] scores) => initiative =>
    {
        foreach (var (criterion, score) in scores)
        {
            initiative.Scores[criterion] = score;
        }
    };
}
