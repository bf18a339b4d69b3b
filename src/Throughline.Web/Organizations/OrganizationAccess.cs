using Microsoft.EntityFrameworkCore;
using Throughline.Web.Accounts;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Organizations;

/// <summary>Who is asking, in which organization, with which role: resolved once per request by <see cref="OrganizationAccessFilter"/>.</summary>
public sealed record OrganizationAccess(OrganizationRow Organization, string UserId, string Actor, OrganizationRole Role, string? PersonId, bool CanWrite)
{
    public Guid OrganizationId => Organization.Id;
    public string Slug => Organization.Slug;

    public bool IsAtLeast(OrganizationRole role) => Role >= role;
}

public static class OrganizationAccessExtensions
{
    private const string Key = "throughline:access";

    public static OrganizationAccess Access(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out var access) && access is OrganizationAccess known
            ? known
            : throw new InvalidOperationException("The endpoint is not under the organization access filter.");
    }

    internal static void SetAccess(this HttpContext context, OrganizationAccess access) => context.Items[Key] = access;

    /// <summary>Requires a signed-in member of the organization the route names, as <see cref="OrganizationAccessFilter"/> says.</summary>
    public static RouteGroupBuilder MapOrganizationGroup(this IEndpointRouteBuilder app, string pattern, string tag)
    {
        var group = app.MapGroup("/api/organizations/{slug}" + pattern).WithTags(tag).RequireAuthorization();
        group.AddEndpointFilter<OrganizationAccessFilter>();
        return group;
    }
}

/// <summary>
/// Resolves the organization of the route and the caller's membership. An organization the caller is not a
/// member of answers 404, exactly as one that does not exist, so that other tenants cannot be probed; a
/// read-only token answers 403 to any write.
/// </summary>
internal sealed class OrganizationAccessFilter(ThroughlineDb db, MembershipCache memberships) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var slug = http.GetRouteValue("slug") as string ?? "";
        var access = await ResolveAsync(http, slug, db, memberships);
        if (access is null)
        {
            return ApiProblems.UnknownOrganization(slug);
        }

        var write = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        if (write && !access.CanWrite)
        {
            return ApiProblems.Forbidden("This access token is read-only; create a token with the write scope to change anything.");
        }

        http.SetAccess(access);
        return await next(context);
    }

    /// <summary>The caller's access to the organization <paramref name="slug"/>, or null when they are not a member (or it does not exist).</summary>
    internal static async Task<OrganizationAccess?> ResolveAsync(HttpContext http, string slug, ThroughlineDb db, MembershipCache memberships)
    {
        var userId = http.User.UserId();
        var found = await memberships.GetAsync(slug, userId, () => db.Organizations.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Join(db.Memberships.Where(m => m.UserId == userId), o => o.Id, m => m.OrganizationId, (o, m) => new Membership(o, m.Role, m.PersonId))
            .SingleOrDefaultAsync(http.RequestAborted));
        return found is not null && OrganizationRoles.TryParse(found.Role, out var role)
            ? new OrganizationAccess(found.Organization, userId, http.User.UserEmail(), role, found.PersonId, http.User.CanWrite())
            : null;
    }
}
