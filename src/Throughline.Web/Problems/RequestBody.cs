using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Throughline.Web.Problems;

/// <summary>Reads a request body as text, up to a limit, with a ProblemDetails answer when it is too large or of the wrong type.</summary>
public static class RequestBody
{
    /// <summary>The largest JSON body of an item endpoint: far above any real item, far below what could hurt the server.</summary>
    public const int ItemLimit = 1 << 20;

    public static async Task<(string? Text, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, IReadOnlyList<string> mediaTypes, string example)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(mediaTypes);
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !mediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type.",
                detail: $"Send the body with 'Content-Type: {example}', not '{request.ContentType ?? "(none)"}'."));
        }

        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        // Read at most one byte past the limit: a body without a length is cut off there, not buffered whole.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (null, TooLarge(limit));
            }
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not UTF-8.",
                detail: "The request body has bytes that are not UTF-8 text; save the file as UTF-8 and send it again."));
        }
    }

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The body is too large.",
        detail: $"This endpoint takes bodies of up to {limit:N0} bytes; nothing was changed.");
}
