namespace Throughline.Web.Storage;

public sealed class GoalRow : ItemRow
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Area { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Horizon { get; set; }
    public int? Priority { get; set; }
    public double? Weight { get; set; }
    public bool Urgent { get; set; }
    public bool? CrossCutting { get; set; }
}

/// <summary>A SWOT item a goal answers.</summary>
public sealed class GoalSwotRow : LinkRow;

public sealed class ObjectiveRow : ItemRow
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public string? Unit { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }
    public int? Priority { get; set; }
    public bool Urgent { get; set; }
}

/// <summary>An objective's link to the goal or parent objective (<see cref="TargetId"/>) it contributes to.</summary>
public sealed class ContributionRow : ChildRow
{
    public string TargetId { get; set; } = "";
    public double? Weight { get; set; }
}

/// <summary>A key result of an objective, or a success measure of the vision when <see cref="ObjectiveId"/> is null.</summary>
public sealed class KeyResultRow : ItemRow
{
    public string? ObjectiveId { get; set; }
    public string Title { get; set; } = "";
    public double? Baseline { get; set; }
    public double? Target { get; set; }
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    public double? RangeLow { get; set; }
    public double? RangeHigh { get; set; }
    public double? Weight { get; set; }
    public string? Cadence { get; set; }
    public string? Owner { get; set; }
    public string? Metric { get; set; }
}

public sealed class CheckInRow : ChildRow
{
    public DateOnly Date { get; set; }
    public double Value { get; set; }
    public double? Confidence { get; set; }
    public string? By { get; set; }
    public string? Note { get; set; }
}

public sealed class InitiativeRow : ItemRow
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Unit { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public double? Effort { get; set; }
    public string? Status { get; set; }
    public string? Stage { get; set; }
    public int? Priority { get; set; }
    public bool Urgent { get; set; }
}

public sealed class InitiativeDependencyRow : LinkRow;

/// <summary>An objective or key result an initiative works on.</summary>
public sealed class InitiativeSupportRow : LinkRow;

/// <summary>An initiative's score on one decision criterion.</summary>
public sealed class InitiativeScoreRow
{
    public Guid OrganizationId { get; set; }
    public string InitiativeId { get; set; } = "";
    public int Ordinal { get; set; }
    public string CriterionId { get; set; } = "";
    public double Score { get; set; }
}

public sealed class ActionRow : ItemRow
{
    public string Title { get; set; } = "";
    public string? Initiative { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Due { get; set; }
    public bool Done { get; set; }
    public double? Effort { get; set; }
}

public sealed class ActionSupportRow : LinkRow;

public sealed class CriterionRow : ItemRow
{
    public string? Name { get; set; }
    public double Weight { get; set; }
    public string Better { get; set; } = "";
}

/// <summary>One entry of the plan's <c>rules:</c> section; <see cref="ItemRow.Id"/> is the rule id.</summary>
public sealed class RuleSettingRow : ItemRow
{
    public bool Enabled { get; set; }
    public string? Severity { get; set; }
}

public sealed class RuleParameterRow
{
    public Guid OrganizationId { get; set; }
    public string RuleId { get; set; } = "";
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public double Value { get; set; }
}
