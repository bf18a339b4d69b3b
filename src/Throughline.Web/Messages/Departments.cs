using Throughline.Core.Model;

namespace Throughline.Web.Messages;

/// <summary>
/// The departments a message cascades to: the units directly under the organization's top unit; when the plan
/// has several top units, or one with nothing under it, the top units themselves. Every other unit belongs to
/// the department above it; people in the top unit itself belong to none (docs/messages.md).
/// </summary>
public sealed class Departments
{
    private readonly Dictionary<string, string> departmentOfUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> units;
    private readonly Plan plan;

    private Departments(Plan plan)
    {
        this.plan = plan;
        units = plan.Organization.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var roots = plan.Organization.Units.Where(u => u.Parent is null || !units.ContainsKey(u.Parent)).ToList();
        var childrenOfRoot = roots.Count == 1 ? plan.Organization.Units.Where(u => u.Parent == roots[0].Id).ToList() : [];
        All = childrenOfRoot.Count > 0 ? childrenOfRoot : roots;
        var departmentIds = All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in plan.Organization.Units)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var current = unit;
            while (current is not null && seen.Add(current.Id))
            {
                if (departmentIds.Contains(current.Id))
                {
                    departmentOfUnit[unit.Id] = current.Id;
                    break;
                }

                current = current.Parent is { } parent ? units.GetValueOrDefault(parent) : null;
            }
        }
    }

    /// <summary>The departments, in plan order.</summary>
    public IReadOnlyList<Unit> All { get; }

    public static Departments Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Departments(plan);
    }

    /// <summary>The department a unit belongs to, or null for the top unit and units outside any department.</summary>
    public string? OfUnit(string? unit) => unit is not null ? departmentOfUnit.GetValueOrDefault(unit) : null;

    public string Name(string department) => units.TryGetValue(department, out var unit) && unit.Name.Length > 0 ? unit.Name : department;

    /// <summary>The level a person counts at: their own, or frontline when the plan gives none.</summary>
    public static PersonLevel LevelOf(Person person) => person?.Level ?? PersonLevel.Frontline;

    /// <summary>The people of a department at one level, in plan order.</summary>
    public IEnumerable<Person> People(string department, PersonLevel level) =>
        plan.Organization.People.Where(p => OfUnit(p.Unit) == department && LevelOf(p) == level);

    /// <summary>
    /// Who answers for a department's talking points: the people of the department's own unit at its highest
    /// level present (executives before managers).
    /// </summary>
    public IReadOnlyList<string> Heads(string department)
    {
        var own = plan.Organization.People.Where(p => p.Unit == department && LevelOf(p) != PersonLevel.Frontline).ToList();
        var top = own.Count == 0 ? (PersonLevel?)null : own.Min(LevelOf);
        return [.. own.Where(p => LevelOf(p) == top).Select(p => p.Id)];
    }

    /// <summary>The levels of the cascade, in order, as the API names them.</summary>
    public static readonly PersonLevel[] Levels = [PersonLevel.Executive, PersonLevel.Manager, PersonLevel.Frontline];

    public static string LevelName(PersonLevel level) => level.ToString().ToLowerInvariant();

    public static bool TryParseLevel(string? text, out PersonLevel level)
    {
        level = default;
        return text is not null && Levels.Any(l => LevelName(l) == text) && Enum.TryParse(text, ignoreCase: true, out level);
    }
}
