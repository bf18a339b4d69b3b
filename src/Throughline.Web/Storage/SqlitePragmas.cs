using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Throughline.Web.Storage;

/// <summary>
/// Sets up every SQLite connection the server opens: write-ahead logging, so that readers never wait for a
/// writer and a commit appends to one file; <c>synchronous=NORMAL</c>, which with WAL keeps every committed
/// transaction through a crash of the server and syncs at checkpoints rather than on every commit (a power cut
/// can lose the last commits, never corrupt the file — docs/operations.md); and a busy timeout instead of
/// failing at once when another process holds the write lock.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (ReadOnly(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (ReadOnly(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // EF opens a read-only connection to ask whether the file exists; it can set nothing.
    private static bool ReadOnly(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
}
