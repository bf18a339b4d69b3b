using Throughline.Core.Generation.Words;
using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// The generated organization as dense arrays: the unit tree, who works where at which level, each unit's
/// capacity, and how many initiatives each unit will run (decided here because a unit's <c>max_initiatives</c>
/// is written with the unit, long before its initiatives). Units are numbered level by level, so a parent comes
/// before its children; people are numbered unit by unit, each unit's head first.
/// </summary>
internal sealed partial class OrgChart
{
    /// <summary>The organization-wide limit on concurrent initiatives, written as <c>organization.max_initiatives</c>.</summary>
    public const int DefaultMaxInitiatives = 6;

    /// <summary>Initiatives added to an over-committed unit on top of its share.</summary>
    public const int ExtraInitiatives = 4;

    public required string CompanyName { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public required int[] LevelWidths { get; init; }

    public int UnitCount => Parent.Length;
    public required int[] Parent { get; init; }
    public required int[] Level { get; init; }

    /// <summary>The unit's department (an index into <see cref="Departments"/>), or -1 for the root.</summary>
    public required int[] DepartmentOf { get; init; }

    public required string[] Name { get; init; }
    public required int[] ChildCount { get; init; }

    /// <summary>The unit's people are <c>[FirstPerson, FirstPerson + HomeCount)</c>; the first is its head.</summary>
    public required int[] FirstPerson { get; init; }

    public required int[] HomeCount { get; init; }
    public required double[] OwnFte { get; init; }
    public required double[] Capacity { get; init; }
    public required int[] InitiativeCount { get; init; }
    public required int?[] MaxInitiatives { get; init; }
    public required bool[] OverCommitted { get; init; }

    public int PersonCount => PersonUnit.Length;
    public required int[] PersonUnit { get; init; }
    public required PersonLevel[] PersonLevel { get; init; }

    public int Executives { get; init; }
    public int Managers { get; init; }

    public bool IsLeaf(int unit) => ChildCount[unit] == 0;

    public int Head(int unit) => FirstPerson[unit];

    /// <summary>Someone of the unit: its head a given share of the time, else anyone of it.</summary>
    public int Member(int unit, SplitMix64 random, double headShare = 0.2) =>
        HomeCount[unit] == 1 || random.Chance(headShare) ? FirstPerson[unit] : FirstPerson[unit] + random.Next(HomeCount[unit]);

    public static string UnitId(int unit) => $"U{unit + 1}";

    public static string PersonId(int person) => $"P{person + 1}";
}
