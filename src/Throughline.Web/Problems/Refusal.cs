using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Web.Items;

namespace Throughline.Web.Problems;

public enum RefusalKind
{
    /// <summary>A field's value is missing or malformed: 400 as a validation problem.</summary>
    BadField,

    /// <summary>A field's value names something that does not exist or is not allowed: 400 with the field under <c>errors</c>.</summary>
    Invalid,

    Forbidden,
    NotFound,
    Conflict,

    /// <summary>The caller changed an older version than the current one (a stale If-Match): 412.</summary>
    Stale,
}

/// <summary>
/// A change the server refuses, in words both the API and the pages give: the API answers it as
/// ProblemDetails, a page shows the message next to <see cref="Field"/>.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Field, string Message)
{
    public static Refusal BadField(string field, string message) => new(RefusalKind.BadField, field, message);

    public static Refusal Invalid(string field, string message) => new(RefusalKind.Invalid, field, message);

    public static Refusal Forbidden(string message) => new(RefusalKind.Forbidden, "", message);

    /// <summary>An item that does not exist, or that the caller may not see: the two answer alike.</summary>
    public static Refusal UnknownItem(string noun, string id) => new(RefusalKind.NotFound, "", $"There is no {noun} '{id}' in this organization.");

    public static Refusal Conflict(string field, string message) => new(RefusalKind.Conflict, field, message);

    /// <summary>A write against version <paramref name="current"/>'s predecessor: nothing was changed.</summary>
    public static Refusal Stale(int current, string message) => new(RefusalKind.Stale, "version", message) { Current = current };

    /// <summary>The current version, for <see cref="RefusalKind.Stale"/>.</summary>
    public int? Current { get; init; }

    /// <summary>The API's answer to a refusal other than <see cref="RefusalKind.BadField"/>.</summary>
    public ProblemHttpResult Problem() => Kind switch
    {
        RefusalKind.Invalid => ApiProblems.Invalid(Field, Message),
        RefusalKind.Forbidden => ApiProblems.Forbidden(Message),
        RefusalKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: Message),
        RefusalKind.Conflict => ApiProblems.Conflict(Field, Message),
        RefusalKind.Stale => TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "Changed since you read it.",
            detail: Message,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = Current, ["currentETag"] = Current is { } current ? ItemJson.ETag(current) : null }),
        _ => throw new InvalidOperationException("A bad field is answered as a validation problem: use ValidationProblem()."),
    };

    public ValidationProblem ValidationProblem() => ApiProblems.BadField(Field, Message);
}
