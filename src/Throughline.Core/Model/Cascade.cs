namespace Throughline.Core.Model;

/// <summary>A long-term strategic goal in one business area.</summary>
public sealed class Goal : IdentifiedElement
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Area { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Horizon { get; set; }

    /// <summary>Rank, 1 = highest.</summary>
    public int? Priority { get; set; }

    /// <summary>The goal's weight in the vision's progress; 1 when not given.</summary>
    public double? Weight { get; set; }

    public List<string> Swot { get; set; } = [];

    /// <summary>Tagged urgent.</summary>
    public bool Urgent { get; set; }

    /// <summary>
    /// A goal that should be carried by more than one department. Null means inferred: a goal owned by
    /// someone of the organization's top unit counts as cross-cutting.
    /// </summary>
    public bool? CrossCutting { get; set; }
}

/// <summary>A link from an objective to a goal or a parent objective it contributes to.</summary>
public sealed class Contribution : PlanElement
{
    public required string Id { get; set; }

    /// <summary>The weight of the contributing objective in the parent's progress; 1 when not given.</summary>
    public double? Weight { get; set; }

    public double EffectiveWeight => Weight ?? 1.0;
}

/// <summary>A SMART objective, a quarter to two years long.</summary>
public sealed class Objective : IdentifiedElement
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public List<Contribution> ContributesTo { get; set; } = [];
    public string? Owner { get; set; }
    public string? Unit { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
    public int? Priority { get; set; }

    /// <summary>Tagged urgent.</summary>
    public bool Urgent { get; set; }

    public List<KeyResult> KeyResults { get; set; } = [];
}

public enum Direction { Increase, Decrease, Maintain }

public enum Cadence { Weekly, Biweekly, Monthly, Quarterly }

/// <summary>A measured result: from a baseline to a target, or kept within a range.</summary>
public sealed class KeyResult : IdentifiedElement
{
    public string Title { get; set; } = "";
    public double? Baseline { get; set; }
    public double? Target { get; set; }
    public string? Unit { get; set; }

    /// <summary>As written; null means inferred from baseline and target (see <see cref="EffectiveDirection"/>).</summary>
    public Direction? Direction { get; set; }

    /// <summary>For <see cref="Model.Direction.Maintain"/>: the range [low, high] the value must stay within.</summary>
    public ValueRange? Range { get; set; }

    public double? Weight { get; set; }
    public Cadence? Cadence { get; set; }
    public string? Owner { get; set; }

    /// <summary>
    /// A name for what is measured, shared by key results of different units that measure the same
    /// thing (for example <c>inventory-days</c>), so that opposite targets can be found.
    /// </summary>
    public string? Metric { get; set; }

    public List<CheckIn> CheckIns { get; set; } = [];

    public double EffectiveWeight => Weight ?? 1.0;

    public Direction EffectiveDirection =>
        Direction ?? (Target is { } t && Baseline is { } b && t < b ? Model.Direction.Decrease : Model.Direction.Increase);
}

public readonly record struct ValueRange(double Low, double High);

public sealed class CheckIn : PlanElement
{
    public DateOnly Date { get; set; }
    public double Value { get; set; }

    /// <summary>The author's confidence that the key result will be met, from 0 to 1.</summary>
    public double? Confidence { get; set; }

    public string? By { get; set; }
    public string? Note { get; set; }
}

public enum InitiativeStatus { Proposed, Planned, Active, Done, Cancelled }

/// <summary>The BEAT stages a change initiative moves through.</summary>
public enum ChangeStage { Believe, Engage, Act, Transform }

/// <summary>A project that moves objectives and key results.</summary>
public sealed class Initiative : IdentifiedElement
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Objective or key result ids.</summary>
    public List<string> Supports { get; set; } = [];

    public string? Unit { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }

    /// <summary>Person-weeks.</summary>
    public double? Effort { get; set; }

    public List<string> DependsOn { get; set; } = [];
    public InitiativeStatus? Status { get; set; }
    public ChangeStage? Stage { get; set; }

    /// <summary>Rank as the plan's author set it, 1 = highest; the engine's own ranking comes from the criteria.</summary>
    public int? Priority { get; set; }

    /// <summary>Tagged urgent.</summary>
    public bool Urgent { get; set; }

    /// <summary>Scores from 1 to 5 by decision criterion id.</summary>
    public Dictionary<string, double> Scores { get; set; } = [];
}

/// <summary>A concrete task of days to weeks. Named so as not to clash with <see cref="System.Action"/>.</summary>
public sealed class PlanAction : IdentifiedElement
{
    public string Title { get; set; } = "";
    public string? Initiative { get; set; }

    /// <summary>Objective or key result ids the action serves directly, without an initiative.</summary>
    public List<string> Supports { get; set; } = [];

    public string? Owner { get; set; }
    public DateOnly? Due { get; set; }
    public bool Done { get; set; }

    /// <summary>Person-weeks; optional.</summary>
    public double? Effort { get; set; }
}

public enum Severity { Info, Warning, Error }

/// <summary>One entry of the plan's <c>rules:</c> section: a rule switched off or re-levelled, with optional parameters.</summary>
public sealed class RuleSetting : PlanElement
{
    public required string RuleId { get; set; }

    /// <summary>False when the rule is switched off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The severity to report at, or null for the rule's default.</summary>
    public Severity? Severity { get; set; }

    /// <summary>Numeric parameters of the rule (for example <c>factor</c> for <c>smart/not-achievable</c>).</summary>
    public Dictionary<string, double> Parameters { get; set; } = [];
}
