using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>What an id names; all kinds share one namespace per file.</summary>
internal enum IdKind
{
    Unit,
    Person,
    Swot,
    Goal,
    Objective,
    KeyResult,
    Initiative,
    Action,
}

/// <summary>Every id declared in a plan, by kind, with where it is declared; reports duplicates while building.</summary>
internal sealed class IdIndex
{
    private readonly Dictionary<string, (IdKind Kind, IdentifiedElement Element)> byId = new(StringComparer.Ordinal);

    private IdIndex()
    {
    }

    public static IdIndex Build(Plan plan, ReadContext context)
    {
        var declared = Declarations(plan)
            .Where(declaration => declaration.Element.Id.Length > 0)
            .OrderBy(declaration => IdLocation(declaration.Element, context).Line)
            .ThenBy(declaration => IdLocation(declaration.Element, context).Column)
            .ToList();

        var index = new IdIndex();
        foreach (var (kind, element) in declared)
        {
            if (index.byId.TryGetValue(element.Id, out var first))
            {
                context.Error(IdLocation(element, context),
                    $"Duplicate id '{element.Id}': {Noun(first.Kind)} at {IdLocation(first.Element, context)} already has it; ids must be unique across the whole file, so rename one of them");
            }
            else
            {
                index.byId[element.Id] = (kind, element);
            }
        }

        return index;
    }

    public bool TryFind(string id, out IdKind kind, out IdentifiedElement element)
    {
        var found = byId.TryGetValue(id, out var entry);
        (kind, element) = entry;
        return found;
    }

    public IEnumerable<string> IdsOf(IReadOnlyCollection<IdKind> kinds) =>
        byId.Where(pair => kinds.Contains(pair.Value.Kind)).Select(pair => pair.Key);

    /// <summary>The first element declared with an id, if it is of the given kind.</summary>
    public T? Find<T>(string id)
        where T : IdentifiedElement =>
        byId.TryGetValue(id, out var entry) ? entry.Element as T : null;

    public static string Noun(IdKind kind) => kind switch
    {
        IdKind.Swot => "the SWOT item",
        IdKind.KeyResult => "the key result",
        _ => "the " + kind.ToString().ToLowerInvariant(),
    };

    private static SourceLocation IdLocation(IdentifiedElement element, ReadContext context) =>
        element.LocationOf("id") ?? context.FileStart;

    private static IEnumerable<(IdKind Kind, IdentifiedElement Element)> Declarations(Plan plan)
    {
        var keyResults = plan.Objectives.SelectMany(objective => objective.KeyResults)
            .Concat(plan.Vision?.Success ?? []);
        return plan.Organization.Units.Select(unit => (IdKind.Unit, (IdentifiedElement)unit))
            .Concat(plan.Organization.People.Select(person => (IdKind.Person, (IdentifiedElement)person)))
            .Concat(plan.Swot.Select(item => (IdKind.Swot, (IdentifiedElement)item)))
            .Concat(plan.Goals.Select(goal => (IdKind.Goal, (IdentifiedElement)goal)))
            .Concat(plan.Objectives.Select(objective => (IdKind.Objective, (IdentifiedElement)objective)))
            .Concat(keyResults.Select(keyResult => (IdKind.KeyResult, (IdentifiedElement)keyResult)))
            .Concat(plan.Initiatives.Select(initiative => (IdKind.Initiative, (IdentifiedElement)initiative)))
            .Concat(plan.Actions.Select(action => (IdKind.Action, (IdentifiedElement)action)));
    }
}
