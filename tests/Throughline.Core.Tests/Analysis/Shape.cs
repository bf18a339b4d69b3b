using Throughline.Core.Model;

namespace Throughline.Core.Tests.Analysis;

/// <summary>
/// Small <c>configure</c> callbacks for <see cref="PlanBuilder"/>, so that an engine test states only the
/// numbers it is about: weights, periods, directions and check-ins.
/// </summary>
internal static class Shape
{
    /// <summary>Replaces an objective's links with weighted ones.</summary>
    public static Action<Objective> ContributesTo(params (string Id, double Weight)[] links) =>
        objective => objective.ContributesTo = links.Select(l => new Contribution { Id = l.Id, Weight = l.Weight }).ToList();

    public static Action<Objective> Period(string? start, string? due) =>
        objective =>
        {
            objective.Start = start is null ? null : PlanBuilder.Day(start);
            objective.Due = due is null ? null : PlanBuilder.Day(due);
        };

    public static Action<KeyResult> Weight(double weight) => kr => kr.Weight = weight;

    public static Action<KeyResult> Maintain(double low, double high) =>
        kr =>
        {
            kr.Direction = Direction.Maintain;
            kr.Range = new ValueRange(low, high);
        };

    public static Action<KeyResult> CheckIns(params (string Date, double Value)[] checkIns) =>
        kr => kr.CheckIns.AddRange(checkIns.Select(c => new CheckIn { Date = PlanBuilder.Day(c.Date), Value = c.Value }));

    public static Action<Goal> GoalWeight(double weight) => goal => goal.Weight = weight;

    public static Action<Initiative> Effort(double effort) => initiative => initiative.Effort = effort;

    public static Action<Initiative> Cancelled => initiative => initiative.Status = InitiativeStatus.Cancelled;

    public static Action<PlanAction> Supports(params string[] ids) => action => action.Supports = [.. ids];
}
