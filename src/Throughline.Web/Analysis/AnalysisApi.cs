using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Model;
using Throughline.Core.Reports;
using Throughline.Core.Rules;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Analysis;

public sealed record FindingResponse(string RuleId, string Family, string Severity, string SubjectKind, string SubjectId, string Message, string Suggestion);

public sealed record FindingsResponse(string Organization, DateOnly AsOf, int Count, IReadOnlyList<FindingResponse> Findings);

public sealed record ScoresResponse(
    string Organization, DateOnly AsOf, double? LineOfSightCoverage, double? ExecutionCoverage, double OverallProgress,
    IReadOnlyDictionary<string, int> FindingsByFamily);

/// <summary>What the engine says about an organization's plan: findings, scores and the strategy report.</summary>
public static class AnalysisApi
{
    private static readonly Dictionary<string, (ReportFormat Format, string ContentType)> ReportFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = (ReportFormat.Json, "application/json; charset=utf-8"),
        ["markdown"] = (ReportFormat.Markdown, "text/markdown; charset=utf-8"),
        ["html"] = (ReportFormat.Html, "text/html; charset=utf-8"),
        ["text"] = (ReportFormat.Text, "text/plain; charset=utf-8"),
    };

    private static readonly string[] Families = [.. RuleCatalog.Ids.Select(id => id[..id.IndexOf('/', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal)];

    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations/{slug}").WithTags("Analysis");
        group.MapGet("/findings", FindingsAsync);
        group.MapGet("/scores", ScoresAsync);
        group.MapGet("/report", ReportAsync)
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html", "text/plain");
        return app;
    }

    private static async Task<Results<Ok<FindingsResponse>, ValidationProblem, ProblemHttpResult>> FindingsAsync(
        string slug, string? family, string? severity, string? asOf, ThroughlineDb db, PlanCache cache, TimeProvider time, CancellationToken cancellationToken)
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

        if (await db.FindAsync(slug, cancellationToken) is not { } organization)
        {
            return ApiProblems.UnknownOrganization(slug);
        }

        var result = (await cache.GetAsync(organization.Id)).AsOf(date);
        var findings = result.Findings
            .Where(f => family is null || string.Equals(f.Family, family, StringComparison.Ordinal))
            .Where(f => minimum is null || f.Severity >= minimum)
            .Select(f => new FindingResponse(f.RuleId, f.Family, f.Severity.Name(), FindingsJson.KindName(f.SubjectKind), f.SubjectId, f.Message, f.Suggestion))
            .ToList();
        return TypedResults.Ok(new FindingsResponse(slug, date, findings.Count, findings));
    }

    private static async Task<Results<Ok<ScoresResponse>, ValidationProblem, ProblemHttpResult>> ScoresAsync(
        string slug, string? asOf, ThroughlineDb db, PlanCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryParseAsOf(asOf, Today(time), out var date, out var problem))
        {
            return problem!;
        }

        if (await db.FindAsync(slug, cancellationToken) is not { } organization)
        {
            return ApiProblems.UnknownOrganization(slug);
        }

        var scores = (await cache.GetAsync(organization.Id)).AsOf(date).Scores;
        return TypedResults.Ok(new ScoresResponse(slug, date, scores.LineOfSightCoverage, scores.ExecutionCoverage, scores.OverallProgress, scores.FindingsByFamily));
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportAsync(
        string slug, string? format, string? asOf, ThroughlineDb db, PlanCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ReportFormats.TryGetValue(format ?? "json", out var chosen))
        {
            return ApiProblems.BadField("format", $"Unknown report format '{format}'; use json, markdown, html or text.");
        }

        if (!ApiProblems.TryParseAsOf(asOf, Today(time), out var date, out var problem))
        {
            return problem!;
        }

        if (await db.FindAsync(slug, cancellationToken) is not { } organization)
        {
            return ApiProblems.UnknownOrganization(slug);
        }

        var result = (await cache.GetAsync(organization.Id)).AsOf(date);
        return TypedResults.Text(ReportWriter.Render(result, chosen.Format), chosen.ContentType);
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
