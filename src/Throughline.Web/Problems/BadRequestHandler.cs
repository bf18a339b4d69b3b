using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Throughline.Web.Problems;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a field of the wrong type) into a 400
/// ProblemDetails that names the field, as the JSON reader saw it (<c>$.name</c>).
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = bad.InnerException as JsonException;
        var field = json?.Path ?? "body";
        var detail = json is null
            ? bad.Message
            : $"The request body is not valid JSON for this endpoint: the value at '{field}' is malformed or of the wrong type.";
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = detail,
                Extensions = { ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [detail] } },
            },
        });
    }
}
