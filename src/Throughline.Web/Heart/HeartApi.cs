using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Web.Analysis;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;

namespace Throughline.Web.Heart;

/// <summary>The HEART index per unit and the anonymous pulse survey that feeds it (docs/heart.md#the-server).</summary>
public static class HeartApi
{
    public static IEndpointRouteBuilder MapHeart(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/heart", "HEART");
        group.MapGet("", ReadAsync).WithSummary("Per unit and dimension: own and rolled-up value, parts, index and the trend against the previous round.");
        group.MapGet("/pulse", StatusAsync).WithSummary("The current pulse round and whether you answered it.");
        group.MapPost("/pulse", AnswerAsync).WithSummary("Answers the current round's pulse survey, once: each dimension 1 to 5, or null to skip it.");
        return app;
    }

    private static async Task<Results<Ok<HeartResponse>, ValidationProblem>> ReadAsync(HttpContext http, string? asOf, HeartBoard board, TimeProvider time)
    {
        if (!ApiProblems.TryParseAsOf(asOf, AnalysisApi.Today(time), out var date, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(await board.ReadAsync(http.Access(), date, http.RequestAborted));
    }

    private static async Task<Ok<PulseStatusResponse>> StatusAsync(HttpContext http, PulseBook pulse) =>
        TypedResults.Ok(await pulse.StatusAsync(http.Access(), http.RequestAborted));

    private static async Task<Results<Created<PulseStatusResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(HttpContext http, PulseRequest request, PulseBook pulse)
    {
        var access = http.Access();
        return await pulse.AnswerAsync(access, request, http.RequestAborted) switch
        {
            null => TypedResults.Created($"/api/organizations/{access.Slug}/heart/pulse", await pulse.StatusAsync(access, http.RequestAborted)),
            { Kind: RefusalKind.BadField } bad => bad.ValidationProblem(),
            var refusal => refusal.Problem(),
        };
    }
}
