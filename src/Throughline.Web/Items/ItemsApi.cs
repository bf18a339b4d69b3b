using System.Text.Json;
using System.Text.Json.Nodes;
using Throughline.Core.Plans;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Organizations;
using Throughline.Web.Plans;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Items;

/// <summary>
/// Units, people, SWOT items, decision criteria, goals, objectives, key results, initiatives and actions:
/// list (filters, paging), read, create, replace, delete, history. Reads come from the organization in memory.
/// </summary>
public static class ItemsApi
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "offset", "limit", "q" };

    public static IEndpointRouteBuilder MapItems(this IEndpointRouteBuilder app)
    {
        foreach (var kind in ItemKind.Identified)
        {
            var group = app.MapOrganizationGroup("/" + kind.Segment, Tag(kind));
            group.MapGet("/", (HttpContext http, PlanCache cache, int? offset, int? limit) => ListAsync(http, cache, kind, offset, limit))
                .WithSummary($"List {kind.Segment}; any top-level field of the element filters (?unit=ops), q searches the text.");
            group.MapGet("/{id}", (HttpContext http, PlanCache cache, string id) => GetAsync(http, cache, kind, id))
                .WithSummary($"One {kind.Noun}, with its ETag.");
            if (kind != ItemKind.KeyResult)
            {
                group.MapPost("/", async (HttpContext http, ItemWriter writer, CancellationToken cancellationToken) =>
                {
                    var (read, problem) = await ItemWriter.ReadBodyAsync(http.Request, kind, null);
                    return problem ?? await writer.SaveAsync(http, kind, WriteMode.Create, null, read, null, cancellationToken);
                }).WithSummary($"Create {Article(kind.Noun)} {kind.Noun} from its plan element as JSON.");
            }

            group.MapPut("/{id}", async (HttpContext http, ItemWriter writer, PlanCache cache, string id, CancellationToken cancellationToken) =>
            {
                var parent = kind == ItemKind.KeyResult ? await ParentOfAsync(http, cache, id) : null;
                var (read, problem) = await ItemWriter.ReadBodyAsync(http.Request, kind, parent);
                return problem ?? await writer.SaveAsync(http, kind, WriteMode.Update, id, read, null, cancellationToken);
            }).WithSummary($"Replace {Article(kind.Noun)} {kind.Noun}; send If-Match with its ETag to be sure nobody changed it meanwhile.");
            group.MapDelete("/{id}", (HttpContext http, ItemWriter writer, string id, CancellationToken cancellationToken) =>
                writer.SaveAsync(http, kind, WriteMode.Delete, id, null, null, cancellationToken))
                .WithSummary($"Delete {Article(kind.Noun)} {kind.Noun}{(kind.NestedKeys.Count > 0 ? " with what the plan nests under it" : "")}; refused while other items name it.");
            group.MapGet("/{id}/history", async (HttpContext http, ThroughlineDb db, PlanCache cache, string id, int? offset, int? limit, CancellationToken cancellationToken) =>
                await GetAsync(http, cache, kind, id) is var found && found is ProblemResult
                    ? found
                    : await AuditLog.PageAsync(http, db, cache, kind == ItemKind.KeyResult ? [kind.RefKind, ItemKind.CheckIn.RefKind] : [kind.RefKind], id, null, offset, limit, cancellationToken))
                .WithSummary($"The audit entries of one {kind.Noun}, newest first.");
        }

        var objectives = app.MapOrganizationGroup("/objectives", Tag(ItemKind.Objective));
        objectives.MapPost("/{id}/key-results", async (HttpContext http, ItemWriter writer, string id, CancellationToken cancellationToken) =>
        {
            var (read, problem) = await ItemWriter.ReadBodyAsync(http.Request, ItemKind.KeyResult, id);
            return problem ?? await writer.SaveAsync(http, ItemKind.KeyResult, WriteMode.Create, null, read, id, cancellationToken);
        }).WithSummary("Add a key result to the objective.");

        var vision = app.MapOrganizationGroup("/vision", "Vision");
        vision.MapGet("/", GetVisionAsync).WithSummary("The vision (without its success measures: list them at key-results?objective=).");
        vision.MapPut("/", async (HttpContext http, ItemWriter writer, CancellationToken cancellationToken) =>
        {
            var (read, problem) = await ItemWriter.ReadBodyAsync(http.Request, ItemKind.Vision, null);
            return problem ?? await writer.SaveVisionAsync(http, read, cancellationToken);
        }).WithSummary("Write the vision: statement, purpose, horizon.");
        vision.MapDelete("/", (HttpContext http, ItemWriter writer, CancellationToken cancellationToken) => writer.SaveVisionAsync(http, null, cancellationToken))
            .WithSummary("Delete the vision and its success measures.");
        vision.MapPost("/key-results", async (HttpContext http, ItemWriter writer, CancellationToken cancellationToken) =>
        {
            var (read, problem) = await ItemWriter.ReadBodyAsync(http.Request, ItemKind.KeyResult, null);
            return problem ?? await writer.SaveAsync(http, ItemKind.KeyResult, WriteMode.Create, null, read, null, cancellationToken);
        }).WithSummary("Add a success measure to the vision.");
        vision.MapGet("/history", (HttpContext http, ThroughlineDb db, PlanCache cache, int? offset, int? limit, CancellationToken cancellationToken) =>
            AuditLog.PageAsync(http, db, cache, [ItemKind.Vision.RefKind], "vision", null, offset, limit, cancellationToken));
        return app;
    }

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Tag(ItemKind kind) => char.ToUpperInvariant(kind.Segment[0]) + kind.Segment[1..].Replace('-', ' ');

    private static async Task<string?> ParentOfAsync(HttpContext http, PlanCache cache, string id)
    {
        var state = await cache.GetAsync(http.Access().OrganizationId);
        return state.Read(null, view => view.Index.Find(id)?.Parent);
    }

    private static async Task<IResult> ListAsync(HttpContext http, PlanCache cache, ItemKind kind, int? offset, int? limit)
    {
        if (Paging.Check(offset, limit) is { } problem)
        {
            return problem;
        }

        var access = http.Access();
        var (skip, take) = Paging.Resolve(offset, limit);
        var filters = http.Request.Query.Where(q => !Reserved.Contains(q.Key)).Select(q => (q.Key, Value: q.Value.ToString())).ToList();
        var text = http.Request.Query["q"].ToString();
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view =>
        {
            var hidden = Permissions.Hidden(access, view);
            var matches = kind.All(view.Plan)
                .Where(e => !hidden.Contains(e.Id))
                .Select(e => (Element: e, Node: (JsonNode?)null))
                .Select(e => e with { Node = filters.Count > 0 || text.Length > 0 ? Node(kind, view, e.Element) : null })
                .Where(e => filters.All(f => Matches(e.Node!, f.Key, f.Value)) && (text.Length == 0 || Mentions(e.Node!, text)))
                .ToList();
            var items = new JsonArray([.. matches.Skip(skip).Take(take).Select(e => e.Node ?? Node(kind, view, e.Element))]);
            return ItemJson.Json(new JsonObject
            {
                ["organization"] = access.Slug,
                ["total"] = matches.Count,
                ["offset"] = skip,
                ["limit"] = take,
                ["items"] = items,
            });
        });
    }

    private static async Task<IResult> GetAsync(HttpContext http, PlanCache cache, ItemKind kind, string id)
    {
        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view =>
            view.Index.Find(id) is { } found && found.Kind == kind.Kind && Permissions.CanSee(access, view, found)
                ? ItemJson.Json(ItemJson.Node(kind.Kind, found.Element, found.Parent), etag: ItemJson.ETag(view.Versions.GetValueOrDefault(new PlanItemRef(kind.RefKind, id), 1)))
                : new ProblemResult(ApiProblems.UnknownItem(kind.Noun, id)));
    }

    private static async Task<IResult> GetVisionAsync(HttpContext http, PlanCache cache)
    {
        var state = await cache.GetAsync(http.Access().OrganizationId);
        return state.Read(null, view => view.Plan.Vision is { } vision
            ? ItemJson.Json(ItemJson.Node(PlanItemKind.Vision, vision), etag: ItemJson.ETag(view.Versions.GetValueOrDefault(new PlanItemRef("vision", "vision"), 1)))
            : ApiProblems.UnknownItem("vision", "vision"));
    }

    private static JsonObject Node(ItemKind kind, OrganizationView view, Core.Model.IdentifiedElement element) =>
        ItemJson.Node(kind.Kind, element, kind == ItemKind.KeyResult ? view.Index.Find(element.Id)?.Parent : null);

    // A filter names a top-level field: a scalar matches its text, a list matches when an entry (or an entry's id) does.
    private static bool Matches(JsonNode node, string field, string value)
    {
        var property = node[field];
        if (property is null)
        {
            return value is "" or "null";
        }

        return property switch
        {
            JsonArray list => list.Any(entry => entry is JsonObject entryObject ? Same(entryObject["id"], value) : Same(entry, value)),
            _ => Same(property, value),
        };
    }

    private static bool Same(JsonNode? node, string value) => node switch
    {
        null => value is "" or "null",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>() == value,
        _ => node.ToJsonString() == value,
    };

    private static readonly string[] TextFields = ["title", "name", "text", "statement", "description"];

    private static bool Mentions(JsonNode node, string text) =>
        TextFields.Any(field => node[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>().Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>A ProblemDetails answer that callers can tell apart from a found item.</summary>
    private sealed class ProblemResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => inner.ExecuteAsync(httpContext);
    }
}
