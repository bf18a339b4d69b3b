namespace Throughline.Core.Priorities;

/// <summary>The level of the priority hierarchy an initiative falls in: the top, middle or bottom third of the ranking.</summary>
public enum PriorityTier { First, Second, Third }

public static class PriorityTierText
{
    public static string Label(this PriorityTier tier) => tier switch
    {
        PriorityTier.First => "first",
        PriorityTier.Second => "second",
        _ => "third",
    };
}
