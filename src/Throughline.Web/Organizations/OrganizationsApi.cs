using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Organizations;

public sealed record CreateOrganizationRequest(string? Name, string? Slug);

public sealed record OrganizationResponse(string Slug, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

/// <summary>Organizations (tenants): create, list, read.</summary>
public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations").WithTags("Organizations");
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{slug}", GetAsync);
        return app;
    }

    public static OrganizationResponse ToResponse(this OrganizationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Slug, row.Name, row.CreatedAt, row.UpdatedAt, row.Version);
    }

    /// <summary>The organization a URL names, or null.</summary>
    public static Task<OrganizationRow?> FindAsync(this ThroughlineDb db, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
    }

    private static async Task<Results<Created<OrganizationResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateOrganizationRequest request, ThroughlineDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["The name is required."];
        }

        if (!OrganizationSlug.IsValid(request.Slug))
        {
            errors["slug"] = [$"The slug must be {OrganizationSlug.Rule}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The organization is not valid.");
        }

        if (await db.Organizations.AnyAsync(o => o.Slug == request.Slug, cancellationToken))
        {
            return ApiProblems.Conflict("slug", $"An organization with the slug '{request.Slug}' already exists; choose another slug.");
        }

        var now = time.GetUtcNow();
        var row = new OrganizationRow { Id = Guid.NewGuid(), Slug = request.Slug!, Name = request.Name!.Trim(), CreatedAt = now, UpdatedAt = now };
        db.Organizations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/organizations/{row.Slug}", row.ToResponse());
    }

    private static async Task<Ok<List<OrganizationResponse>>> ListAsync(ThroughlineDb db, CancellationToken cancellationToken)
    {
        var rows = await db.Organizations.AsNoTracking().OrderBy(o => o.Slug).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => r.ToResponse()).ToList());
    }

    private static async Task<Results<Ok<OrganizationResponse>, ProblemHttpResult>> GetAsync(string slug, ThroughlineDb db, CancellationToken cancellationToken) =>
        await db.FindAsync(slug, cancellationToken) is { } row
            ? TypedResults.Ok(row.ToResponse())
            : ApiProblems.UnknownOrganization(slug);
}
