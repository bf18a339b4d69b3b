using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Web.Storage;

namespace Throughline.Web.Health;

public sealed record HealthResponse(string Status, string Database);

/// <summary><c>GET /health</c>: up when the database answers, for load balancers and monitoring; <c>GET /health/live</c>: the process runs.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync).WithTags("Health");
        app.MapGet("/health/live", () => TypedResults.Text("live"))
            .WithTags("Health")
            .WithSummary("Answers while the process runs, without touching the database: a liveness probe.");
        return app;
    }

    private static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> CheckAsync(ThroughlineDb db, StorageOptions storage, CancellationToken cancellationToken)
    {
        var provider = storage.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        return await db.Database.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok(new HealthResponse("healthy", provider))
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database does not answer.", detail: $"Cannot connect to the {provider} database.");
    }
}
