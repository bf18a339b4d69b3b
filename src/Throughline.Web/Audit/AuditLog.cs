using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Audit;

/// <summary>How audit entries store what they record.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Actor, string Action, string Kind, string ItemId, JsonNode? Before, JsonNode? After);

public sealed record AuditPageResponse(string Organization, int Offset, int Limit, IReadOnlyList<AuditEntryResponse> Entries);

/// <summary>Every change to an organization, who made it and when, with the item before and after (docs/api.md#audit-log).</summary>
public static class AuditLog
{
    /// <summary>Adds the entry to the context: it is saved with the change, in the same transaction.</summary>
    public static void Add(ThroughlineDb db, OrganizationAccess access, TimeProvider time, string action, string kind, string itemId, string? before, string? after)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(time);
        db.AuditEntries.Add(new AuditEntryRow
        {
            OrganizationId = access.OrganizationId,
            At = time.GetUtcNow(),
            UserId = access.UserId,
            Actor = access.Actor,
            Action = action,
            Kind = kind,
            ItemId = itemId,
            Before = before,
            After = after,
        });
    }

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapOrganizationGroup("/audit", "Audit").MapGet("/", ListAsync);
        return app;
    }

    /// <summary>Entries of the organization, newest first; <paramref name="kinds"/> and <paramref name="itemId"/> narrow them to one item.</summary>
    public static async Task<IResult> PageAsync(
        HttpContext http, ThroughlineDb db, PlanCache cache, IReadOnlyList<string>? kinds, string? itemId, string? actor, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        if (Paging.Check(offset, limit) is { } problem)
        {
            return problem;
        }

        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        var hidden = state.Read(null, view => Permissions.Hidden(access, view));
        var (skip, take) = Paging.Resolve(offset, limit);
        var entries = await EntriesAsync(db, access, hidden, kinds, itemId, actor, skip, take, cancellationToken);
        return TypedResults.Ok(new AuditPageResponse(access.Slug, skip, take, entries));
    }

    /// <summary>
    /// One page of entries, newest first, without those about items in <paramref name="hidden"/> (the ids the
    /// reader may not see); <paramref name="kinds"/>, <paramref name="itemId"/> and <paramref name="actor"/> narrow them.
    /// </summary>
    internal static async Task<List<AuditEntryResponse>> EntriesAsync(
        ThroughlineDb db, OrganizationAccess access, HashSet<string> hidden, IReadOnlyList<string>? kinds, string? itemId, string? actor, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.OrganizationId == access.OrganizationId);
        if (kinds is { Count: > 0 })
        {
            query = query.Where(a => kinds.Contains(a.Kind));
        }

        if (itemId is not null)
        {
            query = query.Where(a => a.ItemId == itemId);
        }

        if (actor is not null)
        {
            query = query.Where(a => a.Actor == actor);
        }

        if (hidden.Count > 0)
        {
            query = query.Where(a => !hidden.Contains(a.ItemId));
        }

        var rows = await query.OrderByDescending(a => a.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AuditEntryResponse(r.Id, r.At, r.Actor, r.Action, r.Kind, r.ItemId, Parse(r.Before), Without(Parse(r.After), hidden)))];
    }

    private static Task<IResult> ListAsync(HttpContext http, ThroughlineDb db, PlanCache cache, string? kind, string? id, string? actor, int? offset, int? limit, CancellationToken cancellationToken) =>
        PageAsync(http, db, cache, kind is null ? null : [kind], id, actor, offset, limit, cancellationToken);

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);

    // An import's entry lists the items it added, changed and removed: those the reader may not see are left out.
    private static JsonNode? Without(JsonNode? after, HashSet<string> hidden)
    {
        if (hidden.Count == 0 || after is not JsonObject changes)
        {
            return after;
        }

        foreach (var list in new[] { "added", "changed", "removed" })
        {
            if (changes[list] is JsonArray items)
            {
                foreach (var item in items.Where(i => i?["id"] is JsonValue id && hidden.Contains(id.ToString())).ToList())
                {
                    items.Remove(item);
                }
            }
        }

        return changes;
    }
}
