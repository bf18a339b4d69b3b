using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Core.Reports;
using Throughline.Core.Reports.Packet;
using Throughline.Core.Rules;
using Throughline.Web.Hosting;
using Throughline.Web.Items;
using Throughline.Web.Messages;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;

namespace Throughline.Web.Analysis;

public sealed record FindingResponse(string RuleId, string Family, string Severity, string SubjectKind, string SubjectId, string Message, string Suggestion)
{
    public static FindingResponse From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.RuleId, finding.Family, finding.Severity.Name(), FindingsJson.KindName(finding.SubjectKind), finding.SubjectId, finding.Message, finding.Suggestion);
    }
}

public sealed record FindingsResponse(string Organization, DateOnly AsOf, int Count, IReadOnlyList<FindingResponse> Findings);

public sealed record ScoresResponse(
    string Organization, DateOnly AsOf, double? LineOfSightCoverage, double? ExecutionCoverage, double OverallProgress,
    IReadOnlyDictionary<string, int> FindingsByFamily);

/// <summary>What the engine says about an organization's plan: findings, scores, the alignment tree, line of sight and the strategy report.</summary>
public static class AnalysisApi
{
    private static readonly Dictionary<string, (ReportFormat Format, string ContentType)> ReportFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = (ReportFormat.Json, "application/json; charset=utf-8"),
        ["markdown"] = (ReportFormat.Markdown, "text/markdown; charset=utf-8"),
        ["html"] = (ReportFormat.Html, "text/html; charset=utf-8"),
        ["text"] = (ReportFormat.Text, "text/plain; charset=utf-8"),
    };

    private static readonly string[] Families = [.. RuleCatalog.SettableIds.Select(id => id[..id.IndexOf('/', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal)];

    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("", "Analysis");
        group.MapGet("/findings", FindingsAsync).WithSummary("Findings of the analysis and the communication findings; filter by family, minimum severity and unit (with the units below it).");
        group.MapGet("/scores", ScoresAsync);
        group.MapGet("/alignment", AlignmentAsync).WithSummary("The vision, goals and the objectives under them, with key results, work, progress and status.");
        group.MapGet("/line-of-sight/{id}", LineOfSightAsync).WithSummary("How an item, or everything a person owns ('me' for yourself), connects to the vision.");
        group.MapGet("/report", ReportAsync)
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html", "text/plain")
            .WithSummary("The strategy report, or with format=packet the printable quarterly review packet (quarter=2026Q4, paper=a4|letter).");
        return app;
    }

    private static async Task<Results<Ok<FindingsResponse>, ValidationProblem, ProblemHttpResult>> FindingsAsync(
        HttpContext http, string? family, string? severity, string? unit, string? asOf, PlanCache cache, MessageBook messages, TimeProvider time)
    {
        if (family is not null && !Families.Contains(family, StringComparer.Ordinal))
        {
            return ApiProblems.BadField("family", $"Unknown rule family '{family}'; use one of {string.Join(", ", Families)}.");
        }

        Severity? minimum = null;
        if (severity is not null)
        {
            if (!Enum.TryParse<Severity>(severity, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(severity, out _))
            {
                return ApiProblems.BadField("severity", $"Unknown severity '{severity}'; use info, warning or error.");
            }

            minimum = parsed;
        }

        if (!ApiProblems.TryParseAsOf(asOf, Today(time), out var date, out var problem))
        {
            return problem!;
        }

        var access = http.Access();
        var communication = family is null or CommunicationFindings.Family
            ? await messages.FindingsAsync(access, date, http.RequestAborted)
            : [];
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(date, view =>
        {
            if (unit is not null && view.Index.Find(unit) is not { Kind: PlanItemKind.Unit })
            {
                return (Results<Ok<FindingsResponse>, ValidationProblem, ProblemHttpResult>)ApiProblems.BadField("unit", $"There is no unit '{unit}' in this organization.");
            }

            var units = unit is null ? null : view.Index.UnitAndBelow(unit, view.Plan);
            var hidden = Permissions.Hidden(access, view);
            var findings = view.Result.Findings
                .Where(f => family is null || string.Equals(f.Family, family, StringComparison.Ordinal))
                .Where(f => minimum is null || f.Severity >= minimum)
                .Where(f => !Permissions.Conceals(hidden, f))
                .Where(f => units is null || (UnitOf(view, f) is { } u && units.Contains(u)))
                .Select(FindingResponse.From)
                .Concat(communication
                    .Where(f => (units is null || units.Contains(f.Department)) && (minimum is null || f.Severity >= minimum))
                    .Select(f => f.Finding))
                .ToList();
            return TypedResults.Ok(new FindingsResponse(access.Slug, date, findings.Count, findings));
        });
    }

    private static async Task<Results<Ok<ScoresResponse>, ValidationProblem>> ScoresAsync(HttpContext http, string? asOf, PlanCache cache, TimeProvider time)
    {
        if (!ApiProblems.TryParseAsOf(asOf, Today(time), out var date, out var problem))
        {
            return problem!;
        }

        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        var scores = state.Read(date, view => view.Result.Scores);
        return TypedResults.Ok(new ScoresResponse(access.Slug, date, scores.LineOfSightCoverage, scores.ExecutionCoverage, scores.OverallProgress, scores.FindingsByFamily));
    }

    private static async Task<Results<Ok<AlignmentTree>, ValidationProblem>> AlignmentAsync(HttpContext http, string? asOf, PlanCache cache, TimeProvider time)
    {
        if (!ApiProblems.TryParseAsOf(asOf, Today(time), out var date, out var problem))
        {
            return problem!;
        }

        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        return TypedResults.Ok(state.Read(date, view =>
        {
            var tree = AlignmentTree.From(view.Result);
            var hidden = Permissions.Hidden(access, view);
            return hidden.Count == 0 ? tree : tree with
            {
                Goals = [.. tree.Goals.Select(g => g with { Objectives = Visible(g.Objectives, hidden) })],
                ObjectivesWithoutGoal = Visible(tree.ObjectivesWithoutGoal, hidden),
            };
        }));
    }

    private static async Task<IResult> LineOfSightAsync(HttpContext http, string id, PlanCache cache)
    {
        var access = http.Access();
        if (id == "me" && access.PersonId is null)
        {
            return ApiProblems.Conflict("id", "Your membership names no person of the plan, so you own no work yet; ask an admin to link you to your person.");
        }

        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read<IResult>(null, view =>
        {
            var subject = id == "me" ? access.PersonId! : id;
            var found = view.Index.Find(subject);
            if (found is null || !Permissions.CanSee(access, view, found) || found.Kind is PlanItemKind.Unit or PlanItemKind.Swot or PlanItemKind.Criterion)
            {
                return ApiProblems.UnknownItem("goal, objective, key result, initiative, action or person", subject);
            }

            var hidden = Permissions.Hidden(access, view);
            if (found.Kind == PlanItemKind.Person)
            {
                var owned = Owned(view.Plan, subject).Where(item => !hidden.Contains(item.Id)).Select(item => Sight(view, item.Id, hidden)).ToList();
                return TypedResults.Ok(new PersonLineOfSight(subject, ((Person)found.Element).Name, owned.Count(o => o.Aligned), owned));
            }

            return TypedResults.Ok(Sight(view, subject, hidden));
        });
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportAsync(
        HttpContext http, string? format, string? asOf, string? quarter, string? paper, PlanCache cache, TimeProvider time)
    {
        var packet = string.Equals(format, "packet", StringComparison.OrdinalIgnoreCase);
        if (!packet && !ReportFormats.TryGetValue(format ?? "json", out _))
        {
            return ApiProblems.BadField("format", $"Unknown report format '{format}'; use json, markdown, html, text or packet.");
        }

        if (!ApiProblems.TryParseAsOf(asOf, Today(time), out var date, out var problem))
        {
            return problem!;
        }

        var review = ReviewQuarter.Containing(date);
        if (quarter is not null && (!ReviewQuarter.TryParse(quarter, out review) || review.Start > date))
        {
            return ApiProblems.BadField("quarter", $"'{quarter}' is not a quarter that has begun by {date:yyyy-MM-dd}; write it as YYYYQn, for example 2026Q4.");
        }

        var size = PaperSize.A4;
        if (paper is not null && (int.TryParse(paper, out _) || !Enum.TryParse(paper, ignoreCase: true, out size) || !Enum.IsDefined(size)))
        {
            return ApiProblems.BadField("paper", $"Unknown paper '{paper}'; use a4 or letter.");
        }

        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(date, view => Permissions.Hidden(access, view).Count > 0
            ? (Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>)ApiProblems.Forbidden(
                "The full report covers private objectives you may not see; read the findings, scores and alignment tree, which leave them out, or ask an admin for the report.")
            : packet
                ? TypedResults.Text(PacketWriter.Render(view.Result, review, WebAssets.ECharts, size), "text/html; charset=utf-8")
                : TypedResults.Text(ReportWriter.Render(view.Result, ReportFormats[format ?? "json"].Format), ReportFormats[format ?? "json"].ContentType));
    }

    private static ItemLineOfSight Sight(OrganizationView view, string id, HashSet<string> hidden)
    {
        var graph = view.Result.Graph;
        var node = graph.Find(id)!.Value;
        var paths = LineOfSight.PathsToVision(view.Result, node)
            .Select(path => (IReadOnlyList<string>)[.. path.Select(step => hidden.Contains(step) ? "private" : step)])
            .ToList();
        var found = view.Index.Find(id)!;
        var title = found.Element switch
        {
            Goal g => g.Title,
            Objective o => o.Title,
            KeyResult k => k.Title,
            Initiative i => i.Title,
            PlanAction a => a.Title,
            _ => id,
        };
        return new ItemLineOfSight(FindingsJson.KindName(node.Kind), id, title, paths.Count > 0, paths);
    }

    private static IEnumerable<IdentifiedElement> Owned(Plan plan, string person) =>
        plan.Objectives.Where(o => o.Owner == person).Cast<IdentifiedElement>()
            .Concat(plan.Objectives.SelectMany(o => o.KeyResults).Concat(plan.Vision?.Success ?? []).Where(k => k.Owner == person))
            .Concat(plan.Initiatives.Where(i => i.Owner == person))
            .Concat(plan.Actions.Where(a => a.Owner == person));

    private static IReadOnlyList<ObjectiveNode> Visible(IReadOnlyList<ObjectiveNode> nodes, HashSet<string> hidden) =>
        [.. nodes.Where(n => !hidden.Contains(n.Id)).Select(n => n with { Contributors = Visible(n.Contributors, hidden) })];

    /// <summary>The unit a finding is about: the unit itself, or the unit of the item or its owner.</summary>
    internal static string? UnitOf(OrganizationView view, Finding finding)
    {
        var index = view.Index;
        string? OwnerUnit(string? person) => index.Find<Person>(person)?.Unit;
        return finding.SubjectKind switch
        {
            ElementKind.Unit => finding.SubjectId,
            ElementKind.Person => OwnerUnit(finding.SubjectId),
            ElementKind.Objective => index.Find<Objective>(finding.SubjectId) is { } o ? o.Unit ?? OwnerUnit(o.Owner) : null,
            ElementKind.KeyResult => index.Find(finding.SubjectId) is { Parent: { } parent } && index.Find<Objective>(parent) is { } owner ? owner.Unit ?? OwnerUnit(owner.Owner) : null,
            ElementKind.Initiative => index.Find<Initiative>(finding.SubjectId) is { } i ? i.Unit ?? OwnerUnit(i.Owner) : null,
            ElementKind.Action => index.Find<PlanAction>(finding.SubjectId) is { } a
                ? (index.Find<Initiative>(a.Initiative) is { } work ? work.Unit ?? OwnerUnit(work.Owner) : OwnerUnit(a.Owner))
                : null,
            _ => null,
        };
    }

    internal static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}

public sealed record ItemLineOfSight(string Kind, string Id, string Title, bool Aligned, IReadOnlyList<IReadOnlyList<string>> Paths);

public sealed record PersonLineOfSight(string Person, string Name, int Aligned, IReadOnlyList<ItemLineOfSight> Items);
