using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>For each kind of element: how messages name it, its reader, its writer node and its nested children.</summary>
internal static class PlanItems
{
    public static string Noun(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Swot => "SWOT item",
        PlanItemKind.KeyResult => "key result",
        PlanItemKind.CheckIn => "check-in",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static PlanElement? Read(PlanItemKind kind, PlanNode node, ReadContext context) => kind switch
    {
        PlanItemKind.Unit => OrganizationReader.ReadUnit(node, context),
        PlanItemKind.Person => OrganizationReader.ReadPerson(node, context),
        PlanItemKind.Value => VisionReader.ReadValue(node, context),
        PlanItemKind.Swot => VisionReader.ReadSwotItem(node, context),
        PlanItemKind.Vision => VisionReader.ReadVision(node, context),
        PlanItemKind.Goal => GoalReader.Read(node, context),
        PlanItemKind.Objective => ObjectiveReader.Read(node, context),
        PlanItemKind.KeyResult => KeyResultReader.ReadKeyResult(node, context),
        PlanItemKind.CheckIn => KeyResultReader.ReadCheckIn(node, context, keyResult: null),
        PlanItemKind.Initiative => ExecutionReader.ReadInitiative(node, context),
        PlanItemKind.Action => ExecutionReader.ReadAction(node, context),
        PlanItemKind.Criterion => CriteriaReader.ReadCriterion(node, context),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of plan element."),
    };

    public static YamlMappingNode Node(PlanItemKind kind, PlanElement element) => kind switch
    {
        PlanItemKind.Unit => StrategyNodes.Unit(As<Unit>(element, kind)),
        PlanItemKind.Person => StrategyNodes.Person(As<Person>(element, kind)),
        PlanItemKind.Value => StrategyNodes.Value(As<ValueStatement>(element, kind)),
        PlanItemKind.Swot => StrategyNodes.SwotItem(As<SwotItem>(element, kind)),
        PlanItemKind.Vision => StrategyNodes.Vision(As<Vision>(element, kind)),
        PlanItemKind.Goal => StrategyNodes.Goal(As<Goal>(element, kind)),
        PlanItemKind.Objective => StrategyNodes.Objective(As<Objective>(element, kind)),
        PlanItemKind.KeyResult => StrategyNodes.KeyResult(As<KeyResult>(element, kind)),
        PlanItemKind.CheckIn => StrategyNodes.CheckIn(As<CheckIn>(element, kind)),
        PlanItemKind.Initiative => ExecutionNodes.Initiative(As<Initiative>(element, kind)),
        PlanItemKind.Action => ExecutionNodes.Action(As<PlanAction>(element, kind)),
        PlanItemKind.Criterion => ExecutionNodes.Criterion(As<DecisionCriterion>(element, kind)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of plan element."),
    };

    /// <summary>The field that holds the elements nested in one of this kind, if any.</summary>
    public static string? ChildrenField(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Vision => "success",
        PlanItemKind.Objective => "key_results",
        PlanItemKind.KeyResult => "checkins",
        _ => null,
    };

    private static T As<T>(PlanElement element, PlanItemKind kind)
        where T : PlanElement =>
        element as T ?? throw new ArgumentException(
            $"A {kind} element must be a {typeof(T).Name}, but this one is a {element.GetType().Name}.", nameof(element));
}
