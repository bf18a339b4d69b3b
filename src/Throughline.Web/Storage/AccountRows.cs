using Microsoft.AspNetCore.Identity;

namespace Throughline.Web.Storage;

/// <summary>A person who signs in. Identity keeps the password hash, lockout and security stamp.</summary>
public sealed class UserAccount : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A user's role in one organization, and the plan person the user is (for "my work" and management chains).</summary>
public sealed class MembershipRow
{
    public Guid OrganizationId { get; set; }
    public string UserId { get; set; } = "";
    public string Role { get; set; } = "";

    /// <summary>The id of the user's person in the organization's plan; null for a user the plan does not list.</summary>
    public string? PersonId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A personal access token: only the SHA-256 of the secret is stored, so a leaked database leaks no token.</summary>
public sealed class AccessTokenRow
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The token's first characters, shown in lists so that a user can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public string Scope { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>One change to an organization: who made it, when, and the item before and after (as its API JSON).</summary>
public sealed class AuditEntryRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }

    /// <summary>The user's e-mail at the time of the change, so that the entry reads the same after the account is gone.</summary>
    public string Actor { get; set; } = "";

    /// <summary>created, updated, deleted, checked-in, imported, member-added, …</summary>
    public string Action { get; set; } = "";

    public string Kind { get; set; } = "";
    public string ItemId { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}
