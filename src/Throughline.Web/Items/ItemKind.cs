using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Web.Items;

/// <summary>
/// One kind of plan item as the API serves it: where it lives in the URL space, what the audit log and the
/// ETags call it, and which nested lists of the plan element are managed at URLs of their own.
/// </summary>
public sealed record ItemKind(PlanItemKind Kind, string Segment, string RefKind, string Noun, IReadOnlyList<string> NestedKeys)
{
    public static readonly ItemKind Unit = new(PlanItemKind.Unit, "units", "unit", "unit", []);
    public static readonly ItemKind Person = new(PlanItemKind.Person, "people", "person", "person", []);
    public static readonly ItemKind Swot = new(PlanItemKind.Swot, "swot", "swot", "SWOT item", []);
    public static readonly ItemKind Criterion = new(PlanItemKind.Criterion, "criteria", "criterion", "decision criterion", []);
    public static readonly ItemKind Goal = new(PlanItemKind.Goal, "goals", "goal", "goal", []);
    public static readonly ItemKind Objective = new(PlanItemKind.Objective, "objectives", "objective", "objective", ["key_results"]);
    public static readonly ItemKind KeyResult = new(PlanItemKind.KeyResult, "key-results", "key-result", "key result", ["checkins"]);
    public static readonly ItemKind Initiative = new(PlanItemKind.Initiative, "initiatives", "initiative", "initiative", []);
    public static readonly ItemKind Action = new(PlanItemKind.Action, "actions", "action", "action", []);
    public static readonly ItemKind Vision = new(PlanItemKind.Vision, "vision", "vision", "vision", ["success"]);
    public static readonly ItemKind CheckIn = new(PlanItemKind.CheckIn, "check-ins", "check-in", "check-in", []);

    /// <summary>The kinds with an id, each served at <c>/api/organizations/{slug}/{Segment}</c>.</summary>
    public static readonly IReadOnlyList<ItemKind> Identified = [Unit, Person, Swot, Criterion, Goal, Objective, KeyResult, Initiative, Action];

    /// <summary>Every element of this kind in plan order (key results: those of the objectives, then the vision's success measures).</summary>
    public IEnumerable<IdentifiedElement> All(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Kind switch
        {
            PlanItemKind.Unit => plan.Organization.Units,
            PlanItemKind.Person => plan.Organization.People,
            PlanItemKind.Swot => plan.Swot,
            PlanItemKind.Criterion => plan.Criteria,
            PlanItemKind.Goal => plan.Goals,
            PlanItemKind.Objective => plan.Objectives,
            PlanItemKind.KeyResult => plan.Objectives.SelectMany(o => o.KeyResults).Concat(plan.Vision?.Success ?? []),
            PlanItemKind.Initiative => plan.Initiatives,
            PlanItemKind.Action => plan.Actions,
            _ => throw new InvalidOperationException($"{Kind} has no list of its own."),
        };
    }
}
