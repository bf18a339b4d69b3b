using System.Globalization;
using Throughline.Core.Analysis;
using Throughline.Core.Beat;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Organizations;
using Throughline.Web.Pages.Shared;
using Throughline.Web.Plans;

namespace Throughline.Web.Pages.Org;

/// <summary>A link to another item of the plan, with what the item page shows of it.</summary>
public sealed record ItemLink(string Id, string Kind, string Title, string? Status, double? Progress, string? Note, bool Unit = false);

/// <summary>One check-in of a key result, as the chart and its table show it.</summary>
public sealed record CheckInRow(DateOnly Date, double Value, double? Confidence, string? By, string? Note);

/// <summary>What the chart of a key result draws: the check-ins, the plan line and the forecast.</summary>
public sealed record KeyResultChart(
    double? Baseline, double? Target, string? Unit, string Direction, double? Low, double? High, DateOnly? Start, DateOnly? Due, DateOnly AsOf,
    double? Current, double? Projected, DateOnly? TrendFrom, double? TrendFromValue, IReadOnlyList<CheckInRow> CheckIns);

/// <summary>Everything the item page shows of one item, copied out of the analysis.</summary>
public sealed record ItemDetails(
    PlanItemKind Kind,
    string KindName,
    string Id,
    string Title,
    string? Description,
    string? Owner,
    string? OwnerName,
    string? Unit,
    string? UnitName,
    IReadOnlyList<(string Label, string Value)> Facts,
    double? Progress,
    string? Status,
    string? Why,
    KeyResultChart? Chart,
    IReadOnlyList<ItemLink> ContributesTo,
    IReadOnlyList<ItemLink> Contributors,
    IReadOnlyList<FindingResponse> Findings,
    bool CanEdit,
    bool CanCheckIn,
    string? Parent,
    int Version,
    StageAssessment? Stage = null)
{
    private static readonly string[] StatusOrder = ["done", "on-track", "at-risk", "off-track", "not-started"];

    public bool IsKeyResult => Kind == PlanItemKind.KeyResult;

    /// <summary>Reads the item for the caller, or null when it does not exist or the caller may not see it.</summary>
    public static ItemDetails? Read(OrganizationAccess access, OrganizationView view, string id)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Index.Find(id) is not { } found || !Permissions.CanSee(access, view, found) || found.Kind is PlanItemKind.Unit)
        {
            return null;
        }

        var result = view.Result;
        var graph = result.Graph;
        var plan = view.Plan;
        var hidden = Permissions.Hidden(access, view);
        var node = graph.Find(id);
        var facts = new List<(string, string)>();
        var up = new List<ItemLink>();
        var down = new List<ItemLink>();
        string title = id, kindName;
        string? description = null, owner = null, unit = null, why = null, status = null;
        double? progress = null;
        KeyResultChart? chart = null;
        StageAssessment? stage = null;

        ItemLink Link(string target, string? note = null)
        {
            var at = graph.Find(target);
            var (s, p) = at is { } n ? StateOf(result, n) : (null, null);
            var element = view.Index.Find(target);
            return new ItemLink(target, element is null ? "item" : Noun(element.Kind), element is null ? target : TitleOf(element.Element), s, p, note, element?.Kind == PlanItemKind.Unit);
        }

        void Date(string label, DateOnly? date)
        {
            if (date is { } d)
            {
                facts.Add((label, Ui.Date(d)));
            }
        }

        switch (found.Element)
        {
            case Goal goal:
                kindName = "Goal";
                (title, description, owner) = (goal.Title, goal.Description, goal.Owner);
                (status, progress) = StateOf(result, node!.Value);
                why = ParentWhy(result, [.. Contributing(plan, graph, goal.Id, hidden)], "objectives");
                facts.Add(("Area", goal.Area ?? "–"));
                facts.Add(("Priority", goal.Priority?.ToString(CultureInfo.InvariantCulture) ?? "–"));
                Date("Horizon", goal.Horizon);
                up.Add(new ItemLink("vision", "vision", plan.Vision?.Statement ?? "Vision", result.Vision.Status.Key(), result.Vision.Progress, null));
                down.AddRange(plan.Objectives.Where(o => !hidden.Contains(o.Id) && o.ContributesTo.Any(c => c.Id == goal.Id))
                    .Select(o => Link(o.Id, Weight(o.ContributesTo.First(c => c.Id == goal.Id).Weight))));
                break;
            case Objective objective:
                kindName = "Objective";
                (title, description, owner, unit) = (objective.Title, objective.Description, objective.Owner, objective.Unit);
                (status, progress) = StateOf(result, node!.Value);
                var o = node.Value.Index;
                List<NodeRef> parts = [.. Range(graph.KeyResultsOf(o)).Select(k => new NodeRef(ElementKind.KeyResult, k)), .. Contributing(plan, graph, objective.Id, hidden)];
                why = ParentWhy(result, parts, "key results and contributing objectives");
                Date("Start", objective.Start);
                Date("Due", objective.Due);
                facts.Add(("Priority", objective.Priority?.ToString(CultureInfo.InvariantCulture) ?? "–"));
                up.AddRange(objective.ContributesTo.Where(c => !hidden.Contains(c.Id)).Select(c => Link(c.Id, Weight(c.Weight))));
                down.AddRange(objective.KeyResults.Select(k => Link(k.Id)));
                down.AddRange(plan.Objectives.Where(c => !hidden.Contains(c.Id) && c.ContributesTo.Any(l => l.Id == objective.Id)).Select(c => Link(c.Id)));
                down.AddRange(Work(plan, objective.Id).Select(w => Link(w)));
                break;
            case KeyResult kr:
                kindName = "Key result";
                title = kr.Title;
                var k = node!.Value.Index;
                var parentObjective = graph.ObjectiveOf(k);
                owner = kr.Owner ?? parentObjective?.Owner;
                unit = parentObjective?.Unit;
                (status, progress) = StateOf(result, node.Value);
                var forecast = result.KeyResult(k);
                why = KeyResultWhy(kr, forecast, result.AsOf);
                facts.Add(("Baseline", Ui.Number(kr.Baseline) + Suffix(kr.Unit)));
                facts.Add(("Target", kr.EffectiveDirection == Direction.Maintain && kr.Range is { } r ? $"between {Ui.Number(r.Low)} and {Ui.Number(r.High)}{Suffix(kr.Unit)}" : Ui.Number(kr.Target) + Suffix(kr.Unit)));
                facts.Add(("Current", Ui.Number(forecast.CheckInCount > 0 ? forecast.Current : kr.Baseline) + Suffix(kr.Unit)));
                facts.Add(("Direction", kr.EffectiveDirection.ToString().ToLowerInvariant()));
                if (kr.Cadence is { } cadence)
                {
                    facts.Add(("Check-ins", cadence.ToString().ToLowerInvariant()));
                }

                Date("Due", forecast.Due);
                chart = ChartOf(kr, forecast, result.AsOf);
                up.Add(parentObjective is null
                    ? new ItemLink("vision", "vision", plan.Vision?.Statement ?? "Vision", result.Vision.Status.Key(), result.Vision.Progress, "success measure")
                    : Link(parentObjective.Id, Weight(kr.Weight)));
                down.AddRange(Work(plan, kr.Id).Select(w => Link(w)));
                break;
            case Initiative initiative:
                kindName = "Initiative";
                (title, description, owner, unit) = (initiative.Title, initiative.Description, initiative.Owner, initiative.Unit);
                status = initiative.Status == InitiativeStatus.Done ? "done" : null;
                facts.Add(("Status", initiative.Status?.ToString().ToLowerInvariant() ?? "–"));
                facts.Add(("Stage", initiative.Stage?.ToString().ToLowerInvariant() ?? "–"));
                stage = node is { Kind: ElementKind.Initiative } ni && initiative.Status != InitiativeStatus.Cancelled ? BeatStages.Assess(result, ni.Index) : null;
                Date("Start", initiative.Start);
                Date("End", initiative.End);
                facts.Add(("Effort", initiative.Effort is { } effort ? Ui.Number(effort) + " person-weeks" : "–"));
                if (initiative.DependsOn.Count > 0)
                {
                    facts.Add(("Depends on", string.Join(", ", initiative.DependsOn)));
                }

                why = node is { } wi && !result.HasLineOfSight(ElementKind.Initiative, wi.Index)
                    ? "No line of sight: nothing it supports leads to a goal of the vision."
                    : "It supports work that leads to the vision.";
                up.AddRange(initiative.Supports.Where(s => !hidden.Contains(s)).Select(s => Link(s)));
                var actions = plan.Actions.Where(a => a.Initiative == initiative.Id).ToList();
                down.AddRange(actions.Select(a => Link(a.Id, a.Done ? "done" : "open")));
                if (actions.Count > 0)
                {
                    progress = (double)actions.Count(a => a.Done) / actions.Count;
                }

                break;
            case PlanAction action:
                kindName = "Action";
                (title, owner) = (action.Title, action.Owner);
                status = action.Done ? "done" : null;
                facts.Add(("Done", action.Done ? "yes" : "no"));
                Date("Due", action.Due);
                why = node is { } wa && !result.HasLineOfSight(ElementKind.Action, wa.Index)
                    ? "No line of sight: neither the action nor its initiative leads to a goal of the vision."
                    : null;
                if (action.Initiative is { } work)
                {
                    up.Add(Link(work));
                }

                up.AddRange(action.Supports.Where(s => !hidden.Contains(s)).Select(s => Link(s)));
                break;
            case Person person:
                kindName = "Person";
                title = person.Name;
                unit = person.Unit;
                facts.Add(("Level", person.Level?.ToString().ToLowerInvariant() ?? "–"));
                if (person.Manager is { } manager)
                {
                    up.Add(Link(manager, "manager"));
                }

                down.AddRange(plan.Goals.Where(g => g.Owner == person.Id).Select(g => Link(g.Id, "owns")));
                down.AddRange(plan.Objectives.Where(x => x.Owner == person.Id && !hidden.Contains(x.Id)).Select(x => Link(x.Id, "owns")));
                down.AddRange(plan.Objectives.Where(x => !hidden.Contains(x.Id)).SelectMany(x => x.KeyResults).Where(x => x.Owner == person.Id).Select(x => Link(x.Id, "owns")));
                down.AddRange(plan.Initiatives.Where(x => x.Owner == person.Id).Select(x => Link(x.Id, "owns")));
                down.AddRange(plan.Actions.Where(x => x.Owner == person.Id).Select(x => Link(x.Id, "owns")));
                break;
            default:
                kindName = Noun(found.Kind);
                kindName = char.ToUpperInvariant(kindName[0]) + kindName[1..];
                title = TitleOf(found.Element);
                break;
        }

        if (unit is not null)
        {
            up.Insert(0, Link(unit));
        }

        var findings = view.Result.Findings.Where(f => f.SubjectId == id && !Permissions.Conceals(hidden, f)).Select(FindingResponse.From).ToList();
        var canEdit = found.Kind is PlanItemKind.Goal or PlanItemKind.Objective or PlanItemKind.KeyResult or PlanItemKind.Initiative or PlanItemKind.Action
            && Permissions.CanEdit(access, view, found.Kind, found.Element, found.Parent);
        var canCheckIn = found.Element is KeyResult keyResult && Permissions.CanCheckIn(access, view, keyResult, found.Parent);
        var version = view.Versions.GetValueOrDefault(new PlanItemRef(RefKind(found.Kind), id), 1);
        return new ItemDetails(
            found.Kind, kindName, id, title, description, owner, view.Index.Find<Person>(owner)?.Name, unit, view.Index.Find<Unit>(unit)?.Name,
            facts, progress, status, why, chart, up, down, findings, canEdit, canCheckIn, found.Parent, version, stage);
    }

    public static string RefKind(PlanItemKind kind) =>
        ItemKind.Identified.FirstOrDefault(k => k.Kind == kind)?.RefKind ?? kind.ToString().ToLowerInvariant();

    private static (string? Status, double? Progress) StateOf(AnalysisResult result, NodeRef node) => node.Kind switch
    {
        ElementKind.Goal => (result.Goal(node.Index).Status.Key(), result.Goal(node.Index).Progress),
        ElementKind.Objective => (result.Objective(node.Index).Status.Key(), result.Objective(node.Index).Progress),
        ElementKind.KeyResult => (result.KeyResult(node.Index).Status.Key(), result.KeyResult(node.Index).Progress),
        _ => (null, null),
    };

    // What was said of a parent's status in docs/forecast.md, with its children counted.
    private static string ParentWhy(AnalysisResult result, List<NodeRef> children, string what)
    {
        if (children.Count == 0)
        {
            return $"Nothing rolls up into it yet: it has no {what}, so its progress is 0 and it has not started.";
        }

        var counts = children.Select(c => StateOf(result, c).Status).GroupBy(s => s ?? "not-started", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var parts = StatusOrder
            .Where(counts.ContainsKey).Select(s => $"{counts[s]} {AlignmentMap.StatusWord(s).ToLowerInvariant()}");
        return $"Rolled up from {children.Count} {what} ({string.Join(", ", parts)}), each by its weight. "
            + "On track and done count fully, at risk half, off track not at all; not started are left out of the health. "
            + "A health of 80% or more is on track, 50% or more at risk.";
    }

    private static string KeyResultWhy(KeyResult kr, KeyResultForecast forecast, DateOnly asOf)
    {
        var unit = Suffix(kr.Unit);
        if (kr.Target is null && kr.Range is null)
        {
            return "It has no target, so there is nothing to track against.";
        }

        if (forecast.Status == ProgressStatus.Done)
        {
            return $"The latest check-in, {Ui.Number(forecast.Current)}{unit}, reaches the target.";
        }

        if (forecast.CheckInCount == 0)
        {
            return forecast.Status == ProgressStatus.NotStarted
                ? "No check-in yet, and less than a quarter of its period has gone."
                : $"No check-in yet although {Ui.Percent(forecast.Elapsed)} of its period has gone: its pace is 0.";
        }

        var latest = $"Latest check-in {Ui.Number(forecast.Current)}{unit} on {Ui.Date(forecast.LastCheckIn)} ({Ui.Percent(forecast.Progress)} of the way).";
        if (kr.EffectiveDirection == Direction.Maintain)
        {
            return latest + (forecast.Status switch
            {
                ProgressStatus.OffTrack => " It is outside its range.",
                ProgressStatus.AtRisk => $" It is inside its range, but the trend leaves it by the due date ({Ui.Number(forecast.Projected)}{unit}).",
                _ => " It is inside its range.",
            });
        }

        if (double.IsFinite(forecast.Projected))
        {
            return latest + $" The trend of the check-ins ({Ui.Number(forecast.SlopePerDay * 7)}{unit} a week) reaches {Ui.Number(forecast.Projected)}{unit} by {Ui.Date(forecast.Due)}, "
                + $"{Ui.Percent(forecast.ProjectedProgress)} of the target: at 90% or more it is on track, at 70% or more at risk.";
        }

        if (double.IsFinite(forecast.Elapsed) && forecast.Elapsed > 0)
        {
            return latest + $" With one check-in there is no trend yet: {Ui.Percent(forecast.Elapsed)} of the period has gone, a pace of "
                + $"{Ui.Percent(forecast.Progress / forecast.Elapsed)} (90% or more is on track, 70% or more at risk).";
        }

        return latest + $" Without a due date there is no way to tell its pace as of {Ui.Date(asOf)}.";
    }

    private static KeyResultChart ChartOf(KeyResult kr, KeyResultForecast forecast, DateOnly asOf)
    {
        var checkIns = kr.CheckIns.OrderBy(c => c.Date).Select(c => new CheckInRow(c.Date, c.Value, c.Confidence, c.By, c.Note)).ToList();
        var counted = checkIns.Where(c => c.Date <= asOf).ToList();
        DateOnly? start = forecast.StartDay == PlanGraph.NoDay ? null : DateOnly.FromDayNumber(forecast.StartDay);
        DateOnly? trendFrom = null;
        double? trendFromValue = null;
        if (double.IsFinite(forecast.Projected) && double.IsFinite(forecast.SlopePerDay) && forecast.Due is { } due && counted.Count > 0)
        {
            trendFrom = counted[0].Date;
            trendFromValue = forecast.Projected - (forecast.SlopePerDay * (due.DayNumber - counted[0].Date.DayNumber));
        }

        return new KeyResultChart(
            kr.Baseline, kr.Target, kr.Unit, kr.EffectiveDirection.ToString().ToLowerInvariant(), kr.Range?.Low, kr.Range?.High, start, forecast.Due, asOf,
            forecast.CheckInCount > 0 ? forecast.Current : kr.Baseline, double.IsFinite(forecast.Projected) ? forecast.Projected : null, trendFrom, trendFromValue, checkIns);
    }

    private static IEnumerable<NodeRef> Contributing(Plan plan, PlanGraph graph, string id, HashSet<string> hidden) =>
        plan.Objectives.Where(o => !hidden.Contains(o.Id) && o.ContributesTo.Any(c => c.Id == id)).Select(o => graph.Find(o.Id)).OfType<NodeRef>();

    private static IEnumerable<string> Work(Plan plan, string id) =>
        plan.Initiatives.Where(i => i.Supports.Contains(id, StringComparer.Ordinal)).Select(i => i.Id)
            .Concat(plan.Actions.Where(a => a.Supports.Contains(id, StringComparer.Ordinal)).Select(a => a.Id));

    private static IEnumerable<int> Range(System.Range range)
    {
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            yield return k;
        }
    }

    private static string? Weight(double? weight) => weight is { } w && w != 1 ? $"weight {Ui.Number(w)}" : null;

    private static string Suffix(string? unit) => unit is null ? "" : unit == "%" ? "%" : " " + unit;

    public static string Noun(PlanItemKind kind) => kind switch
    {
        PlanItemKind.KeyResult => "key result",
        PlanItemKind.Swot => "SWOT item",
        PlanItemKind.Criterion => "decision criterion",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string TitleOf(IdentifiedElement element) => element switch
    {
        Goal g => g.Title,
        Objective o => o.Title,
        KeyResult k => k.Title,
        Initiative i => i.Title,
        PlanAction a => a.Title,
        Person p => p.Name,
        Unit u => u.Name,
        SwotItem s => s.Text,
        DecisionCriterion c => c.Name ?? c.Id,
        _ => element?.Id ?? "",
    };
}
