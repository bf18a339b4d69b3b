using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Organizations;

public sealed record CreateOrganizationRequest(string? Name, string? Slug);

public sealed record OrganizationResponse(string Slug, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version, string? Role = null, string? Person = null);

/// <summary>Organizations (tenants): create, list, read.</summary>
public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations").WithTags("Organizations").RequireAuthorization();
        group.MapPost("/", CreateAsync).WithSummary("Create an organization; you become its owner.");
        group.MapGet("/", ListAsync).WithSummary("The organizations you are a member of.");
        var one = app.MapOrganizationGroup("", "Organizations");
        one.MapGet("/", GetAsync).WithSummary("The organization and your role in it.");
        one.MapDelete("/", DeleteAsync).WithSummary("Delete the organization and everything in it (owners only).");
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
        CreateOrganizationRequest request, ClaimsPrincipal user, ThroughlineDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!user.CanWrite())
        {
            return ApiProblems.Forbidden("This access token is read-only; create organizations while signed in or with a write token.");
        }

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
        db.Memberships.Add(new MembershipRow { OrganizationId = row.Id, UserId = user.UserId(), Role = OrganizationRole.Owner.Name(), CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/organizations/{row.Slug}", row.ToResponse());
    }

    private static async Task<Ok<List<OrganizationResponse>>> ListAsync(ClaimsPrincipal user, ThroughlineDb db, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var rows = await db.Organizations.AsNoTracking()
            .Where(o => db.Memberships.Any(m => m.OrganizationId == o.Id && m.UserId == userId))
            .OrderBy(o => o.Slug).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => r.ToResponse()).ToList());
    }

    private static async Task<Ok<OrganizationResponse>> GetAsync(HttpContext http, ThroughlineDb db, CancellationToken cancellationToken)
    {
        // Read afresh: the access carries the organization as it was when the membership was first looked up.
        var access = http.Access();
        var row = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == access.OrganizationId, cancellationToken);
        return TypedResults.Ok(row.ToResponse() with { Role = access.Role.Name(), Person = access.PersonId });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        HttpContext http, ThroughlineDb db, PlanCache cache, MembershipCache memberships, CancellationToken cancellationToken)
    {
        var access = http.Access();
        if (!access.IsAtLeast(OrganizationRole.Owner))
        {
            return ApiProblems.Forbidden("Only an owner deletes the organization.");
        }

        await db.Organizations.Where(o => o.Id == access.OrganizationId).ExecuteDeleteAsync(cancellationToken);
        memberships.Clear();
        cache.Forget(access.OrganizationId);
        return TypedResults.NoContent();
    }
}
