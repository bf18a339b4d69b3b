namespace Throughline.Core.Model;

/// <summary>One organization's strategy: the whole content of a plan file (PLAN-FORMAT.md, version 1).</summary>
public sealed class Plan : PlanElement
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;
    public Organization Organization { get; set; } = new();
    public Vision? Vision { get; set; }
    public List<ValueStatement> Values { get; set; } = [];
    public List<SwotItem> Swot { get; set; } = [];
    public List<Goal> Goals { get; set; } = [];
    public List<Objective> Objectives { get; set; } = [];
    public List<Initiative> Initiatives { get; set; } = [];
    public List<PlanAction> Actions { get; set; } = [];
    public List<RuleSetting> Rules { get; set; } = [];

    /// <summary>The criteria initiatives are ranked by, with their weights (<c>criteria:</c>).</summary>
    public List<DecisionCriterion> Criteria { get; set; } = [];

    /// <summary>The file the plan was read from, as given on the command line; null when built in code.</summary>
    public string? SourcePath { get; set; }
}

public sealed class Organization : PlanElement
{
    public string Name { get; set; } = "";

    /// <summary>The default limit on concurrent initiatives for units that set none.</summary>
    public int? MaxInitiatives { get; set; }

    public List<Unit> Units { get; set; } = [];
    public List<Person> People { get; set; } = [];
}

/// <summary>A department or team; units form a tree through <see cref="Parent"/>.</summary>
public sealed class Unit : IdentifiedElement
{
    public string Name { get; set; } = "";
    public string? Parent { get; set; }

    /// <summary>Full-time equivalents available.</summary>
    public double? Capacity { get; set; }

    /// <summary>How many initiatives the unit should run at once, at most.</summary>
    public int? MaxInitiatives { get; set; }

    /// <summary>
    /// People who belong to the unit besides those whose home <c>unit</c> it is: how a cross-functional
    /// team draws members from several departments.
    /// </summary>
    public List<string> Members { get; set; } = [];
}

public enum PersonLevel { Executive, Manager, Frontline }

public sealed class Person : IdentifiedElement
{
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public PersonLevel? Level { get; set; }
    public string? Manager { get; set; }
    public string? Email { get; set; }
}

public sealed class Vision : PlanElement
{
    public string Statement { get; set; } = "";
    public string? Purpose { get; set; }
    public DateOnly? Horizon { get; set; }

    /// <summary>The key results of the vision itself: what success looks like, measured.</summary>
    public List<KeyResult> Success { get; set; } = [];
}

public sealed class ValueStatement : PlanElement
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public enum SwotKind { Strength, Weakness, Opportunity, Threat }

public sealed class SwotItem : IdentifiedElement
{
    public SwotKind Kind { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>Whether a higher or a lower score on a criterion makes an initiative more worth doing.</summary>
public enum CriterionPreference { Higher, Lower }

/// <summary>
/// A criterion initiatives are ranked by, scored 1 to 5 per initiative (<c>scores:</c>). The criterion
/// <c>alignment</c> is computed by the engine from the initiative's line of sight, never scored by hand.
/// </summary>
public sealed class DecisionCriterion : IdentifiedElement
{
    public const string Alignment = "alignment";

    public string? Name { get; set; }
    public double Weight { get; set; } = 1.0;
    public CriterionPreference Better { get; set; } = CriterionPreference.Higher;
}
