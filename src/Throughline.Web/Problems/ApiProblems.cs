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

    public static ProblemHttpResult Conflict(string field, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Conflict.",
        detail: detail,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field });

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
