using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Throughline.Web.Plans;

/// <summary>
/// An uploaded file waiting to be applied: its text, how it was read (format, mode, the day a CSV's current values
/// are checked in on), what the importer said about it and the changes its dry run showed.
/// </summary>
public sealed record PendingImport(
    string Token, string UserId, Guid OrganizationId, PendingFile File, PlanChanges Changes, PlanReview Review, DateTimeOffset ExpiresAt)
{
    public string FileName => File.FileName;
}

/// <summary>An uploaded file as it was read, to read it again the same way when it is applied.</summary>
public sealed record PendingFile(string FileName, string Text, PlanFormat Format, PlanImportMode Mode, DateOnly Today, IReadOnlyList<Throughline.Core.Interop.ImportDiagnostic> Notes)
{
    public PlanFile Read() => PlanFile.Read(FileName, Text, Format, Mode, Today);
}

/// <summary>
/// Plan files uploaded on the plan page and reviewed as a dry run, held until their uploader applies or
/// discards them, for <see cref="Lifetime"/> at most. Each user holds one per organization: a new upload
/// replaces the last. They live in this server's memory only; behind a load balancer without sticky
/// sessions, or after a restart, the uploader is asked to upload the file again.
/// </summary>
public sealed class PendingImports(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, PendingImport> byToken = new(StringComparer.Ordinal);

    /// <summary>Holds the file and returns the token that finds it again.</summary>
    public string Hold(string userId, Guid organizationId, PendingFile file, PlanChanges changes, PlanReview review)
    {
        var now = time.GetUtcNow();
        foreach (var (token, pending) in byToken)
        {
            if (pending.ExpiresAt <= now || (pending.UserId == userId && pending.OrganizationId == organizationId))
            {
                byToken.TryRemove(token, out _);
            }
        }

        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        byToken[key] = new PendingImport(key, userId, organizationId, file, changes, review, now + Lifetime);
        return key;
    }

    /// <summary>The file held under the token, when it is this user's for this organization and still held.</summary>
    public PendingImport? Find(string? token, string userId, Guid organizationId) =>
        token is not null && byToken.TryGetValue(token, out var pending)
            && pending.UserId == userId && pending.OrganizationId == organizationId && pending.ExpiresAt > time.GetUtcNow()
            ? pending
            : null;

    /// <summary>Keeps the file with the changes a newer dry run found, for another review.</summary>
    public void Update(PendingImport pending, PlanChanges changes, PlanReview review)
    {
        ArgumentNullException.ThrowIfNull(pending);
        byToken[pending.Token] = pending with { Changes = changes, Review = review };
    }

    public void Drop(string token) => byToken.TryRemove(token, out _);
}
