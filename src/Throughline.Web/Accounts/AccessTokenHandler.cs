using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Throughline.Web.Storage;

namespace Throughline.Web.Accounts;

/// <summary>How requests authenticate (docs/permissions.md).</summary>
public static class AuthSchemes
{
    /// <summary>Picks <see cref="Token"/> when the request has an <c>Authorization: Bearer</c> header, else the sign-in cookie.</summary>
    public const string Default = "Throughline";

    public const string Token = "AccessToken";

    public const string ScopeClaim = "throughline:scope";
}

/// <summary>
/// The users that valid tokens belong to, kept for a minute so that a busy script does not cost a database
/// read per request. Revoking a token forgets it at once.
/// </summary>
public sealed class AccessTokenCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (string UserId, string Email, TokenScope Scope, DateTimeOffset? ExpiresAt, DateTimeOffset CachedAt)> entries = new(StringComparer.Ordinal);

    public bool TryGet(string hash, out (string UserId, string Email, TokenScope Scope, DateTimeOffset? ExpiresAt) token)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(hash, out var entry) && now - entry.CachedAt < Lifetime && (entry.ExpiresAt is null || entry.ExpiresAt > now))
        {
            token = (entry.UserId, entry.Email, entry.Scope, entry.ExpiresAt);
            return true;
        }

        token = default;
        return false;
    }

    public void Add(string hash, string userId, string email, TokenScope scope, DateTimeOffset? expiresAt) =>
        entries[hash] = (userId, email, scope, expiresAt, time.GetUtcNow());

    public void Forget(string hash) => entries.TryRemove(hash, out _);

    public void ForgetUser(string userId)
    {
        foreach (var (hash, entry) in entries)
        {
            if (entry.UserId == userId)
            {
                entries.TryRemove(hash, out _);
            }
        }
    }
}

/// <summary>Authenticates <c>Authorization: Bearer tl_…</c> with a personal access token that is neither revoked nor expired.</summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ThroughlineDb db, AccessTokenCache cache, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!AccessTokens.LooksLikeToken(secret))
        {
            return AuthenticateResult.Fail("The bearer token is not a Throughline access token (they start with 'tl_').");
        }

        var hash = AccessTokens.Hash(secret);
        if (!cache.TryGet(hash, out var token))
        {
            var now = time.GetUtcNow();
            var row = await db.AccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
            if (row is null || row.RevokedAt is not null || (row.ExpiresAt is { } expires && expires <= now))
            {
                return AuthenticateResult.Fail("The access token is unknown, revoked or expired.");
            }

            var email = await db.Users.AsNoTracking().Where(u => u.Id == row.UserId).Select(u => u.Email).SingleOrDefaultAsync(Context.RequestAborted);
            if (email is null)
            {
                return AuthenticateResult.Fail("The access token's user no longer exists.");
            }

            var scope = row.Scope == "write" ? TokenScope.Write : TokenScope.Read;
            cache.Add(hash, row.UserId, email, scope, row.ExpiresAt);
            token = (row.UserId, email, scope, row.ExpiresAt);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId),
                new Claim(ClaimTypes.Name, token.Email),
                new Claim(AuthSchemes.ScopeClaim, token.Scope == TokenScope.Write ? "write" : "read"),
            ],
            AuthSchemes.Token);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.Token));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
