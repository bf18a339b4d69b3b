using System.Globalization;
using Throughline.Core.Model;
using Throughline.Core.Priorities;
using Throughline.Core.Schedule;

namespace Throughline.Core.Reports;

/// <summary>How every renderer words the planning sections' figures, so the formats read alike.</summary>
internal static class PlanningFigures
{
    /// <summary>Person-weeks to one decimal, as the capacity findings write them: 4.1, 8.9, 8.</summary>
    public static string Weeks(double personWeeks) => personWeeks.ToString("#,0.#", CultureInfo.InvariantCulture);

    /// <summary>"4.1 / 8.9" with a capacity, "4.1 / -" without one.</summary>
    public static string LoadOfCapacity(CapacityCell cell, string separator = " / ") =>
        $"{Weeks(cell.Load)}{separator}{(cell.Capacity is { } capacity ? Weeks(capacity) : "-")}";

    /// <summary>The fill as a percentage; "n/a" without a capacity or with a capacity of 0.</summary>
    public static string Fill(CapacityCell cell) => Figures.Share(cell.Fill);

    public static string Limit(ConcurrencyLine line) => line.LimitSource switch
    {
        LimitSource.Unit => $"{Figures.Number(line.Limit)} (the unit's)",
        LimitSource.Organization => $"{Figures.Number(line.Limit)} (the organization's)",
        _ => $"{Figures.Number(line.Limit)} (the rule's default)",
    };

    /// <summary>"late by 10 days", "5 days of slack", "no due date".</summary>
    public static string Slack(ObjectiveSchedule objective) => objective.SlackDays switch
    {
        null => "no due date",
        int late when late < 0 => $"late by {ScheduleText.Days(-late)}",
        int slack => $"{ScheduleText.Days(slack)} of slack",
    };

    /// <summary>"I1 (2026-01-30) → … (3 more) → I5 (2026-04-02)": each step with its earliest finish.</summary>
    public static string Path(ObjectiveSchedule objective) =>
        Chain(objective.CriticalPath.Select(s => $"{s.InitiativeId} ({Figures.Date(s.EarliestFinish)})").ToList(), objective.StepsNotShown);

    /// <summary>"I3 → I5 → I9 → I3".</summary>
    public static string Path(CycleLine cycle) => Chain(cycle.Path, cycle.StepsNotShown);

    /// <summary>The members of a cycle's knot that its path does not pass through: "I7, I8 and 3 more"; empty when none.</summary>
    public static string OffPath(CycleLine cycle) =>
        cycle.OffPath.Count == 0 ? ""
        : string.Join(", ", cycle.OffPath) + (cycle.OffPathNotShown > 0 ? $" and {cycle.OffPathNotShown} more" : "");

    /// <summary>Steps joined by arrows; a shortened chain keeps its first step, then says how many are left out.</summary>
    private static string Chain(IReadOnlyList<string> steps, int notShown) =>
        notShown == 0 || steps.Count == 0
            ? string.Join(" → ", steps)
            : $"{steps[0]} → … ({notShown} more) → {string.Join(" → ", steps.Skip(1))}";

    public static string Score(double score) => ScoreText.Number(score);

    /// <summary>"alignment 3 (computed), impact 3, effort 1 (lower is better)".</summary>
    public static string Criteria(PrioritySection priorities) =>
        string.Join(", ", priorities.Criteria.Select(c =>
            $"{c.Id} {ScoreText.Number(c.Weight)}{(c.Computed ? " (computed)" : c.Better == CriterionPreference.Lower ? " (lower is better)" : "")}"));

    /// <summary>
    /// One criterion of an initiative's score with its arithmetic, as the ranking's explanations write it:
    /// "alignment 5, serves G1 (priority 1 of 2): 1 × 3 / 10 = 0.3", "effort 4, lower is better: 0.25 × 1 / 10 = 0.025".
    /// </summary>
    public static string Explanation(ScoreLine score, CriterionLine criterion, double totalWeight)
    {
        var raw = score.Raw is { } value ? $"{score.CriterionId} {ScoreText.Number(value)}" : $"{score.CriterionId} not scored";
        var why = criterion.Computed ? $", {score.Reason}"
            : criterion.Better == CriterionPreference.Lower ? ", lower is better"
            : "";
        return $"{raw}{why}: {ScoreText.Number(score.Normalized)} × {ScoreText.Number(score.Weight)} / {ScoreText.Number(totalWeight)} " +
            $"= {ScoreText.Number(score.Contribution)}";
    }

    /// <summary>The explanation lines of a ranked initiative, one per criterion.</summary>
    public static IEnumerable<string> Explanations(PrioritySection priorities, RankedLine line) =>
        line.Criteria.Select((score, c) => Explanation(score, priorities.Criteria[c], priorities.TotalWeight));

    public static string Ordinal(int rank) => ScoreText.Ordinal(rank);

    /// <summary>"22.5 of 12 person-weeks, 187%" (no percentage for a capacity of 0).</summary>
    public static string Overload(YieldGroup group) =>
        $"{Weeks(group.Load)} of {Weeks(group.Capacity)} person-weeks" +
        (group.Capacity > 0 ? $", {Figures.Percent(group.Load / group.Capacity)}" : "");
}
