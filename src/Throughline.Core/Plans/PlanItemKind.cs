namespace Throughline.Core.Plans;

/// <summary>The kinds of element a plan holds, each read and written on its own by <see cref="PlanElementJson"/>.</summary>
public enum PlanItemKind
{
    Unit,
    Person,
    Value,
    Swot,
    Vision,
    Goal,
    Objective,
    KeyResult,
    CheckIn,
    Initiative,
    Action,
    Criterion,
}
