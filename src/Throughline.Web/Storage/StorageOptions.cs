using Microsoft.EntityFrameworkCore;

namespace Throughline.Web.Storage;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>
/// Where the data lives (docs/configuration.md). A PostgreSQL connection string, when configured, wins over
/// the SQLite file.
/// </summary>
public sealed record StorageOptions(DatabaseProvider Provider, string Target)
{
    public const string DefaultSqlitePath = "throughline.db";

    /// <summary>
    /// <c>ConnectionStrings:Throughline</c> or <c>THROUGHLINE_DATABASE</c> for PostgreSQL, else the SQLite
    /// file at <c>Storage:SqlitePath</c> (default ./throughline.db).
    /// </summary>
    public static StorageOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = configuration.GetConnectionString("Throughline");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = configuration["THROUGHLINE_DATABASE"];
        }

        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new StorageOptions(DatabaseProvider.PostgreSql, connection);
        }

        var path = configuration["Storage:SqlitePath"];
        return new StorageOptions(DatabaseProvider.Sqlite, Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path));
    }

    /// <summary>How logs and messages name the database, without a password.</summary>
    public string Description => Provider == DatabaseProvider.Sqlite
        ? $"SQLite file {Target}"
        : "PostgreSQL " + string.Join(';', Target.Split(';').Where(part => !part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A context on this database outside of dependency injection, for migrations and the CLI.</summary>
    public ThroughlineDb CreateContext() => Provider == DatabaseProvider.Sqlite
        ? new SqliteThroughlineDb(new DbContextOptionsBuilder<SqliteThroughlineDb>().UseSqlite(SqliteConnectionString).AddInterceptors(SqlitePragmas.Instance).Options)
        : new PostgresThroughlineDb(new DbContextOptionsBuilder<PostgresThroughlineDb>().UseNpgsql(Target).Options);

    public string SqliteConnectionString => $"Data Source={Target};Foreign Keys=True";

    public void AddTo(IServiceCollection services)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<ThroughlineDb, SqliteThroughlineDb>(options => options.UseSqlite(SqliteConnectionString).AddInterceptors(SqlitePragmas.Instance));
        }
        else
        {
            services.AddDbContext<ThroughlineDb, PostgresThroughlineDb>(options => options.UseNpgsql(Target));
        }
    }
}
