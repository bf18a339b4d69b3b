namespace Throughline.Core.Heart;

/// <summary>How one unit's dimension (or, with no dimension, its index) moved between two HEART reports.</summary>
public sealed record HeartChange(string UnitId, HeartDimension? Dimension, double? Earlier, double? Later)
{
    /// <summary>Later minus earlier; null when either is unknown.</summary>
    public double? Change => Earlier is { } e && Later is { } l ? l - e : null;
}

/// <summary>Compares two HEART reports of the same plan, typically computed as of two dates.</summary>
public static class HeartTrend
{
    /// <summary>Per unit of the later report: its index, then each dimension's rolled-up value, earlier and later.</summary>
    public static IReadOnlyList<HeartChange> Between(HeartReport earlier, HeartReport later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var changes = new List<HeartChange>();
        foreach (var unit in later.Units)
        {
            var before = earlier.Find(unit.UnitId);
            changes.Add(new HeartChange(unit.UnitId, null, before?.Index, unit.Index));
            foreach (var value in unit.Dimensions)
            {
                changes.Add(new HeartChange(unit.UnitId, value.Dimension, before?[value.Dimension].Rolled, value.Rolled));
            }
        }

        return changes;
    }
}
