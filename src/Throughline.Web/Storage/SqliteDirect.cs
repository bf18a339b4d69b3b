using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Throughline.Web.Storage;

/// <summary>
/// SQLite statements prepared and stepped on a connection's handle, inside whatever transaction the connection
/// is in: for millions of rows, a command's per-execution work (a reader, parameters looked up by name, values
/// boxed) costs more than the rows themselves.
/// </summary>
internal static class SqliteDirect
{
    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(connection, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        return statement;
    }

    /// <summary>Throws the <see cref="SqliteException"/> Microsoft.Data.Sqlite would for a failing result code.</summary>
    public static void Check(SqliteConnection connection, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(result, connection.Handle);
        }
    }
}
