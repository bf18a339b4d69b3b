using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Accounts;
using Throughline.Web.Hosting;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

public sealed record PlanCounts(int Units, int People, int Goals, int Objectives, int KeyResults, int Initiatives, int Actions);

public sealed record PlanImportResponse(string Organization, bool DryRun, PlanChanges Changes, PlanCounts Plan);

public sealed record PlanErrorResponse(int Line, int Column, string Message, string? Suggestion);

/// <summary>The whole plan of an organization as a plan file: export (GET) and import (PUT, with a dry run).</summary>
public static class PlansApi
{
    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"];

    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/plan", "Plan");
        group.MapGet("/", ExportAsync).Produces<string>(StatusCodes.Status200OK, "application/yaml");
        group.MapPut("/", ImportAsync).Accepts<string>("application/yaml", "text/plain").WithMetadata(new PlanUploadAttribute());
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(HttpContext http, PlanStore store, CancellationToken cancellationToken)
    {
        var access = http.Access();
        if (!MayExchange(access))
        {
            return ApiProblems.Forbidden(ExportForbidden);
        }

        return TypedResults.Text(await WriteFileAsync(store, access, cancellationToken), YamlContentType);
    }

    private static async Task<Results<Ok<PlanImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpContext http, PlanStore store, ServerLimits limits, bool? dryRun, CancellationToken cancellationToken)
    {
        var access = http.Access();
        var slug = access.Slug;
        if (!MayExchange(access))
        {
            return ApiProblems.Forbidden(ImportForbidden);
        }

        var (text, problem) = await RequestBody.ReadAsync(http.Request, limits.PlanBytes, YamlTypes, "application/yaml");
        if (problem is not null)
        {
            return problem;
        }

        var read = PlanReader.Read(text!, $"{slug}.plan.yaml");
        if (!read.Succeeded)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The plan file is not valid.",
                detail: $"The plan file has {read.Errors.Count} error(s); nothing was changed. The first: {read.Errors[0]}",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["errors"] = read.Errors.Select(e => new PlanErrorResponse(e.Location.Line, e.Location.Column, e.Message, e.Suggestion)).ToList(),
                });
        }

        var plan = read.Plan!;
        var changes = await store.ImportAsync(access.OrganizationId, plan, dryRun ?? false, access.Actor, access.UserId, cancellationToken);
        return TypedResults.Ok(new PlanImportResponse(slug, dryRun ?? false, changes, Count(plan)));
    }

    public const string YamlContentType = "application/yaml; charset=utf-8";

    public const string ExportForbidden = "The whole plan file, private objectives included, is for admins and owners; read the items you may see through their own endpoints.";

    public const string ImportForbidden = "Importing a plan file replaces the whole plan; only admins and owners may.";

    /// <summary>Whether the member may export the whole plan file and import one (docs/permissions.md): admins and owners.</summary>
    public static bool MayExchange(OrganizationAccess access) => access?.IsAtLeast(OrganizationRole.Admin) == true;

    /// <summary>The organization's plan file as the database holds it; the caller has checked <see cref="MayExchange"/>.</summary>
    internal static async Task<string> WriteFileAsync(PlanStore store, OrganizationAccess access, CancellationToken cancellationToken) =>
        PlanWriter.Write(await store.LoadAsync(access.OrganizationId, cancellationToken));

    public static PlanCounts Count(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanCounts(
            plan.Organization.Units.Count,
            plan.Organization.People.Count,
            plan.Goals.Count,
            plan.Objectives.Count,
            plan.Objectives.Sum(o => o.KeyResults.Count) + (plan.Vision?.Success.Count ?? 0),
            plan.Initiatives.Count,
            plan.Actions.Count);
    }
}
