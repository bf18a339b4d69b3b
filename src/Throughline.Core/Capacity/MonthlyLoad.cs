namespace Throughline.Core.Capacity;

/// <summary>
/// One unit in one month: the person-weeks its initiatives and its sub-units' need (<see cref="Load"/>), its
/// own initiatives' share of that, and what its people have (null when the unit states no capacity).
/// </summary>
public readonly record struct MonthlyLoad(int UnitIndex, DateOnly Month, double Load, double OwnLoad, double? Capacity)
{
    /// <summary>Load as a share of capacity; null without a capacity, or with a capacity of zero.</summary>
    public double? Utilization => Capacity is > 0 and var capacity ? Load / capacity : null;
}

/// <summary>What one initiative adds to a unit's load in one month, in person-weeks and as a share of that load.</summary>
public readonly record struct LoadContribution(int InitiativeIndex, string InitiativeId, double PersonWeeks, double Share);

/// <summary>The most initiatives a unit runs at once, the first day it does, and which (indices in plan order).</summary>
public sealed record ConcurrencyPeak(int Count, DateOnly Date, IReadOnlyList<int> Initiatives);
