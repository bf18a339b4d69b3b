namespace Throughline.Core.Priorities;

/// <summary>
/// One of several initiatives competing for the same capacity, with why it should (or should not) give way.
/// <see cref="Reason"/> reads after the initiative's id: "I3 ranks 3rd of 3 (score 0.65), behind I1 …". It is
/// worded when first read: a finding usually names only the first candidate.
/// </summary>
public sealed class YieldCandidate
{
    private readonly RankedInitiative best;
    private readonly int competing;
    private string? reason;

    internal YieldCandidate(RankedInitiative initiative, RankedInitiative best, int competing)
    {
        Initiative = initiative;
        this.best = best;
        this.competing = competing;
    }

    public RankedInitiative Initiative { get; }

    public string Reason => reason ??= Yielding.Reason(Initiative, best, competing);
}
