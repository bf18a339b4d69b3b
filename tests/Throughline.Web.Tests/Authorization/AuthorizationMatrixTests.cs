using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Authorization;

/// <summary>
/// Who may call what: every endpoint of <see cref="EndpointMatrix"/> as every caller, each status checked, and
/// every mismatch reported in one failure.
/// </summary>
public abstract class AuthorizationMatrixTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Yaml = "application/yaml";
    private const string GoalBody = """{"id":"G1","title":"Serve every customer very well","owner":"lea"}""";

    [Fact]
    public async Task EveryEndpointAnswersEveryCallerAsTheirRoleAllows()
    {
        var callers = await MatrixCallers<TDatabase>.CreateAsync(app);
        var mismatches = new List<string>();
        var requests = 0;
        for (var row = 0; row < EndpointMatrix.Rows.Length; row++)
        {
            var endpoint = EndpointMatrix.Rows[row];
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var slug = endpoint.InFreshOrganization
                    ? await callers.OrganizationAsync($"fresh{row}-{caller.Name()}", caller, spareMembers: false)
                    : callers.Slugs[caller];
                var (status, body) = await SendAsync(
                    callers.Clients[caller], endpoint.Method, callers.Expand(endpoint.Path, caller, slug), callers.Expand(endpoint.Body, caller, slug), endpoint.MediaType);
                requests++;
                var expected = endpoint.Expected(caller);
                if (status != expected)
                {
                    mismatches.Add($"{endpoint} as {caller.Name()}: expected {expected}, got {status} ({Shorten(body)})");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {requests} requests answered otherwise:\n{string.Join('\n', mismatches)}");
    }

    /// <summary>
    /// Routes for everyone by design, kept out of the matrix: the API reference page and its scripts, and
    /// sign-up and sign-in, which are rate limited and tested on their own (AccountApiTests).
    /// </summary>
    private static readonly string[] PublicRoutes = ["/api/reference", "/api/account/sign-up", "/api/account/sign-in"];

    [Fact]
    public void TheMatrixCoversEveryRouteTheServerMaps()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/health", StringComparison.Ordinal)))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(method => (Method: method, Pattern: e.RoutePattern.RawText!)))
            .ToList();
        var rows = EndpointMatrix.Rows.Select(r => (r.Method, Path: r.Path.Replace("{org}", "/api/organizations/slug", StringComparison.Ordinal))).ToList();

        var missing = routes
            .Where(route => !PublicRoutes.Any(r => route.Pattern.StartsWith(r, StringComparison.Ordinal)))
            .Where(route => !rows.Any(row => row.Method == route.Method && Matches(route.Pattern, row.Path)))
            .Select(route => $"{route.Method} {route.Pattern}")
            .ToList();

        Assert.True(routes.Count > 50, $"only {routes.Count} routes found: the enumeration is broken");
        Assert.True(missing.Count == 0, "routes without a row in the matrix:\n" + string.Join('\n', missing));
    }

    /// <summary>Whether a matrix path (placeholders like {me} left in) is one the route pattern takes; a trailing slash is the same route.</summary>
    private static bool Matches(string pattern, string path)
    {
        var expression = "^" + System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Escape(pattern.TrimEnd('/')), @"\\\{[^}]+}", "[^/]+") + "/?(\\?.*)?$";
        return System.Text.RegularExpressions.Regex.IsMatch(path, expression);
    }

    [Fact]
    public async Task ReadOnlyTokenIsRefusedEveryWriteItsRoleAllows()
    {
        var callers = await MatrixCallers<TDatabase>.CreateAsync(app, "read-only", Caller.Owner);
        var slug = callers.Slugs[Caller.Owner];
        var org = $"/api/organizations/{slug}";
        var reader = await app.UserAsync(ThroughlineApp<TDatabase>.OwnerEmail, "read");
        (string Method, string Url, string? Body, string MediaType, int Expected)[] probes =
        [
            ("GET", $"{org}/goals/G1", null, Endpoint.Json, 200),
            ("PUT", $"{org}/goals/G1", GoalBody, Endpoint.Json, 403),
            ("POST", $"{org}/goals", """{"id":"goal-read","title":"Not written"}""", Endpoint.Json, 403),
            ("DELETE", $"{org}/goals/goal-del", null, Endpoint.Json, 403),
            ("PUT", $"{org}/vision", """{"statement":"Not written"}""", Endpoint.Json, 403),
            ("POST", $"{org}/key-results/KR-max/check-ins", """{"date":"2026-10-01","value":5}""", Endpoint.Json, 403),
            ("DELETE", $"{org}/key-results/KR-max/check-ins/0", null, Endpoint.Json, 403),
            ("POST", $"{org}/members", """{"email":"joiner@matrix.test","role":"member"}""", Endpoint.Json, 403),
            ("PUT", $"{org}/plan", MatrixPlan.Yaml, Yaml, 403),
            ("DELETE", org, null, Endpoint.Json, 403),
        ];

        var mismatches = new List<string>();
        foreach (var (method, url, body, mediaType, expected) in probes)
        {
            var (status, answer) = await SendAsync(reader, method, url, body, mediaType);
            if (status != expected || (expected == 403 && !answer.Contains("read-only", StringComparison.Ordinal)))
            {
                mismatches.Add($"{method} {url} with a read token: expected {expected}{(expected == 403 ? " saying the token is read-only" : "")}, got {status} ({Shorten(answer)})");
            }
        }

        var escalation = await reader.PostAsJsonAsync("/api/account/tokens", new { name = "escalation", scope = "write" });
        if (escalation.StatusCode != HttpStatusCode.Forbidden)
        {
            mismatches.Add($"POST /api/account/tokens for a write token with a read token: expected 403, got {(int)escalation.StatusCode}");
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        var goal = await app.GetJsonAsync($"{org}/goals/G1");
        Assert.Equal("Serve every customer well", goal.GetProperty("title").GetString());
        await app.GetJsonAsync($"{org}/goals/goal-del");
        Assert.Equal(2, (await app.GetJsonAsync($"{org}/key-results/KR-max/check-ins")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ForeignUserCannotTellAnExistingItemFromAMissingOne()
    {
        var callers = await MatrixCallers<TDatabase>.CreateAsync(app, "probed", Caller.Foreign);
        var org = $"/api/organizations/{callers.Slugs[Caller.Foreign]}";
        var foreign = callers.Clients[Caller.Foreign];
        (string Method, string Existing, string Missing, string? Body)[] probes =
        [
            ("GET", $"{org}/goals/G1", $"{org}/goals/G404", null),
            ("GET", $"{org}/objectives/O-private", $"{org}/objectives/O404", null),
            ("GET", $"{org}/key-results/KR-max/check-ins/0", $"{org}/key-results/KR404/check-ins/0", null),
            ("GET", $"{org}/goals/G1/history", $"{org}/goals/G404/history", null),
            ("GET", $"{org}/line-of-sight/max", $"{org}/line-of-sight/nobody", null),
            ("PUT", $"{org}/goals/G1", $"{org}/goals/G404", GoalBody),
            ("DELETE", $"{org}/goals/goal-del", $"{org}/goals/G404", null),
        ];

        var mismatches = new List<string>();
        foreach (var (method, existing, missing, body) in probes)
        {
            var (existingStatus, existingAnswer) = await SendAsync(foreign, method, existing, body, Endpoint.Json);
            var (missingStatus, missingAnswer) = await SendAsync(foreign, method, missing, body, Endpoint.Json);
            if (existingStatus != 404 || missingStatus != 404 || WithoutTrace(existingAnswer) != WithoutTrace(missingAnswer))
            {
                mismatches.Add($"{method} {existing} and {missing} as a foreign user: expected the same 404, got {existingStatus} ({Shorten(existingAnswer)}) and {missingStatus} ({Shorten(missingAnswer)})");
            }
        }

        // An organization that does not exist answers alike, but for its slug.
        var (status, nowhere) = await SendAsync(foreign, "GET", "/api/organizations/nowhere/goals/G1", null, Endpoint.Json);
        var (_, probed) = await SendAsync(foreign, "GET", $"{org}/goals/G1", null, Endpoint.Json);
        if (status != 404 || WithoutTrace(nowhere) != WithoutTrace(probed).Replace(callers.Slugs[Caller.Foreign], "nowhere", StringComparison.Ordinal))
        {
            mismatches.Add($"GET /api/organizations/nowhere/goals/G1 as a foreign user: expected the 404 of {org}/goals/G1, got {status} ({Shorten(nowhere)})");
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        await app.GetJsonAsync($"{org}/goals/goal-del");
        Assert.Equal("Serve every customer well", (await app.GetJsonAsync($"{org}/goals/G1")).GetProperty("title").GetString());
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, string method, string url, string? body, string mediaType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Shorten(string body)
    {
        var line = body.ReplaceLineEndings(" ");
        return line.Length <= 240 ? line : line[..240] + "…";
    }

    // Problem details carry the request's trace id; everything else must match.
    private static string WithoutTrace(string body)
    {
        if (!body.StartsWith('{') || JsonNode.Parse(body) is not JsonObject problem)
        {
            return body;
        }

        problem.Remove("traceId");
        return problem.ToJsonString();
    }
}

public sealed class SqliteAuthorizationMatrixTests(ThroughlineApp<SqliteTestDatabase> app) : AuthorizationMatrixTests<SqliteTestDatabase>(app);

public sealed class PostgresAuthorizationMatrixTests(ThroughlineApp<PostgresTestDatabase> app) : AuthorizationMatrixTests<PostgresTestDatabase>(app);
