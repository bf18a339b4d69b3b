using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// Where the generator puts a plan, element by element in the order of the plan file: the organization, its
/// units and people, the vision (its success measures follow as key results), values, SWOT, criteria, goals,
/// objectives (each followed by its key results, each followed by its check-ins), initiatives and actions. The
/// generator makes every random decision once; a sink only records it, in memory (<see cref="ModelSink"/>) or as
/// plan-file text (<see cref="YamlPlanSink"/>), so both ways give the same plan.
/// </summary>
internal interface IPlanSink
{
    void Organization(string name, int? maxInitiatives);

    void Unit(Unit unit);

    void Person(Person person);

    /// <summary>The vision without its success measures: they follow as <see cref="KeyResult"/> calls.</summary>
    void Vision(Vision vision);

    void Value(ValueStatement value);

    void Swot(SwotItem item);

    void Criterion(DecisionCriterion criterion);

    void Goal(Goal goal);

    /// <summary>An objective without its key results: they follow.</summary>
    void Objective(Objective objective);

    /// <summary>A key result of the last objective (or of the vision, before any objective), without its check-ins: they follow.</summary>
    void KeyResult(KeyResult keyResult);

    /// <summary>A check-in of the last key result. Check-ins are the bulk of a large plan, so they travel as values, not objects.</summary>
    void CheckIn(DateOnly date, double value, double? confidence, string? note);

    void Initiative(Initiative initiative);

    void Action(PlanAction action);

    void Finish();
}
