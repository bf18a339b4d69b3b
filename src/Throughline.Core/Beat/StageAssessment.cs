using Throughline.Core.Model;

namespace Throughline.Core.Beat;

/// <summary>
/// What one initiative shows of each BEAT stage's entry criteria as of the analysis date, the stage it
/// claims (<c>stage:</c>) and the stage those criteria say it has earned (docs/beat.md).
/// </summary>
public sealed record StageAssessment
{
    public required string InitiativeId { get; init; }

    /// <summary>The stage the plan gives the initiative; null when it gives none.</summary>
    public ChangeStage? Claimed { get; init; }

    /// <summary>An owner answers for the initiative: its sponsor.</summary>
    public bool HasSponsor { get; init; }

    /// <summary>The initiative says why: a description, or a link to what it moves (<c>supports:</c>).</summary>
    public bool HasWhy { get; init; }

    /// <summary>Someone besides the owner is involved: a person of its unit, or the owner of one of its actions.</summary>
    public bool HasContributors { get; init; }

    /// <summary>A team: an owner and at least one more person involved.</summary>
    public bool HasTeam => HasSponsor && HasContributors;

    /// <summary>Someone involved (the owner, the unit's people, the actions' owners) is a manager or on the front line.</summary>
    public bool InvolvesBelowExecutive { get; init; }

    /// <summary>Work has begun: the initiative has actions, is active or done, or its start date has been reached.</summary>
    public bool HasWork { get; init; }

    /// <summary>A key result it supports (directly or through its objective) has check-ins that show progress above zero.</summary>
    public bool HasOutcome { get; init; }

    /// <summary>The initiative acts: it claims act or transform, or its status is active.</summary>
    public bool Acts { get; init; }

    /// <summary>The later of the stages whose criteria, and those of every stage before, are met; null when not even believe is.</summary>
    public ChangeStage? Earned => !Met(ChangeStage.Believe) ? null
        : !Met(ChangeStage.Engage) ? ChangeStage.Believe
        : !Met(ChangeStage.Act) ? ChangeStage.Engage
        : !Met(ChangeStage.Transform) ? ChangeStage.Act
        : ChangeStage.Transform;

    /// <summary>Whether the entry criteria of one stage, on their own, are met.</summary>
    public bool Met(ChangeStage stage) => stage switch
    {
        ChangeStage.Believe => HasSponsor && HasWhy,
        ChangeStage.Engage => HasTeam && InvolvesBelowExecutive,
        ChangeStage.Act => HasWork,
        _ => HasOutcome,
    };
}
