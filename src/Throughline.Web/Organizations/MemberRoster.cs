using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Throughline.Core.Plans;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Organizations;

/// <summary>
/// Who belongs to an organization, and the changes to it: the rules both the members API and the settings
/// page follow. Admins manage members; only owners make or unmake owners, and the last owner stays.
/// </summary>
internal sealed class MemberRoster(ThroughlineDb db, UserManager<UserAccount> users, PlanCache cache, MembershipCache memberships, TimeProvider time)
{
    /// <summary>The members, ordered by e-mail address.</summary>
    public async Task<List<MemberResponse>> ListAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == organizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberResponse(u.Id, u.Email ?? "", u.DisplayName, m.Role, m.PersonId))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.Email, StringComparer.Ordinal)];
    }

    public async Task<(MemberResponse? Member, Refusal? Refusal)> AddAsync(OrganizationAccess access, MemberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return (null, Refusal.BadField("email", "Name the user by the e-mail address they signed up with."));
        }

        if (await CheckAsync(access, request) is { } refusal)
        {
            return (null, refusal);
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            return (null, Refusal.BadField("email", $"No account has the e-mail '{request.Email.Trim()}'; ask them to sign up first."));
        }

        if (await db.Memberships.AnyAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == user.Id, cancellationToken))
        {
            return (null, Refusal.Conflict("email", $"'{user.Email}' is already a member; change their role with PUT …/members/{user.Id}."));
        }

        var row = new MembershipRow { OrganizationId = access.OrganizationId, UserId = user.Id, Role = RoleOf(request).Name(), PersonId = request.Person, CreatedAt = time.GetUtcNow() };
        db.Memberships.Add(row);
        var member = new MemberResponse(user.Id, user.Email ?? "", user.DisplayName, row.Role, row.PersonId);
        AuditLog.Add(db, access, time, "created", "member", user.Id, null, JsonSerializer.Serialize(member, AuditJson.Options));
        await db.SaveChangesAsync(cancellationToken);
        memberships.Clear();
        return (member, null);
    }

    /// <summary>Changes a member's role or person; a field left out (null) keeps its value, an empty person unlinks the member from the plan.</summary>
    public async Task<(MemberResponse? Member, Refusal? Refusal)> ChangeAsync(OrganizationAccess access, string userId, MemberRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var row = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == userId, cancellationToken);
        if (row is null)
        {
            return (null, Refusal.UnknownItem("member", userId));
        }

        request = request with { Role = request.Role ?? row.Role, Person = request.Person is null ? row.PersonId : request.Person.Length == 0 ? null : request.Person };
        if (await CheckAsync(access, request, row) is { } refusal)
        {
            return (null, refusal);
        }

        var role = RoleOf(request);
        if (row.Role == OrganizationRole.Owner.Name() && role != OrganizationRole.Owner && await IsLastOwnerAsync(access.OrganizationId, cancellationToken))
        {
            return (null, Refusal.Conflict("role", "This is the organization's last owner; make someone else an owner first."));
        }

        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var before = new MemberResponse(userId, user.Email ?? "", user.DisplayName, row.Role, row.PersonId);
        row.Role = role.Name();
        row.PersonId = request.Person;
        var after = before with { Role = row.Role, Person = row.PersonId };
        AuditLog.Add(db, access, time, "updated", "member", userId,
            JsonSerializer.Serialize(before, AuditJson.Options), JsonSerializer.Serialize(after, AuditJson.Options));
        await db.SaveChangesAsync(cancellationToken);
        memberships.Clear();
        return (after, null);
    }

    /// <summary>Removes a member: admins remove members, owners also owners, anyone may leave; the last owner stays.</summary>
    public async Task<Refusal?> RemoveAsync(OrganizationAccess access, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var row = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.UserId == userId, cancellationToken);
        if (row is null)
        {
            return Refusal.UnknownItem("member", userId);
        }

        var owner = row.Role == OrganizationRole.Owner.Name();
        if (!access.IsAtLeast(owner ? OrganizationRole.Owner : OrganizationRole.Admin) && userId != access.UserId)
        {
            return Refusal.Forbidden(owner ? "Only an owner removes an owner." : "Only admins and owners remove members; anyone may leave.");
        }

        if (owner && await IsLastOwnerAsync(access.OrganizationId, cancellationToken))
        {
            return Refusal.Conflict("userId", "This is the organization's last owner; make someone else an owner first.");
        }

        db.Memberships.Remove(row);
        AuditLog.Add(db, access, time, "deleted", "member", userId, JsonSerializer.Serialize(new { row.Role, Person = row.PersonId }, AuditJson.Options), null);
        await db.SaveChangesAsync(cancellationToken);
        memberships.Clear();
        return null;
    }

    /// <summary>Whether the caller may manage members at all (owners among them only if they are an owner).</summary>
    public static bool CanManage(OrganizationAccess access) => access?.IsAtLeast(OrganizationRole.Admin) == true;

    private static OrganizationRole RoleOf(MemberRequest request) => OrganizationRoles.TryParse(request.Role, out var role) ? role : OrganizationRole.Viewer;

    // Admins manage members below owner; only owners grant or take away ownership. The person must be in the plan.
    private async Task<Refusal?> CheckAsync(OrganizationAccess access, MemberRequest request, MembershipRow? existing = null)
    {
        if (request.Role is not null && !OrganizationRoles.TryParse(request.Role, out _))
        {
            return Refusal.Invalid("role", $"Unknown role '{request.Role}'; use one of {OrganizationRoles.Names}.");
        }

        var role = RoleOf(request);
        var touchesOwner = role == OrganizationRole.Owner || existing?.Role == OrganizationRole.Owner.Name();
        if (!access.IsAtLeast(touchesOwner ? OrganizationRole.Owner : OrganizationRole.Admin))
        {
            return Refusal.Forbidden(touchesOwner ? "Only an owner makes or unmakes owners." : "Only admins and owners manage members.");
        }

        if (request.Person is { } person)
        {
            var state = await cache.GetAsync(access.OrganizationId);
            if (state.Read(null, view => view.Index.Find(person)) is not { Kind: PlanItemKind.Person })
            {
                return Refusal.Invalid("person", $"The plan has no person '{person}'; add them under organization.people (or POST …/people) first.");
            }
        }

        return null;
    }

    private async Task<bool> IsLastOwnerAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.Memberships.CountAsync(m => m.OrganizationId == organizationId && m.Role == "owner", cancellationToken) <= 1;
}
