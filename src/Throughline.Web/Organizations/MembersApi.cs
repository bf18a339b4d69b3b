using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Throughline.Core.Plans;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Organizations;

public sealed record MemberRequest(string? Email, string? Role, string? Person);

public sealed record MemberResponse(string UserId, string Email, string Name, string Role, string? Person);

/// <summary>
/// Who belongs to an organization, with which role, as which person of the plan. Admins manage members;
/// only owners make or unmake owners, and the last owner stays.
/// </summary>
public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/members", "Members");
        group.MapGet("/", ListAsync).WithSummary("The members, their roles and their persons.");
        group.MapPost("/", AddAsync).WithSummary("Add a user (by the e-mail they signed up with) with a role and, optionally, their person in the plan.");
        group.MapPut("/{userId}", ChangeAsync).WithSummary("Change a member's role or person.");
        group.MapDelete("/{userId}", RemoveAsync).WithSummary("Remove a member.");
        return app;
    }

    private static async Task<Ok<List<MemberResponse>>> ListAsync(HttpContext http, ThroughlineDb db, CancellationToken cancellationToken)
    {
        var access = http.Access();
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == access.OrganizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberResponse(u.Id, u.Email ?? "", u.DisplayName, m.Role, m.PersonId))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.OrderBy(m => m.Email, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        HttpContext http, MemberRequest request, ThroughlineDb db, UserManager<UserAccount> users, PlanCache cache, MembershipCache memberships, TimeProvider time, CancellationToken cancellationToken)
    {
        var access = http.Access();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return ApiProblems.BadField("email", "Name the user by the e-mail address they signed up with.");
        }

        if (await CheckAsync(access, request, cache) is { } problem)
        {
            return problem;
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            return ApiProblems.BadField("email", $"No account has the e-mail '{request.Email.Trim()}'; ask them to sign up first.");
        }

        if (await db.Memberships.AnyAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == user.Id, cancellationToken))
        {
            return ApiProblems.Conflict("email", $"'{user.Email}' is already a member; change their role with PUT …/members/{user.Id}.");
        }

        var row = new MembershipRow { OrganizationId = access.OrganizationId, UserId = user.Id, Role = RoleOf(request).Name(), PersonId = request.Person, CreatedAt = time.GetUtcNow() };
        db.Memberships.Add(row);
        var member = new MemberResponse(user.Id, user.Email ?? "", user.DisplayName, row.Role, row.PersonId);
        AuditLog.Add(db, access, time, "created", "member", user.Id, null, System.Text.Json.JsonSerializer.Serialize(member, AuditJson.Options));
        await db.SaveChangesAsync(cancellationToken);
        memberships.Clear();
        return TypedResults.Created($"/api/organizations/{access.Slug}/members/{user.Id}", member);
    }

    private static async Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        HttpContext http, string userId, MemberRequest request, ThroughlineDb db, PlanCache cache, MembershipCache memberships, TimeProvider time, CancellationToken cancellationToken)
    {
        var access = http.Access();
        var row = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == userId, cancellationToken);
        if (row is null)
        {
            return ApiProblems.UnknownItem("member", userId);
        }

        // A field left out keeps its value; an empty person unlinks the member from the plan.
        request = request with { Role = request.Role ?? row.Role, Person = request.Person is null ? row.PersonId : request.Person.Length == 0 ? null : request.Person };
        if (await CheckAsync(access, request, cache, row) is { } problem)
        {
            return problem;
        }

        var role = RoleOf(request);
        if (row.Role == OrganizationRole.Owner.Name() && role != OrganizationRole.Owner && await IsLastOwnerAsync(db, access.OrganizationId, cancellationToken))
        {
            return ApiProblems.Conflict("role", "This is the organization's last owner; make someone else an owner first.");
        }

        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var before = new MemberResponse(userId, user.Email ?? "", user.DisplayName, row.Role, row.PersonId);
        row.Role = role.Name();
        row.PersonId = request.Person;
        var after = before with { Role = row.Role, Person = row.PersonId };
        AuditLog.Add(db, access, time, "updated", "member", userId,
            System.Text.Json.JsonSerializer.Serialize(before, AuditJson.Options), System.Text.Json.JsonSerializer.Serialize(after, AuditJson.Options));
        await db.SaveChangesAsync(cancellationToken);
        memberships.Clear();
        return TypedResults.Ok(after);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        HttpContext http, string userId, ThroughlineDb db, MembershipCache memberships, TimeProvider time, CancellationToken cancellationToken)
    {
        var access = http.Access();
        var row = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == userId, cancellationToken);
        if (row is null)
        {
            return ApiProblems.UnknownItem("member", userId);
        }

        var owner = row.Role == OrganizationRole.Owner.Name();
        if (!access.IsAtLeast(owner ? OrganizationRole.Owner : OrganizationRole.Admin) && userId != access.UserId)
        {
            return ApiProblems.Forbidden(owner ? "Only an owner removes an owner." : "Only admins and owners remove members; anyone may leave.");
        }

        if (owner && await IsLastOwnerAsync(db, access.OrganizationId, cancellationToken))
        {
            return ApiProblems.Conflict("userId", "This is the organization's last owner; make someone else an owner first.");
        }

        db.Memberships.Remove(row);
        AuditLog.Add(db, access, time, "deleted", "member", userId, System.Text.Json.JsonSerializer.Serialize(new { row.Role, Person = row.PersonId }, AuditJson.Options), null);
        await db.SaveChangesAsync(cancellationToken);
        memberships.Clear();
        return TypedResults.NoContent();
    }

    private static OrganizationRole RoleOf(MemberRequest request) => OrganizationRoles.TryParse(request.Role, out var role) ? role : OrganizationRole.Viewer;

    // Admins manage members below owner; only owners grant or take away ownership. The person must be in the plan.
    private static async Task<ProblemHttpResult?> CheckAsync(OrganizationAccess access, MemberRequest request, PlanCache cache, MembershipRow? existing = null)
    {
        if (request.Role is not null && !OrganizationRoles.TryParse(request.Role, out _))
        {
            return ApiProblems.Invalid("role", $"Unknown role '{request.Role}'; use one of {OrganizationRoles.Names}.");
        }

        var role = RoleOf(request);
        var touchesOwner = role == OrganizationRole.Owner || existing?.Role == OrganizationRole.Owner.Name();
        if (!access.IsAtLeast(touchesOwner ? OrganizationRole.Owner : OrganizationRole.Admin))
        {
            return ApiProblems.Forbidden(touchesOwner ? "Only an owner makes or unmakes owners." : "Only admins and owners manage members.");
        }

        if (request.Person is { } person)
        {
            var state = await cache.GetAsync(access.OrganizationId);
            if (state.Read(null, view => view.Index.Find(person)) is not { Kind: PlanItemKind.Person })
            {
                return ApiProblems.Invalid("person", $"The plan has no person '{person}'; add them under organization.people (or POST …/people) first.");
            }
        }

        return null;
    }

    private static async Task<bool> IsLastOwnerAsync(ThroughlineDb db, Guid organizationId, CancellationToken cancellationToken) =>
        await db.Memberships.CountAsync(m => m.OrganizationId == organizationId && m.Role == "owner", cancellationToken) <= 1;
}
