using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Organizations;
using Throughline.Web.Plans;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Items;

public enum WriteMode { Create, Update, Delete }

/// <summary>
/// Creates, replaces and deletes single items. Every write takes the organization's write lock, checks
/// existence, the ETag, the permission and the whole plan's references on a changed copy, then writes the
/// item's rows and an audit entry in one transaction, and only then swaps the copy into memory. A refused
/// write changes nothing.
/// </summary>
public sealed class ItemWriter(ThroughlineDb db, PlanCache cache, TimeProvider time)
{
    public static readonly string[] JsonTypes = ["application/json", "text/json", "application/problem+json"];

    /// <summary>Reads and checks an element body: JSON of the plan element, without the lists managed at URLs of their own.</summary>
    public static async Task<(ElementReadResult? Read, IResult? Problem)> ReadBodyAsync(HttpRequest request, ItemKind kind, string? parent)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var (text, problem) = await RequestBody.ReadAsync(request, RequestBody.ItemLimit, JsonTypes, "application/json");
        if (problem is not null)
        {
            return (null, problem);
        }

        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(text!) as JsonObject;
        }
        catch (JsonException)
        {
            // The element reader words the syntax error with its position.
        }

        if (body is not null)
        {
            foreach (var key in kind.NestedKeys)
            {
                if (body.ContainsKey(key))
                {
                    return (null, ApiProblems.BadField("$." + key, NestedMessage(kind, key)));
                }
            }

            if (kind.Kind == PlanItemKind.KeyResult && body.Remove(ItemJson.ObjectiveField, out var stated))
            {
                if (stated?.GetValueKind() is not (JsonValueKind.Null or null) && (stated.GetValueKind() != JsonValueKind.String || stated.GetValue<string>() != parent))
                {
                    return (null, ApiProblems.BadField("$." + ItemJson.ObjectiveField,
                        $"A key result stays with its objective ('{parent ?? "the vision"}'); to move it, create it under the other objective and delete this one."));
                }

                text = body.ToJsonString();
            }
        }

        var read = PlanElementJson.Read(kind.Kind, text!);
        return read.Succeeded ? (read, null) : (null, Invalid(read.Errors.Select(e => (e.Path, Say(e.Message, e.Suggestion)))));
    }

    /// <summary>The change, checked and written; <paramref name="id"/> is the item's for an update or delete.</summary>
    public async Task<IResult> SaveAsync(
        HttpContext http, ItemKind kind, WriteMode mode, string? id, ElementReadResult? read, string? parent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(kind);
        var access = http.Access();
        var incoming = (IdentifiedElement?)read?.Element;
        if (mode == WriteMode.Update && incoming!.Id != id)
        {
            return ApiProblems.BadField("$.id", $"The id in the body ('{incoming.Id}') is not the one in the URL ('{id}'); an id cannot change: create the item under the new id and delete the old one.");
        }

        var state = await cache.GetAsync(access.OrganizationId);
        await state.Writes.WaitAsync(cancellationToken);
        try
        {
            // Holding the write lock, nothing changes the plan or the index under us.
            var view = state.Read(null, v => v);
            IndexedElement? existing = null;
            if (mode != WriteMode.Create)
            {
                existing = view.Index.Find(id!);
                if (existing is null || existing.Kind != kind.Kind || !Permissions.CanSee(access, view, existing))
                {
                    return ApiProblems.UnknownItem(kind.Noun, id!);
                }

                parent = existing.Parent;
                if (!Permissions.CanEdit(access, view, kind.Kind, existing.Element, parent))
                {
                    return ApiProblems.Forbidden($"Your role ({access.Role.Name()}) may not change {kind.Noun} '{id}' (docs/permissions.md).");
                }

                var current = ItemJson.ETag(view.Versions.GetValueOrDefault(new PlanItemRef(kind.RefKind, id!), 1));
                if (!ItemJson.Matches(http.Request, current))
                {
                    return ApiProblems.PreconditionFailed(kind.Noun, id!, current);
                }
            }
            else if (kind.Kind == PlanItemKind.KeyResult && parent is not null
                && (view.Index.Find(parent) is not { Kind: PlanItemKind.Objective } owner || !Permissions.CanSee(access, view, owner)))
            {
                return ApiProblems.UnknownItem("objective", parent);
            }
            else if (kind.Kind == PlanItemKind.KeyResult && parent is null && view.Plan.Vision is null)
            {
                return ApiProblems.Conflict("vision", "The plan has no vision yet; PUT the vision before adding success measures to it.");
            }

            // Permission before the id check: who may not create learns nothing about which ids exist.
            if (incoming is not null && !Permissions.CanEdit(access, view, kind.Kind, incoming, parent))
            {
                return ApiProblems.Forbidden($"Your role ({access.Role.Name()}) may not {(mode == WriteMode.Create ? "create" : "make")} this {kind.Noun} (docs/permissions.md).");
            }

            if (mode == WriteMode.Create && view.Index.Find(incoming!.Id) is { } taken)
            {
                var by = Permissions.CanSee(access, view, taken) ? $"by {Noun(taken.Kind)}" : "in the plan";
                return ApiProblems.Conflict("$.id", $"The id '{incoming.Id}' is already used {by}; ids are unique across the plan, choose another.");
            }

            var plan = PlanEdit.With(view.Plan, kind.Kind, mode == WriteMode.Create ? null : id, incoming, parent);
            if (Refused(read, PlanValidator.Validate(plan), mode, kind, id, Permissions.Hidden(access, view)) is { } refused)
            {
                return refused;
            }

            var itemId = incoming?.Id ?? id!;
            var version = await WriteRowsAsync(access, kind, mode, itemId, incoming, parent, existing, cancellationToken);
            var changed = new Dictionary<PlanItemRef, int?>(PlanItemRefs.Comparer) { [new PlanItemRef(kind.RefKind, itemId)] = version };
            if (mode == WriteMode.Delete && existing!.Element is Objective removed)
            {
                foreach (var kr in removed.KeyResults)
                {
                    changed[new PlanItemRef(ItemKind.KeyResult.RefKind, kr.Id)] = null;
                }
            }

            state.Replace(plan, changed);
            if (mode == WriteMode.Delete)
            {
                return TypedResults.NoContent();
            }

            var url = $"/api/organizations/{access.Slug}/{kind.Segment}/{Uri.EscapeDataString(itemId)}";
            return ItemJson.Json(ItemJson.Node(kind.Kind, incoming!, parent), mode == WriteMode.Create ? StatusCodes.Status201Created : StatusCodes.Status200OK,
                ItemJson.ETag(version!.Value), mode == WriteMode.Create ? url : null);
        }
        finally
        {
            state.Writes.Release();
        }
    }

    /// <summary>Writes a vision (create or replace) or deletes it with its success measures.</summary>
    public async Task<IResult> SaveVisionAsync(HttpContext http, ElementReadResult? read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var access = http.Access();
        var kind = ItemKind.Vision;
        var vision = (Vision?)read?.Element;
        var state = await cache.GetAsync(access.OrganizationId);
        await state.Writes.WaitAsync(cancellationToken);
        try
        {
            var view = state.Read(null, v => v);
            var existing = view.Plan.Vision;
            if (vision is null && existing is null)
            {
                return ApiProblems.UnknownItem("vision", "vision");
            }

            var reference = new PlanItemRef(kind.RefKind, kind.RefKind);
            var current = ItemJson.ETag(view.Versions.GetValueOrDefault(reference, 1));
            if (existing is not null && !ItemJson.Matches(http.Request, current))
            {
                return ApiProblems.PreconditionFailed(kind.Noun, kind.RefKind, current);
            }

            if (!Permissions.CanEdit(access, view, PlanItemKind.Vision, (PlanElement?)vision ?? existing!, null))
            {
                return ApiProblems.Forbidden("Only leaders, admins and owners change the vision (docs/permissions.md).");
            }

            var plan = PlanEdit.WithVision(view.Plan, vision);
            var mode = vision is null ? WriteMode.Delete : existing is null ? WriteMode.Create : WriteMode.Update;
            if (Refused(read, PlanValidator.Validate(plan), mode, kind, "vision", Permissions.Hidden(access, view)) is { } refused)
            {
                return refused;
            }

            var stored = await ItemRows.FindAsync(db, access.OrganizationId, PlanItemKind.Vision, "vision", cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ItemRows.DeleteAsync(db, access.OrganizationId, PlanItemKind.Vision, "vision", nested: vision is null, cancellationToken);
            int? version = null;
            if (vision is not null)
            {
                version = (stored?.Version ?? 0) + 1;
                ItemRows.Add(db, access.OrganizationId, PlanItemKind.Vision, vision, null, 0, version.Value);
            }

            AuditLog.Add(db, access, time, Verb(mode), kind.RefKind, "vision",
                existing is null ? null : ItemJson.Text(PlanItemKind.Vision, existing), vision is null ? null : ItemJson.Text(PlanItemKind.Vision, vision));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            var changed = new Dictionary<PlanItemRef, int?>(PlanItemRefs.Comparer) { [reference] = version };
            if (vision is null)
            {
                foreach (var kr in existing!.Success)
                {
                    changed[new PlanItemRef(ItemKind.KeyResult.RefKind, kr.Id)] = null;
                }
            }

            state.Replace(plan, changed);
            return vision is null
                ? TypedResults.NoContent()
                : ItemJson.Json(ItemJson.Node(PlanItemKind.Vision, vision), existing is null ? StatusCodes.Status201Created : StatusCodes.Status200OK, ItemJson.ETag(version!.Value));
        }
        finally
        {
            state.Writes.Release();
        }
    }

    public static string Verb(WriteMode mode) => mode switch
    {
        WriteMode.Create => "created",
        WriteMode.Update => "updated",
        _ => "deleted",
    };

    /// <summary>The 400 of a body that does not hold up, field by field.</summary>
    public static IResult Invalid(IEnumerable<(string Path, string Message)> errors)
    {
        var byPath = errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(byPath, title: "The item is not valid; nothing was changed.");
    }

    /// <summary>
    /// Errors of the whole plan after the change: those about the body's own fields are a 400 naming the field;
    /// others (a deleted item still named elsewhere) are a 409 that lists them.
    /// </summary>
    public static IResult? Refused(ElementReadResult? read, IReadOnlyList<PlanError> errors, WriteMode mode, ItemKind kind, string? id, IReadOnlySet<string> hidden)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(kind);
        if (errors.Count == 0)
        {
            return null;
        }

        var own = errors.Where(e => e.Location.File == PlanElementJson.BodyFileName).ToList();
        if (own.Count > 0 && read is not null)
        {
            return Invalid(own.Select(e => (read.PathOf(e.Location), Say(e.Message, e.Suggestion))));
        }

        var detail = mode == WriteMode.Delete
            ? $"The {kind.Noun} '{id}' is still named elsewhere in the plan; change those items first. {errors.Count} reference(s) would break."
            : $"The change would leave the plan inconsistent: {errors.Count} problem(s).";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The change conflicts with the rest of the plan; nothing was changed.",
            detail: detail,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                // A problem that names an item the caller may not see says only that such an item exists.
                ["problems"] = errors.Select(e => Names(e.Message, hidden) ? "An item you may not see names it." : Say(e.Message, e.Suggestion)).Distinct(StringComparer.Ordinal).ToList(),
            });
    }

    private async Task<int?> WriteRowsAsync(
        OrganizationAccess access, ItemKind kind, WriteMode mode, string itemId, IdentifiedElement? incoming, string? parent, IndexedElement? existing, CancellationToken cancellationToken)
    {
        var org = access.OrganizationId;
        var stored = mode == WriteMode.Create ? null : await ItemRows.FindAsync(db, org, kind.Kind, itemId, cancellationToken);
        var ordinal = stored?.Ordinal ?? await ItemRows.NextOrdinalAsync(db, org, kind.Kind, parent, cancellationToken);
        int? version = mode == WriteMode.Delete ? null : (stored?.Version ?? 0) + 1;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (mode != WriteMode.Create)
        {
            await ItemRows.DeleteAsync(db, org, kind.Kind, itemId, nested: mode == WriteMode.Delete, cancellationToken);
        }

        if (incoming is not null)
        {
            ItemRows.Add(db, org, kind.Kind, incoming, parent, ordinal, version!.Value);
        }

        AuditLog.Add(db, access, time, Verb(mode), kind.RefKind, itemId,
            existing is null ? null : ItemJson.Text(kind.Kind, existing.Element, existing.Parent),
            incoming is null ? null : ItemJson.Text(kind.Kind, incoming, parent));
        await db.Organizations.Where(o => o.Id == org).ExecuteUpdateAsync(o => o.SetProperty(x => x.UpdatedAt, time.GetUtcNow()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    private static bool Names(string message, IReadOnlySet<string> hidden) =>
        hidden.Count > 0 && message.Split([' ', '\'', ',', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(hidden.Contains);

    public static string Say(string message, string? suggestion) =>
        suggestion is null ? message : $"{message} (did you mean '{suggestion}'?)";

    private static string Noun(PlanItemKind kind) => kind switch
    {
        PlanItemKind.KeyResult => "a key result",
        PlanItemKind.Swot => "a SWOT item",
        PlanItemKind.Criterion => "a decision criterion",
        PlanItemKind.Objective or PlanItemKind.Initiative or PlanItemKind.Action => "an " + kind.ToString().ToLowerInvariant(),
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };

    private static string NestedMessage(ItemKind kind, string key) => key switch
    {
        "key_results" => "An objective's key results are managed on their own: POST them to …/objectives/{id}/key-results.",
        "checkins" => "A key result's check-ins are managed on their own: POST them to …/key-results/{id}/check-ins.",
        _ => $"The vision's success measures are managed on their own: POST them to …/vision/key-results (not in the {kind.Noun}).",
    };
}

public static class PlanItemRefs
{
    public static readonly IEqualityComparer<PlanItemRef> Comparer = EqualityComparer<PlanItemRef>.Default;
}
