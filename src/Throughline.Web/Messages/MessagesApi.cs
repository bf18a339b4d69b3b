using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;

namespace Throughline.Web.Messages;

/// <summary>Strategic messages and their cascade, operational updates, the inbox and the feedback loop (docs/messages.md).</summary>
public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/messages", "Messages");
        group.MapGet("/", ListAsync).WithSummary("Strategic messages (kind=strategic, the default) or operational updates (kind=operational), newest first.");
        group.MapPost("/", CreateAsync).WithSummary("Writes a strategic message linked to goals (leaders) and drafts its cascade, or posts an operational update to a unit (managers).");
        group.MapGet("/inbox", InboxAsync).WithSummary("What was delivered to you: strategic messages and operational updates, apart.");
        group.MapGet("/findings", FindingsAsync).WithSummary("The communication/* findings as of a day.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("A message with its talking points per department and level, their examples and flags.");
        group.MapGet("/{id:int}/talking-points/{department}/{level}", GetPointsAsync).WithSummary("One set of talking points at its current version, with the version as its ETag.");
        group.MapPut("/{id:int}/talking-points/{department}/{level}", EditAsync)
            .WithSummary("A new version of the talking points (their managers and leaders); send If-Match with the version you read to be sure nobody saved one meanwhile.");
        group.MapPost("/{id:int}/talking-points/{department}/{level}/release", ReleaseAsync).WithSummary("Delivers the current version to the department's people at that level.");
        group.MapPost("/{id:int}/acknowledge", AcknowledgeAsync).WithSummary("Acknowledges a message you received, restated in your own words, naming your work it touches.");
        group.MapGet("/{id:int}/restatements", RestatementsAsync).WithSummary("Recipients, their restatements and reviews, in the departments you manage.");
        group.MapPut("/{id:int}/restatements/{person}/review", ReviewAsync).WithSummary("Marks a restatement understood or needing clarification, with an optional answer.");
        group.MapGet("/{id:int}/comprehension", ComprehensionAsync).WithSummary("Acknowledged and understood shares and the median time to acknowledge, per department and level.");
        return app;
    }

    private static async Task<Results<Ok<MessageListResponse>, ValidationProblem>> ListAsync(HttpContext http, string? kind, MessageBook book)
    {
        if (kind is not (null or MessageKinds.Strategic or MessageKinds.Operational))
        {
            return ApiProblems.BadField("kind", $"Unknown kind '{kind}'; use strategic or operational.");
        }

        return TypedResults.Ok(await book.ListAsync(http.Access(), kind ?? MessageKinds.Strategic, http.RequestAborted));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, MessageRequest request, MessageBook book)
    {
        var outcome = await book.CreateAsync(http.Access(), request, http.RequestAborted);
        return outcome.Value is { } created
            ? TypedResults.Created($"/api/organizations/{http.Access().Slug}/messages/{created.Id}", created)
            : Answer(outcome.Refusal!);
    }

    private static async Task<IResult> GetAsync(HttpContext http, int id, MessageBook book) =>
        Answer(await book.GetAsync(http.Access(), id, http.RequestAborted));

    private static async Task<IResult> GetPointsAsync(HttpContext http, int id, string department, string level, MessageBook book) =>
        Tagged(http, await book.GetPointsAsync(http.Access(), id, department, level, http.RequestAborted));

    private static async Task<IResult> EditAsync(HttpContext http, int id, string department, string level, TalkingPointsRequest request, MessageBook book) =>
        Tagged(http, await book.EditAsync(http.Access(), id, department, level, request, IfMatch(http.Request), http.RequestAborted));

    private static IResult Tagged(HttpContext http, Outcome<TalkingPointsResponse> outcome)
    {
        if (outcome.Value is { } points)
        {
            http.Response.Headers.ETag = ItemJson.ETag(points.Version);
        }

        return Answer(outcome);
    }

    /// <summary>
    /// The versions an If-Match header allows: null without the header or with <c>*</c>, which allow any; else the
    /// versions its ETags name, weak or strong (an ETag that names none allows none).
    /// </summary>
    public static IReadOnlyCollection<int>? IfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tags = request.Headers.IfMatch.SelectMany(h => (h ?? "").Split(',')).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (tags.Count == 0 || tags.Contains("*"))
        {
            return null;
        }

        return [.. tags
            .Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t)
            .Select(t => t.Length > 2 && t[0] == '"' && t[^1] == '"' && int.TryParse(t[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1)
            .Where(v => v >= 0)
            .Distinct()];
    }

    private static async Task<IResult> ReleaseAsync(HttpContext http, int id, string department, string level, MessageBook book) =>
        Answer(await book.ReleaseAsync(http.Access(), id, department, level, http.RequestAborted));

    private static async Task<Ok<InboxResponse>> InboxAsync(HttpContext http, MessageBook book) =>
        TypedResults.Ok(await book.InboxAsync(http.Access(), http.RequestAborted));

    private static async Task<IResult> AcknowledgeAsync(HttpContext http, int id, AcknowledgementRequest request, MessageBook book) =>
        Answer(await book.AcknowledgeAsync(http.Access(), id, request, http.RequestAborted));

    private static async Task<IResult> RestatementsAsync(HttpContext http, int id, MessageBook book) =>
        Answer(await book.RestatementsAsync(http.Access(), id, http.RequestAborted));

    private static async Task<IResult> ReviewAsync(HttpContext http, int id, string person, ReviewRequest request, MessageBook book) =>
        Answer(await book.ReviewAsync(http.Access(), id, person, request, http.RequestAborted));

    private static async Task<IResult> ComprehensionAsync(HttpContext http, int id, MessageBook book) =>
        Answer(await book.ComprehensionAsync(http.Access(), id, http.RequestAborted));

    private static async Task<Results<Ok<FindingsResponse>, ValidationProblem>> FindingsAsync(HttpContext http, string? asOf, MessageBook book, TimeProvider time)
    {
        if (!ApiProblems.TryParseAsOf(asOf, AnalysisApi.Today(time), out var date, out var problem))
        {
            return problem!;
        }

        var findings = (await book.FindingsAsync(http.Access(), date, http.RequestAborted)).Select(f => f.Finding).ToList();
        return TypedResults.Ok(new FindingsResponse(http.Access().Slug, date, findings.Count, findings));
    }

    private static IResult Answer<T>(Outcome<T> outcome)
        where T : class => outcome.Value is { } value ? TypedResults.Ok(value) : Answer(outcome.Refusal!);

    private static IResult Answer(Refusal refusal) => refusal.Kind == RefusalKind.BadField ? refusal.ValidationProblem() : refusal.Problem();
}
