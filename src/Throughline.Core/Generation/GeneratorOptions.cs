namespace Throughline.Core.Generation;

/// <summary>
/// What to generate: an organization of <paramref name="People"/> people, its random choices drawn from
/// <paramref name="Seed"/>, its check-ins running up to <paramref name="AsOf"/>. The same three values always give
/// the same plan, byte for byte.
/// </summary>
public sealed record GeneratorOptions(int People, long Seed, DateOnly AsOf)
{
    /// <summary>Below this there is no room for departments, teams and a cascade.</summary>
    public const int MinPeople = 20;

    /// <summary>Ten times the largest organization benchmarked; beyond it the file would run to gigabytes.</summary>
    public const int MaxPeople = 1_000_000;

    /// <summary>A fixed date, never today, so that the output does not depend on the day it is generated.</summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 11, 15);

    public GeneratorOptions(int people, long seed)
        : this(people, seed, DefaultAsOf)
    {
    }
}
