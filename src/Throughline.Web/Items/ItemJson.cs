using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Web.Items;

/// <summary>
/// Items as the API writes them: the plan-file element as JSON (docs/api.md), plus, for a key result, the
/// objective it belongs to. ETags are the item's version, or for a check-in (which has no id) its content.
/// </summary>
public static class ItemJson
{
    /// <summary>Fields the API adds to an element; a body may repeat them unchanged.</summary>
    public const string ObjectiveField = "objective";

    public static JsonObject Node(PlanItemKind kind, PlanElement element, string? parent = null)
    {
        var node = JsonNode.Parse(PlanElementJson.Write(kind, element))!.AsObject();
        if (kind == PlanItemKind.KeyResult)
        {
            node[ObjectiveField] = parent;
        }

        return node;
    }

    public static string Text(PlanItemKind kind, PlanElement element, string? parent = null) =>
        Node(kind, element, parent).ToJsonString();

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static string CheckInETag(CheckIn checkIn) =>
        $"\"c{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PlanElementJson.Write(PlanItemKind.CheckIn, checkIn))))[..16]}\"";

    /// <summary>
    /// Whether the request's If-Match allows a write to an item at <paramref name="current"/>: no header, <c>*</c>,
    /// or a list naming the current ETag (weak or strong).
    /// </summary>
    public static bool Matches(HttpRequest request, string current)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }

        return header.Split(',').Select(tag => tag.Trim()).Any(tag =>
            tag == "*" || tag == current || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..] == current));
    }

    /// <summary>Writes a JSON answer from already-serialized parts.</summary>
    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK, string? etag = null, string? location = null) =>
        new JsonNodeResult(node, status, etag, location);

    // Letters of every language as they are, not as \u escapes: the body is UTF-8 and never inlined into HTML.
    private static readonly JsonSerializerOptions Output = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed class JsonNodeResult(JsonNode node, int status, string? etag, string? location) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            if (etag is not null)
            {
                response.Headers.ETag = etag;
            }

            if (location is not null)
            {
                response.Headers.Location = location;
            }

            await response.WriteAsync(node.ToJsonString(Output), httpContext.RequestAborted);
        }
    }
}
