namespace Throughline.Core.Silos;

/// <summary>
/// How the organization's units are tied together across their own lines: per unit, per cross-functional
/// team and per pair of departments. Only links to units outside a unit's line count (a team sharing a
/// goal with its own department is not working across the organization). See docs/silos.md.
/// </summary>
public sealed class SiloMap
{
    internal static readonly SiloMap Empty = new([], [], []);

    private readonly Dictionary<string, UnitLinks> byId;

    internal SiloMap(IReadOnlyList<UnitLinks> units, IReadOnlyList<Bridge> bridges, IReadOnlyList<DepartmentLink> departments)
    {
        Units = units;
        Bridges = bridges;
        Departments = departments;
        byId = units.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
    }

    /// <summary>Every unit that carries objectives or initiatives, in plan order.</summary>
    public IReadOnlyList<UnitLinks> Units { get; }

    /// <summary>The cross-functional teams, in plan order.</summary>
    public IReadOnlyList<Bridge> Bridges { get; }

    /// <summary>The pairs of departments with at least one link, in plan order of the first, then the second.</summary>
    public IReadOnlyList<DepartmentLink> Departments { get; }

    /// <summary>The links of one unit; null when it carries no objective and no initiative.</summary>
    public UnitLinks? Find(string unitId) => byId.GetValueOrDefault(unitId);

    /// <summary>The goals served per objective and the units per goal, for the rules.</summary>
    internal ServedGoals? Served { get; init; }
}
