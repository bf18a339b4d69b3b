using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Live;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Organizations;
using Throughline.Web.Plans;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Items;

/// <summary>
/// The check-ins of a key result, numbered from 0 (the oldest) in the order they were recorded. A new
/// check-in updates the analysis in place and answers with the new state of every ancestor (docs/live-analysis.md).
/// </summary>
public static class CheckInsApi
{
    public static IEndpointRouteBuilder MapCheckIns(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/key-results/{id}/check-ins", "Check-ins");
        group.MapGet("/", ListAsync).WithSummary("The key result's check-ins, oldest first.");
        group.MapPost("/", CreateAsync).WithSummary("Check in a value (with confidence and note); the answer has the new roll-up of every ancestor.");
        group.MapGet("/{index:int}", GetAsync);
        group.MapPut("/{index:int}", (HttpContext http, CheckInWriter writer, string id, int index, CancellationToken cancellationToken) =>
            writer.ChangeAsync(http, id, index, remove: false, cancellationToken));
        group.MapDelete("/{index:int}", (HttpContext http, CheckInWriter writer, string id, int index, CancellationToken cancellationToken) =>
            writer.ChangeAsync(http, id, index, remove: true, cancellationToken));
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, PlanCache cache, string id, int? offset, int? limit)
    {
        if (Paging.Check(offset, limit) is { } problem)
        {
            return problem;
        }

        var access = http.Access();
        var (skip, take) = Paging.Resolve(offset, limit);
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view =>
        {
            if (Find(access, view, id) is not { } keyResult)
            {
                return ApiProblems.UnknownItem("key result", id);
            }

            var items = keyResult.CheckIns.Select((c, i) => (c, i)).Skip(skip).Take(take).Select(x => (JsonNode)Entry(x.c, x.i));
            return ItemJson.Json(new JsonObject
            {
                ["keyResult"] = id,
                ["total"] = keyResult.CheckIns.Count,
                ["offset"] = skip,
                ["limit"] = take,
                ["items"] = new JsonArray([.. items]),
            });
        });
    }

    private static async Task<IResult> GetAsync(HttpContext http, PlanCache cache, string id, int index)
    {
        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view =>
            Find(access, view, id) is { } keyResult && index >= 0 && index < keyResult.CheckIns.Count
                ? ItemJson.Json(Entry(keyResult.CheckIns[index], index), etag: ItemJson.CheckInETag(keyResult.CheckIns[index]))
                : ApiProblems.UnknownItem("check-in", $"{id}/{index}"));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CheckInWriter writer, string id)
    {
        var (read, problem) = await ItemWriter.ReadBodyAsync(http.Request, ItemKind.CheckIn, null);
        return problem ?? await writer.AddAsync(http, id, (CheckIn)read!.Element!);
    }

    /// <summary>The key result if it exists and the caller may see it.</summary>
    public static KeyResult? Find(OrganizationAccess access, OrganizationView view, string id) =>
        view.Index.Find(id) is { Kind: PlanItemKind.KeyResult } found && Permissions.CanSee(access, view, found) ? (KeyResult)found.Element : null;

    public static JsonObject Entry(CheckIn checkIn, int index)
    {
        var node = ItemJson.Node(PlanItemKind.CheckIn, checkIn);
        node["index"] = index;
        return node;
    }

    public static JsonObject Describe(CheckInResult result, OrganizationView view, HashSet<string> hidden)
    {
        var graph = view.Result.Graph;
        var forecast = result.Forecast;
        var ancestors = new JsonArray();
        foreach (var ancestor in result.Ancestors)
        {
            ancestors.Add(new JsonObject
            {
                ["kind"] = FindingsJson.KindName(ancestor.Item.Kind),
                ["id"] = ancestor.Item.Kind == ElementKind.Vision ? "vision" : graph.IdOf(ancestor.Item),
                ["progress"] = Math.Round(ancestor.State.Progress, 4),
                ["status"] = ancestor.State.Status.Key(),
                ["previousProgress"] = Math.Round(ancestor.Previous.Progress, 4),
                ["previousStatus"] = ancestor.Previous.Status.Key(),
            });
        }

        return new JsonObject
        {
            ["keyResult"] = new JsonObject
            {
                ["id"] = graph.KeyResult(result.KeyResult).Id,
                ["current"] = double.IsFinite(forecast.Current) ? forecast.Current : null,
                ["progress"] = Math.Round(forecast.Progress, 4),
                ["status"] = forecast.Status.Key(),
                ["forecast"] = double.IsFinite(forecast.Projected) ? Math.Round(forecast.Projected, 4) : null,
                ["checkIns"] = forecast.CheckInCount,
                ["previousProgress"] = Math.Round(result.Previous.Progress, 4),
                ["previousStatus"] = result.Previous.Status.Key(),
            },
            ["ancestors"] = ancestors,
            ["findingsAdded"] = new JsonArray([.. result.FindingsAdded.Where(f => !Permissions.Conceals(hidden, f)).Select(f => (JsonNode)Finding(f))]),
            ["findingsRemoved"] = new JsonArray([.. result.FindingsRemoved.Where(f => !Permissions.Conceals(hidden, f)).Select(f => (JsonNode)Finding(f))]),
        };
    }

    private static JsonObject Finding(Finding finding)
    {
        var f = FindingResponse.From(finding);
        return new JsonObject
        {
            ["ruleId"] = f.RuleId,
            ["severity"] = f.Severity,
            ["subjectKind"] = f.SubjectKind,
            ["subjectId"] = f.SubjectId,
            ["message"] = f.Message,
        };
    }
}

/// <summary>Records, changes and removes check-ins, with the same locking and audit as every other write.</summary>
public sealed class CheckInWriter(ThroughlineDb db, PlanCache cache, CheckInQueue queue, TimeProvider time)
{
    /// <summary>Records a new check-in through the organization's check-in queue (<see cref="CheckInQueue"/>) and answers with the roll-up.</summary>
    public Task<IResult> AddAsync(HttpContext http, string keyResultId, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(checkIn);
        return queue.AddAsync(http.Access(), keyResultId, checkIn);
    }

    /// <summary>Records a new check-in for a page: the same queue, checks and audit as the API, with the outcome to show.</summary>
    public Task<CheckInOutcome> RecordAsync(OrganizationAccess access, string keyResultId, CheckIn checkIn) =>
        queue.RecordAsync(access, keyResultId, checkIn);

    /// <summary>Why this caller may not add this check-in (the problem to answer with), or null with the key result.</summary>
    internal static IResult? Refusal(OrganizationAccess access, OrganizationView view, string keyResultId, CheckIn checkIn, out KeyResult? keyResult)
    {
        keyResult = CheckInsApi.Find(access, view, keyResultId);
        if (keyResult is null)
        {
            return ApiProblems.UnknownItem("key result", keyResultId);
        }

        var parent = view.Index.Find(keyResultId)!.Parent;
        if (!Permissions.CanCheckIn(access, view, keyResult, parent))
        {
            return ApiProblems.Forbidden($"You may check in only on key results you own or whose objective you own or manage; '{keyResultId}' is not one (docs/permissions.md).");
        }

        checkIn.By ??= access.PersonId;
        if (checkIn.By is { } by && view.Index.Find(by) is not { Kind: PlanItemKind.Person })
        {
            return ApiProblems.BadField("$.by", $"'{by}' is not a person of this organization; name one of organization.people, or leave 'by' out to check in as yourself.");
        }

        if (checkIn.By != access.PersonId && !access.IsAtLeast(Accounts.OrganizationRole.Manager))
        {
            return ApiProblems.Forbidden("Members check in as themselves: leave 'by' out, or ask a manager to record a check-in for someone else.");
        }

        return null;
    }

    /// <summary>Replaces (from the body) or removes check-in <paramref name="index"/>; the analysis is rebuilt.</summary>
    public async Task<IResult> ChangeAsync(HttpContext http, string keyResultId, int index, bool remove, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        CheckIn? replacement = null;
        if (!remove)
        {
            var (read, problem) = await ItemWriter.ReadBodyAsync(http.Request, ItemKind.CheckIn, null);
            if (problem is not null)
            {
                return problem;
            }

            replacement = (CheckIn)read!.Element!;
        }

        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        await state.Writes.WaitAsync(cancellationToken);
        try
        {
            var view = state.Read(null, v => v);
            if (CheckInsApi.Find(access, view, keyResultId) is not { } keyResult || index < 0 || index >= keyResult.CheckIns.Count)
            {
                return ApiProblems.UnknownItem("check-in", $"{keyResultId}/{index}");
            }

            var old = keyResult.CheckIns[index];
            var current = ItemJson.CheckInETag(old);
            if (!ItemJson.Matches(http.Request, current))
            {
                return ApiProblems.PreconditionFailed("check-in", $"{keyResultId}/{index}", current);
            }

            var parent = view.Index.Find(keyResultId)!.Parent;
            if (!Permissions.CanCheckIn(access, view, keyResult, parent))
            {
                return ApiProblems.Forbidden($"You may change check-ins only on key results you own or whose objective you own or manage (docs/permissions.md).");
            }

            if (replacement is not null)
            {
                replacement.By ??= old.By;
                if (replacement.By is { } by && view.Index.Find(by) is not { Kind: PlanItemKind.Person })
                {
                    return ApiProblems.BadField("$.by", $"'{by}' is not a person of this organization; name one of organization.people.");
                }

                if (replacement.By != old.By && replacement.By != access.PersonId && !access.IsAtLeast(Accounts.OrganizationRole.Manager))
                {
                    return ApiProblems.Forbidden("Members record check-ins as themselves; only managers record them for someone else.");
                }
            }

            var row = await ItemRows.CheckInAtAsync(db, access.OrganizationId, keyResultId, index, cancellationToken);
            if (row is null)
            {
                return ApiProblems.UnknownItem("check-in", $"{keyResultId}/{index}");
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                db.CheckIns.Remove(row);
                await db.SaveChangesAsync(cancellationToken);
                if (replacement is not null)
                {
                    db.ChangeTracker.Clear();
                    ItemRows.AddCheckIn(db, access.OrganizationId, keyResultId, replacement, row.Ordinal, row.Version + 1);
                }

                AuditLog.Add(db, access, time, remove ? "deleted" : "updated", ItemKind.CheckIn.RefKind, keyResultId,
                    ItemJson.Text(PlanItemKind.CheckIn, old), replacement is null ? null : ItemJson.Text(PlanItemKind.CheckIn, replacement));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            state.Replace(PlanEdit.WithCheckIn(view.Plan, keyResultId, parent, index, replacement), new Dictionary<PlanItemRef, int?>());
            return replacement is null
                ? TypedResults.NoContent()
                : ItemJson.Json(CheckInsApi.Entry(replacement, index), etag: ItemJson.CheckInETag(replacement));
        }
        finally
        {
            state.Writes.Release();
        }
    }
}
