using Microsoft.EntityFrameworkCore;
using Throughline.Web.Hosting;

namespace Throughline.Web.Storage;

/// <summary>The database is older than this version of Throughline; the message says what to run.</summary>
public sealed class DatabaseNotMigratedException(string message) : Exception(message);

/// <summary>Applies and checks the migrations of the configured provider.</summary>
public static class DatabaseMigrations
{
    /// <summary>Applies every pending migration; returns how many there were.</summary>
    public static async Task<int> MigrateAsync(StorageOptions storage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(storage.Target)!);
        }

        await using var db = storage.CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>Throws <see cref="DatabaseNotMigratedException"/> when a migration is pending.</summary>
    public static async Task EnsureMigratedAsync(StorageOptions storage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        await using var db = storage.CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            var option = storage.Provider == DatabaseProvider.Sqlite ? $"--db {storage.Target}" : "--database \"<connection string>\"";
            throw new DatabaseNotMigratedException(
                $"The database ({storage.Description}) is not migrated: {pending.Count} migration(s) pending, " +
                $"the first is {pending[0]}. Run 'throughline migrate {option}' first, then start the server again.");
        }
    }
}

/// <summary>
/// Checks the database before the server takes requests: a new SQLite file is created and migrated when
/// allowed, anything else with pending migrations stops the start (docs/operations.md).
/// </summary>
internal sealed class MigrationGuard(StorageOptions storage, ServerOptions server) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (server.MigrateNewSqliteFile && storage.Provider == DatabaseProvider.Sqlite && !File.Exists(storage.Target))
        {
            await DatabaseMigrations.MigrateAsync(storage, cancellationToken);
            return;
        }

        await DatabaseMigrations.EnsureMigratedAsync(storage, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
