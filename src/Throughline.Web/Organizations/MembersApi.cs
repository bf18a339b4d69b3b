using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Web.Problems;

namespace Throughline.Web.Organizations;

public sealed record MemberRequest(string? Email, string? Role, string? Person);

public sealed record MemberResponse(string UserId, string Email, string Name, string Role, string? Person);

/// <summary>
/// Who belongs to an organization, with which role, as which person of the plan; the rules are
/// <see cref="MemberRoster"/>'s.
/// </summary>
public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/members", "Members");
        group.MapGet("/", ListAsync).WithSummary("The members, their roles and their persons.");
        group.MapPost("/", AddAsync).WithSummary("Add a user (by the e-mail they signed up with) with a role and, optionally, their person in the plan.");
        group.MapPut("/{userId}", ChangeAsync).WithSummary("Change a member's role or person.");
        group.MapDelete("/{userId}", RemoveAsync).WithSummary("Remove a member.");
        return app;
    }

    private static async Task<Ok<List<MemberResponse>>> ListAsync(HttpContext http, MemberRoster roster, CancellationToken cancellationToken) =>
        TypedResults.Ok(await roster.ListAsync(http.Access().OrganizationId, cancellationToken));

    private static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        HttpContext http, MemberRequest request, MemberRoster roster, CancellationToken cancellationToken)
    {
        var access = http.Access();
        var (member, refusal) = await roster.AddAsync(access, request, cancellationToken);
        return refusal is not null
            ? Refused<Created<MemberResponse>>(refusal)
            : TypedResults.Created($"/api/organizations/{access.Slug}/members/{member!.UserId}", member);
    }

    private static async Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        HttpContext http, string userId, MemberRequest request, MemberRoster roster, CancellationToken cancellationToken)
    {
        var (member, refusal) = await roster.ChangeAsync(http.Access(), userId, request, cancellationToken);
        return refusal is not null ? Refused<Ok<MemberResponse>>(refusal) : TypedResults.Ok(member!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(HttpContext http, string userId, MemberRoster roster, CancellationToken cancellationToken) =>
        await roster.RemoveAsync(http.Access(), userId, cancellationToken) is { } refusal ? refusal.Problem() : TypedResults.NoContent();

    private static Results<TResult, ValidationProblem, ProblemHttpResult> Refused<TResult>(Refusal refusal)
        where TResult : IResult =>
        refusal.Kind == RefusalKind.BadField ? refusal.ValidationProblem() : refusal.Problem();
}
