using Throughline.Core.Analysis;

namespace Throughline.Core.Schedule;

/// <summary>
/// The chain of initiatives that decides when an objective's work can be finished: the supporting
/// initiative with the latest earliest finish, and its driving predecessors back to one that its own
/// start date drives (docs/schedule.md).
/// </summary>
public sealed class ObjectiveCriticalPath
{
    private readonly int[] driver;
    private int[]? path;

    internal ObjectiveCriticalPath(int objective, int start, int end, int length, int finishDay, int dueDay, int[] driver)
    {
        Objective = objective;
        Start = start;
        End = end;
        Length = length;
        FinishDay = finishDay;
        DueDay = dueDay;
        this.driver = driver;
    }

    public int Objective { get; }

    /// <summary>The initiative that starts the path: its own start date, not a dependency, decides when it starts.</summary>
    public int Start { get; }

    /// <summary>The initiative that ends the path: of the objective's supporting initiatives, the one that finishes last.</summary>
    public int End { get; }

    /// <summary>How many initiatives the path has.</summary>
    public int Length { get; }

    /// <summary>The initiatives of the path, first to last; each drives the start of the next.</summary>
    /// <remarks>Built on first use: a long chain costs its length, and most callers never ask.</remarks>
    public IReadOnlyList<int> Path => path ??= Walk();

    public DateOnly EarliestFinish => DateOnly.FromDayNumber(FinishDay);

    public DateOnly? Due => DueDay == PlanGraph.NoDay ? null : DateOnly.FromDayNumber(DueDay);

    /// <summary>Days from the earliest finish to the due date; negative when the path ends after it; null without a due date.</summary>
    public int? SlackDays => DueDay == PlanGraph.NoDay ? null : DueDay - FinishDay;

    public bool IsLate => SlackDays < 0;

    internal int FinishDay { get; }
    internal int DueDay { get; }

    /// <summary>The last <paramref name="count"/> initiatives of the path (fewer if it is shorter), first to last.</summary>
    public IReadOnlyList<int> Tail(int count)
    {
        var tail = new List<int>(Math.Min(count, Length));
        for (var at = End; at >= 0 && tail.Count < count; at = driver[at])
        {
            tail.Add(at);
        }

        tail.Reverse();
        return tail;
    }

    private int[] Walk()
    {
        var chain = new int[Length];
        var at = End;
        for (var n = Length - 1; n >= 0; n--)
        {
            chain[n] = at;
            at = driver[at];
        }

        return chain;
    }
}
