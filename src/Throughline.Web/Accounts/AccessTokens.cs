using System.Security.Cryptography;
using System.Text;
using Throughline.Web.Storage;

namespace Throughline.Web.Accounts;

/// <summary>What a personal access token allows: reading only, or reading and writing.</summary>
public enum TokenScope { Read, Write }

/// <summary>Making and recognizing personal access tokens: <c>tl_</c> and 43 URL-safe characters of randomness.</summary>
public static class AccessTokens
{
    public const string Prefix = "tl_";

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A new token for the user: the row to store (hash and display prefix only) and the secret, shown once.</summary>
    public static (AccessTokenRow Row, string Secret) Issue(string userId, string name, string scope, DateTimeOffset now, DateTimeOffset? expiresAt = null)
    {
        var secret = NewSecret();
        var row = new AccessTokenRow
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            Hash = Hash(secret),
            Prefix = secret[..(Prefix.Length + 6)],
            Scope = scope,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (row, secret);
    }

    public static bool LooksLikeToken(string? token) => token is { Length: > 10 } && token.StartsWith(Prefix, StringComparison.Ordinal);
}
