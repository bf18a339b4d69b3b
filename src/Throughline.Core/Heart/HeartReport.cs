namespace Throughline.Core.Heart;

/// <summary>The five dimensions of the HEART index (docs/heart.md).</summary>
public enum HeartDimension { Hope, Empowerment, Accountability, Results, Trust }

/// <summary>
/// One ingredient of a dimension's value, for the explanation: its name, its value from 0 to 1 (null when
/// unknown or withheld) and what it was computed from.
/// </summary>
public sealed record HeartPart(string Name, double? Value, string Detail);

/// <summary>
/// One dimension of one unit: the unit's own value (from its own items, people and answers), the value
/// rolled up over the unit and the units below it, weighted by people, and the parts of the own value.
/// Values run from 0 to 1; null means unknown.
/// </summary>
public sealed record HeartValue(HeartDimension Dimension, double? Own, double? Rolled, IReadOnlyList<HeartPart> Parts);

/// <summary>The HEART dimensions of one unit, and its index: the mean of its known rolled-up dimensions.</summary>
public sealed record UnitHeart(string UnitId, string UnitName, string? ParentId, int Depth, int People, IReadOnlyList<HeartValue> Dimensions)
{
    public HeartValue this[HeartDimension dimension] => Dimensions[(int)dimension];

    /// <summary>The mean of the rolled-up values of the dimensions that are known; null when none is.</summary>
    public double? Index
    {
        get
        {
            var known = Dimensions.Where(d => d.Rolled is not null).Select(d => d.Rolled!.Value).ToList();
            return known.Count == 0 ? null : known.Average();
        }
    }
}

/// <summary>The HEART index of every unit of a plan as of one date, units in plan order.</summary>
public sealed record HeartReport(DateOnly AsOf, IReadOnlyList<UnitHeart> Units)
{
    public UnitHeart? Find(string unitId) => Units.FirstOrDefault(u => u.UnitId == unitId);
}
