using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Core.Plans;
using Throughline.Web.Hosting;
using Throughline.Web.Plans;
using Throughline.Web.Storage;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Storage;

public abstract class StorageTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    [Fact]
    public async Task PlanStoreLoadsWhatItImported()
    {
        var organization = await app.CreateOrganizationAsync("store-identity");
        var plan = PlanReader.Read(Examples.Enterprise, "enterprise.plan.yaml").Plan!;
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var id = db.Organizations.Single(o => o.Slug == organization.GetProperty("slug").GetString()).Id;

        await store.ImportAsync(id, plan);
        var loaded = await store.LoadAsync(id);

        Assert.Equal(PlanWriter.Write(plan), PlanWriter.Write(loaded));
    }

    [Fact]
    public async Task UnmigratedDatabaseIsRefusedWithTheCommandToRun()
    {
        var database = new TDatabase();
        await database.CreateAsync();
        try
        {
            var storage = StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build());
            var refused = await Assert.ThrowsAsync<DatabaseNotMigratedException>(() => DatabaseMigrations.EnsureMigratedAsync(storage));
            Assert.Contains("Run 'throughline migrate", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    [Fact]
    public async Task RunOnAnUnmigratedDatabaseEndsWithExitCode2AndSaysWhatToRun()
    {
        var database = new TDatabase();
        await database.CreateAsync();
        try
        {
            var settings = new Dictionary<string, string?>(database.Settings, StringComparer.Ordinal) { ["urls"] = "http://127.0.0.1:0" };
            var server = ThroughlineServer.Build(new ServerOptions { Settings = settings });
            using var error = new StringWriter();

            var exitCode = await ThroughlineServer.RunAsync(server, error);

            Assert.Equal(2, exitCode);
            Assert.StartsWith("error: The database", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("Run 'throughline migrate", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    [Fact]
    public async Task MigrateAppliesEveryMigrationOnceThenNothing()
    {
        var database = new TDatabase();
        await database.CreateAsync();
        try
        {
            var storage = StorageOptions.From(new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build());
            Assert.True(await DatabaseMigrations.MigrateAsync(storage) > 0);
            Assert.Equal(0, await DatabaseMigrations.MigrateAsync(storage));
            await DatabaseMigrations.EnsureMigratedAsync(storage);
        }
        finally
        {
            await database.DropAsync();
        }
    }
}

public sealed class SqliteStorageTests(ThroughlineApp<SqliteTestDatabase> app) : StorageTests<SqliteTestDatabase>(app);

public sealed class PostgresStorageTests(ThroughlineApp<PostgresTestDatabase> app) : StorageTests<PostgresTestDatabase>(app);

/// <summary>Things only the embedded default does.</summary>
public sealed class SqliteOnlyTests
{
    [Fact]
    public async Task NewSqliteFileIsCreatedAndMigratedOnStart()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-new-").FullName;
        try
        {
            var path = Path.Combine(directory, "fresh.db");
            var settings = new Dictionary<string, string?>(StringComparer.Ordinal) { ["Storage:SqlitePath"] = path };
            await using (var factory = Http.Start(settings))
            {
                var client = factory.CreateClient();
                // The database answers (health reads it), and a sign-up writes to its account tables.
                await Http.Expect(await client.GetAsync("/health"), System.Net.HttpStatusCode.OK);
                await Http.Expect(await client.PostAsJsonAsync("/api/account/sign-up", new { email = "first@example.com", password = "Correct-Horse-42" }), System.Net.HttpStatusCode.Created);
            }

            Assert.True(File.Exists(path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void DemoPlanIsTheEnterpriseExample() => Assert.Equal(Examples.Enterprise, DemoPlan.Text());
}
