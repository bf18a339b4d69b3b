using Microsoft.EntityFrameworkCore;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Accounts;

/// <summary>An account's personal access tokens: what the tokens API and the settings page both list, check, create and revoke.</summary>
public static class PersonalTokens
{
    public const int MaxNameLength = 100;
    public const int MaxDays = 3650;

    /// <summary>The account's tokens, oldest first, revoked and expired ones included.</summary>
    public static async Task<List<TokenResponse>> ListAsync(ThroughlineDb db, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(t => t.CreatedAt).Select(t => new TokenResponse(t.Id, t.Name, t.Scope, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt))];
    }

    /// <summary>What is wrong with a new token's name, scope or lifetime, field by field; null when nothing is.</summary>
    public static Refusal? Check(CreateTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxNameLength)
        {
            return Refusal.BadField("name", "Give the token a name of 1 to 100 characters that says where it is used, for example 'quarterly import script'.");
        }

        var scope = request.Scope ?? "read";
        if (scope is not ("read" or "write"))
        {
            return Refusal.BadField("scope", $"Unknown scope '{scope}'; use read or write.");
        }

        if (request.ExpiresInDays is { } days && (days < 1 || days > MaxDays))
        {
            return Refusal.BadField("expiresInDays", "A token lives from 1 to 3650 days; leave the field out for a token that does not expire.");
        }

        return null;
    }

    /// <summary>Creates a token that <see cref="Check"/> found nothing wrong with; the answer holds its secret, which is never shown again.</summary>
    public static async Task<NewTokenResponse> CreateAsync(ThroughlineDb db, TimeProvider time, string userId, CreateTokenRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var (row, secret) = AccessTokens.Issue(userId, request.Name!.Trim(), request.Scope ?? "read", now, request.ExpiresInDays is { } d ? now.AddDays(d) : null);
        db.AccessTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new NewTokenResponse(row.Id, row.Name, row.Scope, row.Prefix, row.CreatedAt, row.ExpiresAt, secret);
    }

    /// <summary>Ends one of the account's tokens at once; false when the account has no token with that id. Revoking twice keeps the first time.</summary>
    public static async Task<bool> RevokeAsync(ThroughlineDb db, AccessTokenCache cache, TimeProvider time, string userId, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(time);
        var row = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(row.Hash);
        return true;
    }
}
