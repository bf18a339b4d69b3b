using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Throughline.Web.Storage;

internal sealed partial class RowTable<TRow>
{
    /// <summary>
    /// Makes the organization's rows <paramref name="incoming"/>, inside the connection's current transaction.
    /// Rows equal in every column to one of <paramref name="stored"/> (the rows as they are) stay untouched,
    /// so importing a plan again writes only what changed; the rest are deleted and inserted in bulk, and when
    /// most of the table goes, the whole of it is deleted at once.
    /// </summary>
    public async Task ReplaceAsync(DbConnection connection, DbTransaction? transaction, Guid organizationId, IReadOnlyCollection<TRow> stored, IReadOnlyCollection<TRow> incoming, CancellationToken cancellationToken)
    {
        var before = order.ForWriting(stored);
        var after = order.ForWriting(incoming);
        var (gone, added) = Differences(before, after);
        if (gone.Count > before.Count / 2)
        {
            await DeleteAsync(connection, transaction, organizationId, cancellationToken);
            (gone, added) = ([], after);
        }

        if (gone.Count > 0)
        {
            await DeleteAsync(connection, gone, cancellationToken);
        }

        if (added.Count > 0)
        {
            await InsertAsync(connection, added, cancellationToken);
        }
    }

    private async Task DeleteAsync(DbConnection connection, DbTransaction? transaction, Guid organizationId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"DELETE FROM {table} WHERE {organizationColumn} = @organization", organizationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Both lists in key order: the stored rows that go, and the incoming rows that are not stored as they are.</summary>
    private (IReadOnlyList<TRow> Gone, IReadOnlyList<TRow> Added) Differences(IReadOnlyList<TRow> before, IReadOnlyList<TRow> after)
    {
        var gone = new List<TRow>();
        var added = new List<TRow>();
        int i = 0, j = 0;
        while (i < before.Count || j < after.Count)
        {
            var byKey = i == before.Count ? 1 : j == after.Count ? -1 : order.CompareKeys(before[i], after[j]);
            if (byKey < 0)
            {
                gone.Add(before[i++]);
            }
            else if (byKey > 0)
            {
                added.Add(after[j++]);
            }
            else
            {
                if (!SameRow(before[i], after[j]))
                {
                    gone.Add(before[i]);
                    added.Add(after[j]);
                }

                i++;
                j++;
            }
        }

        return (gone, added);
    }

    private static bool SameRow(TRow a, TRow b)
    {
        var columns = AllColumns;
        for (var i = 0; i < columns.Length; i++)
        {
            if (!columns[i].Same(a, b))
            {
                return false;
            }
        }

        return true;
    }

    private async Task InsertAsync(DbConnection connection, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        switch (connection)
        {
            case SqliteConnection sqlite:
                Insert(sqlite, rows, cancellationToken);
                break;
            case NpgsqlConnection postgres:
                await CopyAsync(postgres, rows, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"No bulk writes for {connection.GetType().Name}.");
        }
    }

    /// <summary>Deletes the rows with the keys of <paramref name="rows"/>.</summary>
    private async Task DeleteAsync(DbConnection connection, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection sqlite)
        {
            Step(sqlite, $"DELETE FROM {table} WHERE {keyMatch}", keyColumns, rows, cancellationToken);
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {table} WHERE ({keyList}) IN (SELECT * FROM unnest({string.Join(", ", keyColumns.Select((_, i) => "@k" + i))}))";
        command.CommandTimeout = 0;
        for (var i = 0; i < keyColumns.Length; i++)
        {
            var values = keyColumns[i].Values(rows);
            values.ParameterName = "@k" + i;
            command.Parameters.Add(values);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Insert(SqliteConnection connection, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var parameters = string.Join(", ", AllColumns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        Step(connection, $"INSERT INTO {table} ({columnList}) VALUES ({parameters})", AllColumns, rows, cancellationToken);
    }

    /// <summary>Steps one prepared statement once per row, its parameters bound to the row's <paramref name="columns"/>.</summary>
    private static void Step(SqliteConnection connection, string sql, RowColumn<TRow>[] columns, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        using var statement = SqliteDirect.Prepare(connection, sql);
        for (var row = 0; row < rows.Count; row++)
        {
            if (row % 4096 == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var i = 0; i < columns.Length; i++)
            {
                SqliteDirect.Check(connection, columns[i].Bind(statement, i + 1, rows[row]));
            }

            SqliteDirect.Check(connection, raw.sqlite3_step(statement));
            SqliteDirect.Check(connection, raw.sqlite3_reset(statement));
        }
    }

    private async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        // Without Complete the COPY is abandoned, which fails the transaction: nothing of it stays.
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        importer.Timeout = TimeSpan.Zero;
        var columns = AllColumns;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await column.WriteAsync(importer, row, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
