using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Core.Interop;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Accounts;
using Throughline.Web.Hosting;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

public sealed record PlanCounts(int Units, int People, int Goals, int Objectives, int KeyResults, int Initiatives, int Actions);

public sealed record PlanImportResponse(
    string Organization, bool DryRun, string Format, string Mode, PlanChanges Changes, PlanCounts Plan, IReadOnlyList<PlanNoteResponse> Notes);

/// <summary>Something the importer of a StratML, CSV or Markdown file skipped or guessed; column 0 names a table row.</summary>
public sealed record PlanNoteResponse(string File, int Line, int Column, string Severity, string Message);

public sealed record PlanErrorResponse(int Line, int Column, string Message, string? Suggestion);

/// <summary>The whole plan of an organization as a plan file: export (GET) and import (PUT, with a dry run).</summary>
public static class PlansApi
{
    private static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"];
    private static readonly string[] XmlTypes = ["application/xml", "text/xml"];
    private static readonly string[] CsvTypes = ["text/csv", "text/tab-separated-values"];
    private static readonly string[] MarkdownTypes = ["text/markdown", "text/x-markdown"];
    private static readonly string[] MediaTypes = [.. YamlTypes, .. XmlTypes, .. CsvTypes, .. MarkdownTypes];

    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/plan", "Plan");
        group.MapGet("/", ExportAsync).Produces<string>(StatusCodes.Status200OK, "application/yaml");
        group.MapPut("/", ImportAsync).Accepts<string>("application/yaml", "text/plain", "application/xml", "text/xml", "text/csv", "text/markdown").WithMetadata(new PlanUploadAttribute());
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
        HttpContext http, PlanStore store, ServerLimits limits, TimeProvider time, bool? dryRun, string? format, string? mode, CancellationToken cancellationToken)
    {
        var access = http.Access();
        var slug = access.Slug;
        if (!MayExchange(access))
        {
            return ApiProblems.Forbidden(ImportForbidden);
        }

        // The query parameter wins over the media type, for clients that can only send text/plain.
        PlanFormat chosen;
        if (format is not null)
        {
            if (!Enum.TryParse(format, ignoreCase: true, out chosen) || int.TryParse(format, out _))
            {
                return ApiProblems.Invalid("format", $"'{format}' is not a format; use yaml, stratml, csv or markdown (or leave it out and say the format with Content-Type).");
            }
        }
        else
        {
            chosen = FormatOfMediaType(http.Request.ContentType) ?? PlanFormat.Yaml;
        }

        var importMode = PlanFile.DefaultMode(chosen);
        if (mode is not null && (!Enum.TryParse(mode, ignoreCase: true, out importMode) || int.TryParse(mode, out _)))
        {
            return ApiProblems.Invalid("mode", $"'{mode}' is not a mode; use merge (the default for StratML, CSV and Markdown) or replace.");
        }

        if (chosen == PlanFormat.Yaml && importMode == PlanImportMode.Merge)
        {
            return ApiProblems.Invalid("mode", "A plan file is a whole plan and replaces the stored one; leave mode out or use replace.");
        }

        var (text, problem) = await RequestBody.ReadAsync(http.Request, limits.PlanBytes, MediaTypes, "application/yaml");
        if (problem is not null)
        {
            return problem;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var file = PlanFile.Read(slug + PlanFile.Extension(chosen), text!, chosen, importMode, today);
        var notes = file.Notes.Select(Note).ToList();
        if (!file.Succeeded)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The plan file is not valid.",
                detail: $"The {Name(chosen)} has {file.Errors.Count} error(s); nothing was changed. The first: {file.Errors[0]}",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["errors"] = file.Errors.Select(e => new PlanErrorResponse(e.Location.Line, e.Location.Column, e.Message, e.Suggestion)).ToList(),
                    ["notes"] = notes,
                });
        }

        var (changes, plan) = await store.ImportAsync(access.OrganizationId, file, dryRun ?? false, access.Actor, access.UserId, cancellationToken);
        return TypedResults.Ok(new PlanImportResponse(
            slug, dryRun ?? false, chosen.ToString().ToLowerInvariant(), importMode.ToString().ToLowerInvariant(), changes, Count(plan), notes));
    }

    /// <summary>The format a media type names; null for one that names none (the body is then a plan file).</summary>
    public static PlanFormat? FormatOfMediaType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        bool Among(string[] types) => types.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
        return Among(XmlTypes) ? PlanFormat.Stratml : Among(CsvTypes) ? PlanFormat.Csv : Among(MarkdownTypes) ? PlanFormat.Markdown : null;
    }

    public static PlanNoteResponse Note(ImportDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new PlanNoteResponse(
            diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Message);
    }

    private static string Name(PlanFormat format) => format switch
    {
        PlanFormat.Stratml => "StratML file",
        PlanFormat.Csv => "CSV file",
        PlanFormat.Markdown => "Markdown file",
        _ => "plan file",
    };

    public const string YamlContentType = "application/yaml; charset=utf-8";

    public const string ExportForbidden = "The whole plan file, private objectives included, is for admins and owners; read the items you may see through their own endpoints.";

    public const string ImportForbidden = "Importing a file changes the whole plan; only admins and owners may.";

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
