using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>Collects the generated elements into a <see cref="Plan"/>, for small organizations held in memory.</summary>
internal sealed class ModelSink : IPlanSink
{
    private KeyResult? keyResult;

    public Plan Plan { get; } = new();

    public void Organization(string name, int? maxInitiatives) =>
        Plan.Organization = new Organization { Name = name, MaxInitiatives = maxInitiatives };

    public void Unit(Unit unit) => Plan.Organization.Units.Add(unit);

    public void Person(Person person) => Plan.Organization.People.Add(person);

    public void Vision(Vision vision) => Plan.Vision = vision;

    public void Value(ValueStatement value) => Plan.Values.Add(value);

    public void Swot(SwotItem item) => Plan.Swot.Add(item);

    public void Criterion(DecisionCriterion criterion) => Plan.Criteria.Add(criterion);

    public void Goal(Goal goal) => Plan.Goals.Add(goal);

    public void Objective(Objective objective) => Plan.Objectives.Add(objective);

    public void KeyResult(KeyResult keyResult)
    {
        var owners = Plan.Objectives.Count > 0 ? Plan.Objectives[^1].KeyResults
            : Plan.Vision?.Success ?? throw new InvalidOperationException("A key result needs an objective or a vision before it.");
        owners.Add(keyResult);
        this.keyResult = keyResult;
    }

    public void CheckIn(DateOnly date, double value, double? confidence, string? note) =>
        (keyResult ?? throw new InvalidOperationException("A check-in needs a key result before it."))
            .CheckIns.Add(new CheckIn { Date = date, Value = value, Confidence = confidence, Note = note });

    public void Initiative(Initiative initiative) => Plan.Initiatives.Add(initiative);

    public void Action(PlanAction action) => Plan.Actions.Add(action);

    public void Finish()
    {
    }
}
