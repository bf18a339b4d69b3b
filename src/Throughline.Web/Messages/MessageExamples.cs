using Throughline.Core.Model;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Storage;

namespace Throughline.Web.Messages;

/// <summary>A plan item named in talking points as a concrete example of what a message means for a department.</summary>
public sealed record ExampleResponse(string Kind, string Id, string Title);

/// <summary>
/// What each department does under a message's goals: the objectives that contribute to them (directly or
/// through parent objectives), their key results, and the initiatives that support any of these, each
/// assigned to the department of its unit as permissions assign items (docs/messages.md). Private objectives
/// and their key results are never examples, since talking points are read by everyone they reach.
/// </summary>
public static class MessageExamples
{
    public static Dictionary<string, List<ExampleResponse>> ByDepartment(OrganizationView view, Departments departments, IReadOnlyCollection<string> goals)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(departments);
        var plan = view.Plan;
        var under = new HashSet<string>(goals, StringComparer.Ordinal);
        var objectives = new List<Objective>();
        var added = true;
        while (added)
        {
            added = false;
            foreach (var objective in plan.Objectives)
            {
                if (!under.Contains(objective.Id) && objective.ContributesTo.Any(c => under.Contains(c.Id)))
                {
                    under.Add(objective.Id);
                    objectives.Add(objective);
                    added = true;
                }
            }
        }

        var visible = objectives.Where(o => !Permissions.IsPrivate(o)).OrderBy(o => plan.Objectives.IndexOf(o)).ToList();
        var supported = visible.Select(o => o.Id).Concat(visible.SelectMany(o => o.KeyResults.Select(k => k.Id))).ToHashSet(StringComparer.Ordinal);
        var found = departments.All.ToDictionary(d => d.Id, _ => new List<ExampleResponse>(), StringComparer.Ordinal);

        void Add(string? unit, string kind, string id, string title)
        {
            if (departments.OfUnit(unit) is { } department)
            {
                found[department].Add(new ExampleResponse(kind, id, title));
            }
        }

        string? UnitOf(string? owner) => view.Index.Find<Person>(owner)?.Unit;
        foreach (var objective in visible)
        {
            Add(objective.Unit ?? UnitOf(objective.Owner), "objective", objective.Id, objective.Title);
        }

        foreach (var objective in visible)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                Add(objective.Unit ?? UnitOf(objective.Owner), "key-result", keyResult.Id, keyResult.Title);
            }
        }

        foreach (var initiative in plan.Initiatives.Where(i => i.Status != InitiativeStatus.Cancelled && i.Supports.Any(supported.Contains)))
        {
            Add(initiative.Unit ?? UnitOf(initiative.Owner), "initiative", initiative.Id, initiative.Title);
        }

        return found;
    }

    /// <summary>An item given as an example by id, or null when the plan has no such goal, objective, key result, initiative or action.</summary>
    public static ExampleResponse? Find(OrganizationView view, string id)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Index.Find(id)?.Element switch
        {
            Goal g => new ExampleResponse("goal", g.Id, g.Title),
            Objective o => new ExampleResponse("objective", o.Id, o.Title),
            KeyResult k => new ExampleResponse("key-result", k.Id, k.Title),
            Initiative i => new ExampleResponse("initiative", i.Id, i.Title),
            PlanAction a => new ExampleResponse("action", a.Id, a.Title),
            _ => null,
        };
    }

    /// <summary>The talking points Throughline drafts for a department and level, for its manager to edit.</summary>
    public static string Draft(MessageRow message, string departmentName, PersonLevel level, IReadOnlyList<ExampleResponse> examples)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(examples);
        var goals = message.Goals.Replace(" ", ", ", StringComparison.Ordinal);
        var ask = level switch
        {
            PersonLevel.Executive => $"Explain how {departmentName} carries {goals}: which of its objectives move first, and what you ask of your managers.",
            PersonLevel.Manager => "Walk your team through the objectives and key results below, and agree who moves which.",
            _ => "Name the key result or initiative each person works on, and how their work moves it.",
        };
        var meaning = examples.Count == 0
            ? $"Nothing of {departmentName} contributes to {goals} yet. Say what the message means for the department, or name an example, before releasing."
            : $"What it means for {departmentName}:\n" + string.Join('\n', examples.Select(e => $"- {e.Id}: {e.Title}"));
        return $"Why: {message.Why}\n\nWhat changes: {message.WhatChanges}\n\n{meaning}\n\n{ask}";
    }
}

/// <summary>Storage of id lists as text: ids separated by spaces (plan ids hold none).</summary>
internal static class IdList
{
    public static string Join(IEnumerable<string> ids) => string.Join(' ', ids);

    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
