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

    /// <summary>The file the plan was read from, as given on the command line; null when built in code.</summary>
    public string? SourcePath { get; set; }
}

public sealed class Organization : PlanElement
{
    public string Name { get; set; } = "";
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
