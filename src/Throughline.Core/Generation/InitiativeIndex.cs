using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>The generated initiatives as the actions need them.</summary>
internal sealed class InitiativeIndex(int count)
{
    public int Count => Unit.Length;
    public int[] Unit { get; } = new int[count];
    public int[] StartDay { get; } = new int[count];
    public int[] EndDay { get; } = new int[count];
    public InitiativeStatus[] Status { get; } = new InitiativeStatus[count];

    /// <summary>True when the initiative supports an objective or key result on a path to a goal.</summary>
    public bool[] Aligned { get; } = new bool[count];

    /// <summary>Initiatives, not cancelled, with no path to a goal: what <c>gap/orphan-initiative</c> reports.</summary>
    public int Orphans { get; set; }

    public int Unowned { get; set; }
    public int Cycles { get; init; }

    public static string Id(int initiative) => $"I{initiative + 1}";
}
