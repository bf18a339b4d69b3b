using System.Runtime.CompilerServices;
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
    private readonly Dictionary<string, (IdKind Kind, IdentifiedElement Element)> byId;

    private IdIndex(int capacity)
    {
        byId = new(capacity, StringComparer.Ordinal);
    }

    private readonly record struct Declaration(IdKind Kind, IdentifiedElement Element, int Line, int Column, int Order);

    // Runs once per read over every element: compiled optimized from the start, not first without optimizations.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IdIndex Build(Plan plan, ReadContext context)
    {
        // In file order, so that the first declaration of an id is the one that keeps it; declarations at
        // one place (an alias) in the order of the kinds.
        var declared = Declarations(plan, context);
        if (!IsInFileOrder(declared))
        {
            declared.Sort(static (a, b) => Compare(a, b));
        }

        var index = new IdIndex(declared.Count);
        foreach (var (kind, element, _, _, _) in declared)
        {
            if (!index.byId.TryAdd(element.Id, (kind, element)))
            {
                var first = index.byId[element.Id];
                context.Error(IdLocation(element, context),
                    $"Duplicate id '{element.Id}': {Noun(first.Kind)} at {IdLocation(first.Element, context)} already has it; ids must be unique across the whole file, so rename one of them");
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

    // Listed in the order plan files have the sections, so that a file as the writer writes it needs no
    // sorting: units, people, the vision's success measures, SWOT items, goals, each objective followed by
    // its key results, initiatives, actions. `Order` is the order of the kinds, which breaks ties.
    private static List<Declaration> Declarations(Plan plan, ReadContext context)
    {
        var keyResults = plan.Objectives.Sum(objective => objective.KeyResults.Count);
        var success = plan.Vision?.Success ?? [];
        var units = 0;
        var people = units + plan.Organization.Units.Count;
        var swot = people + plan.Organization.People.Count;
        var goals = swot + plan.Swot.Count;
        var objectives = goals + plan.Goals.Count;
        var objectiveKeyResults = objectives + plan.Objectives.Count;
        var successMeasures = objectiveKeyResults + keyResults;
        var initiatives = successMeasures + success.Count;
        var actions = initiatives + plan.Initiatives.Count;

        var declared = new List<Declaration>(actions + plan.Actions.Count);
        Add(IdKind.Unit, plan.Organization.Units, units);
        Add(IdKind.Person, plan.Organization.People, people);
        Add(IdKind.KeyResult, success, successMeasures);
        Add(IdKind.Swot, plan.Swot, swot);
        Add(IdKind.Goal, plan.Goals, goals);
        var keyResult = objectiveKeyResults;
        for (var i = 0; i < plan.Objectives.Count; i++)
        {
            Declare(IdKind.Objective, plan.Objectives[i], objectives + i);
            Add(IdKind.KeyResult, plan.Objectives[i].KeyResults, keyResult);
            keyResult += plan.Objectives[i].KeyResults.Count;
        }

        Add(IdKind.Initiative, plan.Initiatives, initiatives);
        Add(IdKind.Action, plan.Actions, actions);
        return declared;

        void Add<T>(IdKind kind, List<T> elements, int first)
            where T : IdentifiedElement
        {
            for (var i = 0; i < elements.Count; i++)
            {
                Declare(kind, elements[i], first + i);
            }
        }

        void Declare(IdKind kind, IdentifiedElement element, int order)
        {
            if (element.Id.Length > 0)
            {
                var at = IdLocation(element, context);
                declared.Add(new Declaration(kind, element, at.Line, at.Column, order));
            }
        }
    }

    private static int Compare(Declaration a, Declaration b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line)
        : a.Column != b.Column ? a.Column.CompareTo(b.Column)
        : a.Order.CompareTo(b.Order);

    private static bool IsInFileOrder(List<Declaration> declared)
    {
        for (var i = 1; i < declared.Count; i++)
        {
            if (Compare(declared[i - 1], declared[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
