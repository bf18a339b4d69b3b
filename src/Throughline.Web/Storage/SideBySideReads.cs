using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Throughline.Web.Storage;

/// <summary>
/// Connections of their own that read one organization's tables side by side, each in a read-only
/// transaction. On PostgreSQL they share one snapshot (<c>pg_export_snapshot</c>), so together they see one
/// committed state; SQLite cannot share one, and each sees the state of its first read.
/// </summary>
internal sealed class SideBySideReads : IAsyncDisposable
{
    private readonly List<(DbConnection Connection, DbTransaction Transaction)> readers = [];

    private SideBySideReads()
    {
    }

    public IReadOnlyList<(DbConnection Connection, DbTransaction Transaction)> Readers => readers;

    /// <summary>As many readers as the machine has cores, at most <paramref name="most"/>.</summary>
    public static async Task<SideBySideReads> OpenAsync(ThroughlineDb db, int most, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var count = Math.Clamp(Environment.ProcessorCount, 1, most);
        var connectionString = db.Database.GetConnectionString();
        if (db.Database.GetDbConnection() is NpgsqlConnection)
        {
            // Millions of small rows arrive in fewer, larger reads: less work per row than with the 8 KiB default.
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            builder.ReadBufferSize = Math.Max(builder.ReadBufferSize, 64 * 1024);
            connectionString = builder.ConnectionString;
        }

        var reads = new SideBySideReads();
        try
        {
            string? snapshot = null;
            for (var i = 0; i < count; i++)
            {
                DbConnection connection = db.Database.GetDbConnection() is NpgsqlConnection
                    ? new NpgsqlConnection(connectionString)
                    : new SqliteConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                if (connection is SqliteConnection)
                {
                    // Statements stepped directly get no retries from Microsoft.Data.Sqlite: let SQLite itself wait out a busy file.
                    await using var wait = connection.CreateCommand();
                    wait.CommandText = "PRAGMA busy_timeout = 5000";
                    await wait.ExecuteNonQueryAsync(cancellationToken);
                }

                var transaction = connection is NpgsqlConnection
                    ? await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken)
                    : ((SqliteConnection)connection).BeginTransaction(deferred: true);
                reads.readers.Add((connection, transaction));
                snapshot = connection is NpgsqlConnection
                    ? await ShareSnapshotAsync(connection, transaction, snapshot, cancellationToken)
                    : null;
            }
        }
        catch
        {
            await reads.DisposeAsync();
            throw;
        }

        return reads;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, transaction) in readers)
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    /// <summary>The first transaction exports its snapshot; every later one takes it.</summary>
    private static async Task<string> ShareSnapshotAsync(DbConnection connection, DbTransaction transaction, string? snapshot, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (snapshot is null)
        {
            command.CommandText = "SET TRANSACTION READ ONLY; SELECT pg_export_snapshot()";
            return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        // The snapshot's name comes from the server (digits, letters and dashes); SET takes no parameter.
        if (!snapshot.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new InvalidOperationException($"Unexpected snapshot name '{snapshot}'.");
        }

        command.CommandText = $"SET TRANSACTION READ ONLY; SET TRANSACTION SNAPSHOT '{snapshot}'";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return snapshot;
    }
}
