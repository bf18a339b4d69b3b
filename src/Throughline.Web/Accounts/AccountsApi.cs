using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Accounts;

public sealed record SignUpRequest(string? Email, string? Password, string? Name);

public sealed record SignInRequest(string? Email, string? Password);

public sealed record MembershipResponse(string Organization, string Name, string Role, string? Person);

public sealed record AccountResponse(string Id, string Email, string Name, IReadOnlyList<MembershipResponse> Organizations);

public sealed record AntiforgeryResponse(string Token, string HeaderName);

public sealed record CreateTokenRequest(string? Name, string? Scope, int? ExpiresInDays);

public sealed record TokenResponse(Guid Id, string Name, string Scope, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

public sealed record NewTokenResponse(Guid Id, string Name, string Scope, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, string Token);

/// <summary>Signing up, in and out, the signed-in user, and their personal access tokens (docs/permissions.md).</summary>
public static class AccountsApi
{
    public const string SignInLimit = "sign-in";
    public const string TokenLimit = "tokens";

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/sign-up", SignUpAsync).RequireRateLimiting(SignInLimit);
        group.MapPost("/sign-in", SignInAsync).RequireRateLimiting(SignInLimit);
        group.MapPost("/sign-out", SignOutAsync).RequireAuthorization();
        group.MapGet("/", MeAsync).RequireAuthorization();
        group.MapGet("/antiforgery", Antiforgery).RequireAuthorization();
        var tokens = group.MapGroup("/tokens").RequireAuthorization().RequireRateLimiting(TokenLimit);
        tokens.MapGet("/", ListTokensAsync);
        tokens.MapPost("/", CreateTokenAsync);
        tokens.MapDelete("/{id:guid}", RevokeTokenAsync);
        return app;
    }

    public static string UserId(this ClaimsPrincipal user) =>
        user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated.");

    public static string UserEmail(this ClaimsPrincipal user) => user?.FindFirstValue(ClaimTypes.Name) ?? "";

    /// <summary>Read-only when the request came with a read-scoped token; a signed-in browser may write.</summary>
    public static bool CanWrite(this ClaimsPrincipal user) => user?.FindFirstValue(AuthSchemes.ScopeClaim) is null or "write";

    private static async Task<Results<Created<AccountResponse>, ValidationProblem, ProblemHttpResult>> SignUpAsync(
        SignUpRequest request, UserManager<UserAccount> users, SignInManager<UserAccount> signIn, TimeProvider time)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = ["An e-mail address is required, for example ana@example.com."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["A password is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The sign-up is not valid.");
        }

        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return ApiProblems.Conflict("email", $"An account with the e-mail '{email}' already exists; sign in instead.");
        }

        var user = new UserAccount
        {
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(request.Name) ? email : request.Name.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            var field = created.Errors.All(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [.. created.Errors.Select(e => e.Description)] },
                title: "The account could not be created.");
        }

        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.Created("/api/account", new AccountResponse(user.Id, email, user.DisplayName, []));
    }

    private static async Task<Results<Ok<AccountResponse>, ValidationProblem, ProblemHttpResult>> SignInAsync(
        SignInRequest request, UserManager<UserAccount> users, SignInManager<UserAccount> signIn, ThroughlineDb db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return ApiProblems.BadField(string.IsNullOrWhiteSpace(request.Email) ? "email" : "password", "Both the e-mail address and the password are required.");
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        var result = user is null ? SignInResult.Failed : await signIn.PasswordSignInAsync(user, request.Password, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The account is locked.",
                detail: "Too many wrong passwords in a row; the account is locked for a few minutes. Try again later.");
        }

        if (!result.Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.",
                detail: "The e-mail address or the password is wrong.");
        }

        return TypedResults.Ok(await DescribeAsync(db, user!, cancellationToken));
    }

    private static async Task<NoContent> SignOutAsync(SignInManager<UserAccount> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> MeAsync(ClaimsPrincipal principal, UserManager<UserAccount> users, ThroughlineDb db, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(principal.UserId()) is { } user
            ? TypedResults.Ok(await DescribeAsync(db, user, cancellationToken))
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The account no longer exists.");

    private static Ok<AntiforgeryResponse> Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryResponse(tokens.RequestToken!, tokens.HeaderName!));
    }

    private static async Task<Ok<List<TokenResponse>>> ListTokensAsync(ClaimsPrincipal principal, ThroughlineDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await PersonalTokens.ListAsync(db, principal.UserId(), cancellationToken));

    private static async Task<Results<Created<NewTokenResponse>, ValidationProblem, ProblemHttpResult>> CreateTokenAsync(
        CreateTokenRequest request, ClaimsPrincipal principal, ThroughlineDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (PersonalTokens.Check(request) is { } refusal)
        {
            return refusal.ValidationProblem();
        }

        if (request.Scope == "write" && !principal.CanWrite())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A read token cannot make a write token.",
                detail: "Create write tokens while signed in, or with a write token.");
        }

        var token = await PersonalTokens.CreateAsync(db, time, principal.UserId(), request, cancellationToken);
        return TypedResults.Created($"/api/account/tokens/{token.Id}", token);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeTokenAsync(
        Guid id, ClaimsPrincipal principal, ThroughlineDb db, AccessTokenCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!principal.CanWrite())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A read token cannot revoke tokens.",
                detail: "Revoke tokens while signed in, or with a write token.");
        }

        return await PersonalTokens.RevokeAsync(db, cache, time, principal.UserId(), id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Token not found.", detail: $"You have no token with the id {id}.");
    }

    private static async Task<AccountResponse> DescribeAsync(ThroughlineDb db, UserAccount user, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new { o.Slug, o.Name, m.Role, m.PersonId })
            .ToListAsync(cancellationToken);
        return new AccountResponse(user.Id, user.Email ?? "", user.DisplayName,
            [.. memberships.OrderBy(m => m.Slug, StringComparer.Ordinal).Select(m => new MembershipResponse(m.Slug, m.Name, m.Role, m.PersonId))]);
    }
}
