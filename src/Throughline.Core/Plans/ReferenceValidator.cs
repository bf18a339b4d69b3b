using System.Runtime.CompilerServices;
using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Checks that every id a plan names is declared, and declared as the right kind of element.</summary>
internal sealed class ReferenceValidator(IdIndex index, ReadContext context)
{
    private static readonly IdKind[] Units = [IdKind.Unit];
    private static readonly IdKind[] People = [IdKind.Person];
    private static readonly IdKind[] SwotItems = [IdKind.Swot];
    private static readonly IdKind[] GoalsOrObjectives = [IdKind.Goal, IdKind.Objective];
    private static readonly IdKind[] ObjectivesOrKeyResults = [IdKind.Objective, IdKind.KeyResult];
    private static readonly IdKind[] Initiatives = [IdKind.Initiative];

    // Runs once per read over millions of elements: compiled optimized from the start, not first without optimizations.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Validate(Plan plan)
    {
        foreach (var unit in plan.Organization.Units)
        {
            Check(unit, "parent", unit.Parent, new Subject("unit", unit.Id), Units);
            CheckAll(unit, "members", unit.Members, new Subject("unit", unit.Id), People);
            ReportRepeatedMembers(unit);
        }

        foreach (var person in plan.Organization.People)
        {
            Check(person, "unit", person.Unit, new Subject("person", person.Id), Units);
            Check(person, "manager", person.Manager, new Subject("person", person.Id), People);
        }

        foreach (var goal in plan.Goals)
        {
            Check(goal, "owner", goal.Owner, new Subject("goal", goal.Id), People);
            CheckAll(goal, "swot", goal.Swot, new Subject("goal", goal.Id), SwotItems);
        }

        foreach (var objective in plan.Objectives)
        {
            var subject = new Subject("objective", objective.Id);
            foreach (var contribution in objective.ContributesTo)
            {
                Check(contribution, "id", contribution.Id, subject, GoalsOrObjectives, field: "contributes_to");
            }

            Check(objective, "owner", objective.Owner, subject, People);
            Check(objective, "unit", objective.Unit, subject, Units);
            objective.KeyResults.ForEach(CheckKeyResult);
        }

        plan.Vision?.Success.ForEach(CheckKeyResult);
        plan.Initiatives.ForEach(CheckInitiative);

        foreach (var action in plan.Actions)
        {
            var subject = new Subject("action", action.Id);
            Check(action, "initiative", action.Initiative, subject, Initiatives);
            CheckAll(action, "supports", action.Supports, subject, ObjectivesOrKeyResults);
            Check(action, "owner", action.Owner, subject, People);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckKeyResult(KeyResult keyResult)
    {
        Check(keyResult, "owner", keyResult.Owner, new Subject("key result", keyResult.Id), People);
        foreach (var checkIn in keyResult.CheckIns)
        {
            if (checkIn.By is not null)
            {
                Check(checkIn, "by", checkIn.By, new Subject("key result", keyResult.Id, checkIn.Date), People);
            }
        }
    }

    private void ReportRepeatedMembers(Unit unit)
    {
        var firstEntry = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < unit.Members.Count; i++)
        {
            var member = unit.Members[i];
            if (!firstEntry.TryAdd(member, i))
            {
                context.Error(context.EntryLocation(unit, "members", i),
                    $"'{member}' is listed twice in 'members' of {Name("unit", unit.Id)} (first at {context.EntryLocation(unit, "members", firstEntry[member])}); remove one of the entries");
            }
        }
    }

    private void CheckInitiative(Initiative initiative)
    {
        var subject = new Subject("initiative", initiative.Id);
        CheckAll(initiative, "supports", initiative.Supports, subject, ObjectivesOrKeyResults);
        Check(initiative, "unit", initiative.Unit, subject, Units);
        Check(initiative, "owner", initiative.Owner, subject, People);
        for (var i = 0; i < initiative.DependsOn.Count; i++)
        {
            var dependency = initiative.DependsOn[i];
            var at = new Place(initiative, "depends_on", i);
            if (!index.TryFind(dependency, out var kind, out var element))
            {
                context.Error(Locate(at),
                    $"Unknown dependency '{dependency}' of {subject}: no initiative has this id; fix the id, or declare the initiative under initiatives",
                    Closest(dependency, Initiatives));
                continue;
            }

            CheckKind(dependency, kind, element, at, "depends_on", subject, Initiatives);
        }
    }

    private void CheckAll(PlanElement element, string field, List<string> ids, Subject subject, IdKind[] kinds)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Reference(ids[i], new Place(element, field, i), field, subject, kinds);
        }
    }

    private void Check(PlanElement element, string key, string? id, Subject subject, IdKind[] kinds, string? field = null) =>
        Reference(id, new Place(element, key, Entry: -1), field ?? key, subject, kinds);

    private void Reference(string? id, Place at, string field, Subject subject, IdKind[] kinds)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        if (!index.TryFind(id, out var kind, out var element))
        {
            context.Error(Locate(at),
                $"Unknown {string.Join(" or ", kinds.Select(Word))} '{id}' in '{field}' of {subject}; fix the id, or declare it under {string.Join(" or ", kinds.Select(Section))}",
                Closest(id, kinds));
            return;
        }

        CheckKind(id, kind, element, at, field, subject, kinds);
    }

    // Where a reference is: a field, or an entry of a list field; looked up only for a message.
    private readonly record struct Place(PlanElement Element, string Field, int Entry);

    private SourceLocation Locate(Place at) =>
        at.Entry >= 0 ? context.EntryLocation(at.Element, at.Field, at.Entry) : at.Element.LocationOf(at.Field) ?? context.FileStart;

    private void CheckKind(string id, IdKind kind, IdentifiedElement element, Place at, string field, Subject subject, IdKind[] kinds)
    {
        if (Array.IndexOf(kinds, kind) < 0)
        {
            context.Error(Locate(at),
                $"'{id}' in '{field}' of {subject} is {IdIndex.Noun(kind)} at {element.LocationOf("id")}, but '{field}' must name {string.Join(" or ", kinds.Select(WithArticle))}",
                Closest(id, kinds));
        }
    }

    // An element without an id has its own error already; its references are still checked.
    private static string Name(string noun, string id) => id.Length > 0 ? $"{noun} {id}" : $"the {noun} without an id";

    /// <summary>How a message names the element with a reference, worded only when there is a message.</summary>
    private readonly record struct Subject(string Noun, string Id, DateOnly? CheckIn = null)
    {
        public override string ToString() =>
            CheckIn is { } date ? $"the check-in of {Name(Noun, Id)} on {YamlScalars.FormatDate(date)}" : Name(Noun, Id);
    }

    private string? Closest(string id, IdKind[] kinds) => Suggestions.Closest(id, index.IdsOf(kinds));

    private static string Word(IdKind kind) => kind switch
    {
        IdKind.Swot => "SWOT item",
        IdKind.KeyResult => "key result",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string WithArticle(IdKind kind) =>
        (kind is IdKind.Objective or IdKind.Initiative or IdKind.Action ? "an " : "a ") + Word(kind);

    private static string Section(IdKind kind) => kind switch
    {
        IdKind.Unit => "organization.units",
        IdKind.Person => "organization.people",
        IdKind.KeyResult => "the key_results of an objective",
        _ => kind == IdKind.Swot ? "swot" : Word(kind) + "s",
    };
}
