using Throughline.Core.Beat;
using Throughline.Core.Model;

namespace Throughline.Web.Pages.Org;

/// <summary>One entry criterion of a BEAT stage as the initiative page shows it, met or not.</summary>
public sealed record StageCriterion(string Text, bool Met);

/// <summary>The initiative page's BEAT panel: each stage with its entry criteria (docs/beat.md).</summary>
public static class BeatPanel
{
    public static IReadOnlyList<ChangeStage> Stages { get; } = Enum.GetValues<ChangeStage>();

    public static IReadOnlyList<StageCriterion> Criteria(StageAssessment stage, ChangeStage of)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return of switch
        {
            ChangeStage.Believe =>
            [
                new("A sponsor: an owner answers for it", stage.HasSponsor),
                new("A why: a description, or a link to what it moves", stage.HasWhy),
            ],
            ChangeStage.Engage =>
            [
                new("A team: the owner and at least one more person involved", stage.HasTeam),
                new("Somebody below the executive level involved", stage.InvolvesBelowExecutive),
            ],
            ChangeStage.Act => [new("Work: actions, an active or done status, or its start date reached", stage.HasWork)],
            _ => [new("A measured outcome: a key result it moves shows progress in its check-ins", stage.HasOutcome)],
        };
    }

    public static string Name(ChangeStage stage) => stage.ToString().ToLowerInvariant();

    /// <summary>One sentence on the claim against the evidence.</summary>
    public static string Summary(StageAssessment stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var earned = stage.Earned is { } e ? $"the plan shows it has earned {Name(e)}" : "the plan shows it has not yet earned believe";
        return stage.Claimed is { } claimed
            ? $"It claims {Name(claimed)}; {earned}."
            : $"It claims no stage (it is not a change initiative until its plan gives it one); {earned}.";
    }
}
