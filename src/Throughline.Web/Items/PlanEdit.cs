using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Web.Items;

/// <summary>
/// A changed copy of a plan. The plan in memory is shared with concurrent reads, so nothing of it is changed
/// in place: the copy has lists of its own, and an element on the path to the change (the objective of a
/// changed key result) is copied too. Everything else is shared.
/// </summary>
public static class PlanEdit
{
    public static Plan Copy(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var copy = plan.ShallowCopy<Plan>();
        copy.Organization = plan.Organization.ShallowCopy<Organization>();
        copy.Organization.Units = [.. plan.Organization.Units];
        copy.Organization.People = [.. plan.Organization.People];
        copy.Values = [.. plan.Values];
        copy.Swot = [.. plan.Swot];
        copy.Goals = [.. plan.Goals];
        copy.Objectives = [.. plan.Objectives];
        copy.Initiatives = [.. plan.Initiatives];
        copy.Actions = [.. plan.Actions];
        copy.Criteria = [.. plan.Criteria];
        copy.Rules = [.. plan.Rules];
        return copy;
    }

    /// <summary>
    /// Puts <paramref name="element"/> in place of the item with <paramref name="id"/> (or adds it when id is
    /// null; removes the item when element is null). <paramref name="parent"/> is a key result's objective (null:
    /// the vision). Nested lists managed elsewhere (an objective's key results, a key result's check-ins, the
    /// vision's success measures) are carried over from the item replaced.
    /// </summary>
    public static Plan With(Plan plan, PlanItemKind kind, string? id, IdentifiedElement? element, string? parent = null)
    {
        var copy = Copy(plan);
        switch (kind)
        {
            case PlanItemKind.Unit:
                Put(copy.Organization.Units, id, (Unit?)element);
                break;
            case PlanItemKind.Person:
                Put(copy.Organization.People, id, (Person?)element);
                break;
            case PlanItemKind.Swot:
                Put(copy.Swot, id, (SwotItem?)element);
                break;
            case PlanItemKind.Criterion:
                Put(copy.Criteria, id, (DecisionCriterion?)element);
                break;
            case PlanItemKind.Goal:
                Put(copy.Goals, id, (Goal?)element);
                break;
            case PlanItemKind.Objective:
                var objective = (Objective?)element;
                if (objective is not null)
                {
                    objective.KeyResults = id is null ? [] : copy.Objectives.Single(o => o.Id == id).KeyResults;
                }

                Put(copy.Objectives, id, objective);
                break;
            case PlanItemKind.KeyResult:
                var keyResult = (KeyResult?)element;
                var keyResults = KeyResultsOf(copy, parent);
                if (keyResult is not null)
                {
                    keyResult.CheckIns = id is null ? [] : keyResults.Single(k => k.Id == id).CheckIns;
                }

                Put(keyResults, id, keyResult);
                break;
            case PlanItemKind.Initiative:
                Put(copy.Initiatives, id, (Initiative?)element);
                break;
            case PlanItemKind.Action:
                Put(copy.Actions, id, (PlanAction?)element);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an item with an id.");
        }

        return copy;
    }

    /// <summary>The plan with a new vision (its success measures carried over) or none.</summary>
    public static Plan WithVision(Plan plan, Vision? vision)
    {
        var copy = Copy(plan);
        if (vision is not null)
        {
            vision.Success = plan.Vision?.Success ?? [];
        }

        copy.Vision = vision;
        return copy;
    }

    /// <summary>The plan with check-in <paramref name="index"/> of the key result replaced (or removed when null).</summary>
    public static Plan WithCheckIn(Plan plan, string keyResult, string? parent, int index, CheckIn? checkIn)
    {
        var copy = Copy(plan);
        var keyResults = KeyResultsOf(copy, parent);
        var position = keyResults.FindIndex(k => k.Id == keyResult);
        var changed = keyResults[position].ShallowCopy<KeyResult>();
        changed.CheckIns = [.. changed.CheckIns];
        if (checkIn is null)
        {
            changed.CheckIns.RemoveAt(index);
        }
        else
        {
            changed.CheckIns[index] = checkIn;
        }

        keyResults[position] = changed;
        return copy;
    }

    // The copy's own list of the key results of an objective (or of the vision), its owner copied on the way.
    private static List<KeyResult> KeyResultsOf(Plan copy, string? objectiveId)
    {
        if (objectiveId is null)
        {
            copy.Vision = copy.Vision!.ShallowCopy<Vision>();
            copy.Vision.Success = [.. copy.Vision.Success];
            return copy.Vision.Success;
        }

        var position = copy.Objectives.FindIndex(o => o.Id == objectiveId);
        var objective = copy.Objectives[position].ShallowCopy<Objective>();
        objective.KeyResults = [.. objective.KeyResults];
        copy.Objectives[position] = objective;
        return objective.KeyResults;
    }

    private static void Put<T>(List<T> list, string? id, T? element)
        where T : IdentifiedElement
    {
        if (id is null)
        {
            list.Add(element!);
            return;
        }

        var position = list.FindIndex(e => e.Id == id);
        if (element is null)
        {
            list.RemoveAt(position);
        }
        else
        {
            list[position] = element;
        }
    }
}
