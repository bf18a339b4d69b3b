using System.Text.Json.Serialization;
using Throughline.Web.Analysis;
using Throughline.Web.Health;
using Throughline.Web.Organizations;
using Throughline.Web.Plans;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Hosting;

/// <summary>Builds and runs the web host; Program, the CLI (<c>serve</c>, <c>demo</c>) and the tests all start it here.</summary>
public static class ThroughlineServer
{
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder([.. options.Args]);
        builder.Configuration.AddInMemoryCollection(options.Settings);
        var services = builder.Services;

        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);

        // Read when first needed, not now: a test host adds its own settings after this method returns.
        services.AddSingleton(provider => StorageOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddScoped(provider => provider.GetRequiredService<StorageOptions>().CreateContext());
        services.AddHostedService<MigrationGuard>();
        services.AddSingleton<PlanCache>();
        services.AddScoped<PlanStore>();

        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealth();
        app.MapOrganizations();
        app.MapPlans();
        app.MapAnalysis();
        return app;
    }

    /// <summary>
    /// Runs until stopped. An unmigrated database ends the run with exit code 2 and one line that says what
    /// to run, not a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (DatabaseNotMigratedException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return 2;
        }
    }
}
