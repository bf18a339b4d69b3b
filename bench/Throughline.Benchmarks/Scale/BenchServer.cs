using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Throughline.Web.Hosting;
using Throughline.Web.Storage;

namespace Throughline.Benchmarks.Scale;

/// <summary>The server's own host over a benchmark database: a fresh SQLite file, or a fresh PostgreSQL database.</summary>
public static class BenchServer
{
    public const string Slug = "bench";

    public static WebApplication Build(Database database, string urls = "http://127.0.0.1:0")
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["urls"] = urls,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (database.Provider == "sqlite")
        {
            settings["Storage:SqlitePath"] = database.Connection;
            settings["ConnectionStrings:Throughline"] = "";
            settings["THROUGHLINE_DATABASE"] = "";
        }
        else
        {
            settings["ConnectionStrings:Throughline"] = database.Connection;
        }

        return ThroughlineServer.Build(new ServerOptions { Settings = settings });
    }

    /// <summary>Deletes what an earlier run left: the SQLite file, or the PostgreSQL database (made again empty).</summary>
    public static async Task ResetAsync(Database database)
    {
        if (database.Provider == "sqlite")
        {
            foreach (var file in new[] { database.Connection, database.Connection + "-wal", database.Connection + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(database.Connection);
        var name = builder.Database ?? throw new ArgumentException("The PostgreSQL connection string must name a database (Database=…).");
        builder.Database = "postgres";
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"" })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Migrates the database and makes the empty organization the plan goes into.</summary>
    public static async Task<Guid> CreateOrganizationAsync(WebApplication app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrations.MigrateAsync(scope.ServiceProvider.GetRequiredService<StorageOptions>());
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var now = DateTimeOffset.UtcNow;
        var row = new OrganizationRow { Id = Guid.NewGuid(), Slug = Slug, Name = name, CreatedAt = now, UpdatedAt = now };
        db.Organizations.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    public static async Task<Guid> OrganizationIdAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        return db.Organizations.Single(o => o.Slug == Slug).Id;
    }
}

/// <summary>A database to run on: <c>sqlite</c> with a file path, or <c>postgresql</c> with a connection string.</summary>
public sealed record Database(string Provider, string Connection)
{
    public string Name => Provider == "sqlite" ? "SQLite" : "PostgreSQL";
}
