using System.Collections.Concurrent;
using Throughline.Web.Storage;

namespace Throughline.Web.Organizations;

/// <summary>One member's place in one organization, as the access filter needs it on every request.</summary>
internal sealed record Membership(OrganizationRow Organization, string Role, string? PersonId);

/// <summary>
/// Who is a member of which organization, kept in memory so that a request does not query the database for it:
/// at read-heavy load that query costs more than the request's own work. Every change of a membership or an
/// organization clears it (<see cref="Clear"/>), so a removed member is refused at once; a miss is never kept.
/// </summary>
internal sealed class MembershipCache
{
    private readonly ConcurrentDictionary<(string Slug, string UserId), Membership> members = new();
    private long generation;

    /// <summary>The membership, from memory or from <paramref name="load"/> (null: not a member, or no such organization).</summary>
    public async Task<Membership?> GetAsync(string slug, string userId, Func<Task<Membership?>> load)
    {
        if (members.TryGetValue((slug, userId), out var known))
        {
            return known;
        }

        // A change that lands while the database answers must not be overwritten by what was read before it.
        var before = Interlocked.Read(ref generation);
        var loaded = await load();
        if (loaded is not null && Interlocked.Read(ref generation) == before)
        {
            members[(slug, userId)] = loaded;
        }

        return loaded;
    }

    /// <summary>Forgets everything: after any change of members, roles, people or organizations.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref generation);
        members.Clear();
    }
}
