using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Throughline.Web.Problems;

/// <summary>The ProblemDetails every endpoint answers with when a request cannot be served (docs/api.md).</summary>
public static class ApiProblems
{
    public static ProblemHttpResult UnknownOrganization(string slug) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Organization not found.",
        detail: $"There is no organization with the slug '{slug}'.");

    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Not allowed.",
        detail: detail);

    /// <summary>An item that does not exist, or that the caller may not see: the two answer alike.</summary>
    public static ProblemHttpResult UnknownItem(string noun, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        detail: $"There is no {noun} '{id}' in this organization.");

    public static ProblemHttpResult PreconditionFailed(string noun, string id, string current) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The item changed since you read it.",
        detail: $"The {noun} '{id}' is now at ETag {current}; nothing was changed. Read it again, reapply your change and send the new ETag in If-Match.",
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentETag"] = current });

    public static ProblemHttpResult Conflict(string field, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Conflict.",
        detail: detail,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field });

    /// <summary>A field with a bad value, as a problem that also lists it under <c>errors</c>.</summary>
    public static ProblemHttpResult Invalid(string field, string message) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: $"The field '{field}' is not valid.",
        detail: message,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] } });

    /// <summary>A query parameter or field with a bad value; the message says what a good one looks like.</summary>
    public static ValidationProblem BadField(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] }, title: $"The field '{field}' is not valid.");

    /// <summary>The <c>asOf</c> parameter as a date; today when absent.</summary>
    public static bool TryParseAsOf(string? text, DateOnly today, out DateOnly asOf, out ValidationProblem? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            asOf = today;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            return true;
        }

        problem = BadField("asOf", $"'{text}' is not a date; write it as YYYY-MM-DD, for example 2026-03-31.");
        return false;
    }
}
