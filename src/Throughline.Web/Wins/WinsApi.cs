using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Wins;

public sealed record WinResponse(string Id, string Kind, string ItemId, string Title, int? Milestone, DateOnly Date, int Kudos, bool KudosFromMe);

public sealed record WinsResponse(DateOnly AsOf, IReadOnlyList<WinResponse> Wins);

/// <summary>The wins of the plan and the kudos on them (docs/cadences.md#wins-and-kudos).</summary>
public static class WinsApi
{
    public static void MapWins(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/wins", "Wins");
        group.MapGet("", List).WithSummary("The wins as of a date, newest first, with their kudos.");
        group.MapPost("/{id}/kudos", GiveKudos).WithSummary("Gives the caller's kudos on a win: one per person and win.");
    }

    /// <summary>The wins the caller may see as of <paramref name="date"/>, with the kudos given on them.</summary>
    public static async Task<WinsResponse> ReadAsync(ThroughlineDb db, PlanCache cache, OrganizationAccess access, DateOnly date, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(access);
        var state = await cache.GetAsync(access.OrganizationId);
        var wins = state.Read(date, view => WinFeed.Build(view, Permissions.Hidden(access, view), date)).Take(take).ToList();
        var ids = wins.Select(w => w.Id).ToList();
        var kudos = await db.Kudos.AsNoTracking()
            .Where(k => k.OrganizationId == access.OrganizationId && ids.Contains(k.WinId))
            .Select(k => new { k.WinId, k.UserId })
            .ToListAsync(cancellationToken);
        var counts = kudos.GroupBy(k => k.WinId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var mine = kudos.Where(k => k.UserId == access.UserId).Select(k => k.WinId).ToHashSet(StringComparer.Ordinal);
        return new WinsResponse(date, [.. wins.Select(w => new WinResponse(w.Id, w.Kind, w.ItemId, w.Title, w.Milestone, w.Date, counts.GetValueOrDefault(w.Id), mine.Contains(w.Id)))]);
    }

    /// <summary>Records the caller's kudos: null when given, else why not (404 no such win today, 409 given already).</summary>
    public static async Task<ProblemHttpResult?> GiveAsync(ThroughlineDb db, PlanCache cache, OrganizationAccess access, string id, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(time);
        var today = AnalysisApi.Today(time);
        var state = await cache.GetAsync(access.OrganizationId);
        if (!state.Read(today, view => WinFeed.Build(view, Permissions.Hidden(access, view), today)).Any(w => w.Id == id))
        {
            return ApiProblems.UnknownItem("win", id);
        }

        var given = ApiProblems.Conflict("id", $"You have given kudos on the win '{id}' already; one per person and win.");
        if (await db.Kudos.AnyAsync(k => k.OrganizationId == access.OrganizationId && k.WinId == id && k.UserId == access.UserId, cancellationToken))
        {
            return given;
        }

        db.Kudos.Add(new KudosRow { OrganizationId = access.OrganizationId, WinId = id, UserId = access.UserId, CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // The same person's second request, arrived at the same time: the primary key settles it.
            return given;
        }
    }

    private static async Task<Results<Ok<WinsResponse>, ValidationProblem, ProblemHttpResult>> List(
        HttpContext http, ThroughlineDb db, PlanCache cache, TimeProvider time, string? asOf, int? take, CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryParseAsOf(asOf, AnalysisApi.Today(time), out var date, out var problem))
        {
            return problem!;
        }

        if (take is < 1 or > 500)
        {
            return ApiProblems.Invalid("take", "take must be between 1 and 500.");
        }

        return TypedResults.Ok(await ReadAsync(db, cache, http.Access(), date, take ?? 100, cancellationToken));
    }

    private static async Task<Results<Created, ProblemHttpResult>> GiveKudos(
        HttpContext http, ThroughlineDb db, PlanCache cache, TimeProvider time, string id, CancellationToken cancellationToken)
    {
        var access = http.Access();
        return await GiveAsync(db, cache, access, id, time, cancellationToken) is { } refusal
            ? refusal
            : TypedResults.Created($"/api/organizations/{access.Slug}/wins");
    }
}
