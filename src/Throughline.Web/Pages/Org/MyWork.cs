using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Model;
using Throughline.Core.Rules;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Organizations;

namespace Throughline.Web.Pages.Org;

/// <summary>A key result whose cadence asks for a check-in: due since <see cref="DueOn"/>, overdue once past the grace of <c>tracking/stale</c>.</summary>
public sealed record DueCheckIn(
    string Id,
    string Title,
    string? ObjectiveId,
    string? ObjectiveTitle,
    string? Unit,
    double? Baseline,
    double? Target,
    double Current,
    double Progress,
    string Status,
    DateOnly? LastCheckIn,
    double? LastConfidence,
    string Cadence,
    DateOnly DueOn,
    bool Overdue,
    bool CanCheckIn);

/// <summary>Something the person owns whose progress is at risk or off track.</summary>
public sealed record OwnedAtRisk(string Kind, string Id, string Title, double Progress, string Status);

/// <summary>An open action of the person due within the week ahead, or already overdue.</summary>
public sealed record DueAction(string Id, string Title, string? InitiativeId, DateOnly Due, bool Overdue);

/// <summary>What one person must do this week, as of a date (docs/rules/tracking/stale.md for when a check-in is due).</summary>
public sealed record MyWorkList(
    string PersonId,
    string? PersonName,
    IReadOnlyList<DueCheckIn> CheckIns,
    IReadOnlyList<OwnedAtRisk> AtRisk,
    IReadOnlyList<DueAction> Actions,
    IReadOnlyList<FindingResponse> Findings)
{
    public int Total => CheckIns.Count + AtRisk.Count + Actions.Count + Findings.Count;
}

/// <summary>Builds <see cref="MyWorkList"/> in one pass over the key results, goals, objectives, actions and findings.</summary>
public static class MyWork
{
    /// <summary>Actions due within this many days count as this week's.</summary>
    public const int ActionWindowDays = 7;

    private static readonly RuleDescriptor Stale = RuleCatalog.Find("tracking/stale")!;

    /// <summary>The work of the caller's person; null when the membership names no person.</summary>
    public static MyWorkList? Build(OrganizationAccess access, OrganizationView view, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(view);
        if (access.PersonId is not { } me)
        {
            return null;
        }

        var result = view.Result;
        var plan = view.Plan;
        var hidden = Permissions.Hidden(access, view);
        var mine = new HashSet<string>(StringComparer.Ordinal) { me };
        var atRisk = new List<OwnedAtRisk>();

        for (var g = 0; g < plan.Goals.Count; g++)
        {
            var goal = plan.Goals[g];
            if (goal.Owner == me)
            {
                mine.Add(goal.Id);
                AddIfAtRisk(atRisk, "Goal", goal.Id, goal.Title, result.Goal(g));
            }
        }

        for (var o = 0; o < plan.Objectives.Count; o++)
        {
            var objective = plan.Objectives[o];
            if (objective.Owner == me && !hidden.Contains(objective.Id))
            {
                mine.Add(objective.Id);
                AddIfAtRisk(atRisk, "Objective", objective.Id, objective.Title, result.Objective(o));
            }
        }

        var checkIns = new List<DueCheckIn>();
        var graph = result.Graph;
        var grace = result.Rules.Parameter(Stale, "grace");
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var keyResult = graph.KeyResult(k);
            var objective = graph.ObjectiveOf(k);
            // A key result nobody owns is its objective owner's to check in.
            if ((keyResult.Owner ?? objective?.Owner) != me || hidden.Contains(keyResult.Id))
            {
                continue;
            }

            mine.Add(keyResult.Id);
            var forecast = result.KeyResult(k);
            AddIfAtRisk(atRisk, "Key result", keyResult.Id, keyResult.Title, new ItemState(forecast.Progress, forecast.Status));
            if (DueOn(forecast, keyResult.Cadence, date) is { } due)
            {
                var cadenceDays = Cadences.Days(keyResult.Cadence);
                checkIns.Add(new DueCheckIn(
                    keyResult.Id,
                    keyResult.Title,
                    objective?.Id,
                    objective?.Title,
                    keyResult.Unit,
                    keyResult.Baseline,
                    keyResult.Target,
                    forecast.Current,
                    forecast.Progress,
                    forecast.Status.Key(),
                    forecast.LastCheckIn,
                    double.IsFinite(forecast.LastConfidence) ? forecast.LastConfidence : null,
                    (keyResult.Cadence ?? Cadences.Default).ToString().ToLowerInvariant(),
                    due,
                    date.DayNumber - due.DayNumber + cadenceDays > cadenceDays * (1 + grace),
                    access.CanWrite && Permissions.CanCheckIn(access, view, keyResult, objective?.Id)));
            }
        }

        foreach (var initiative in plan.Initiatives)
        {
            if (initiative.Owner == me)
            {
                mine.Add(initiative.Id);
            }
        }

        var actions = new List<DueAction>();
        var horizon = date.AddDays(ActionWindowDays);
        foreach (var action in plan.Actions)
        {
            if (action.Owner != me)
            {
                continue;
            }

            mine.Add(action.Id);
            if (!action.Done && action.Due is { } due && due <= horizon)
            {
                actions.Add(new DueAction(action.Id, action.Title, action.Initiative, due, due < date));
            }
        }

        var findings = new List<FindingResponse>();
        foreach (var finding in result.Findings)
        {
            if (mine.Contains(finding.SubjectId) && !Permissions.Conceals(hidden, finding))
            {
                findings.Add(FindingResponse.From(finding));
            }
        }

        // Stable orders: among equals, the plan's own order.
        return new MyWorkList(
            me,
            view.Index.Find<Person>(me)?.Name,
            [.. checkIns.OrderBy(c => c.DueOn)],
            [.. atRisk.OrderBy(a => a.Status == "off-track" ? 0 : 1)],
            [.. actions.OrderBy(a => a.Due)],
            [.. findings.OrderBy(f => SeverityRank(f.Severity))]);
    }

    /// <summary>
    /// The day a check-in of a running key result that is not done fell due: one cadence after its latest
    /// check-in (or its start, with none yet); null when that day is still ahead or the key result is not running.
    /// </summary>
    public static DateOnly? DueOn(KeyResultForecast forecast, Cadence? cadence, DateOnly date)
    {
        var today = date.DayNumber;
        var running = forecast.StartDay != PlanGraph.NoDay && forecast.StartDay <= today
            && (forecast.DueDay == PlanGraph.NoDay || today <= forecast.DueDay);
        var since = forecast.CheckInCount > 0 ? forecast.LastCheckInDay : forecast.StartDay;
        if (!running || since == PlanGraph.NoDay || forecast.Status == ProgressStatus.Done)
        {
            return null;
        }

        var due = since + Cadences.Days(cadence);
        return due <= today ? DateOnly.FromDayNumber(due) : null;
    }

    private static void AddIfAtRisk(List<OwnedAtRisk> list, string kind, string id, string title, ItemState state)
    {
        if (state.Status is ProgressStatus.AtRisk or ProgressStatus.OffTrack)
        {
            list.Add(new OwnedAtRisk(kind, id, title, state.Progress, state.Status.Key()));
        }
    }

    private static int SeverityRank(string severity) => severity switch
    {
        "error" => 0,
        "warning" => 1,
        _ => 2,
    };
}
