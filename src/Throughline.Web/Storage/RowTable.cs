using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace Throughline.Web.Storage;

/// <summary>
/// A table of plan rows read and written in bulk, past EF's change tracking. On SQLite one prepared statement
/// is stepped directly, its parameters bound again for each row; on PostgreSQL a data reader reads and a
/// binary COPY writes. The columns are the row class's properties; the table and column names come from the
/// EF model, which must map exactly those.
/// </summary>
internal sealed partial class RowTable<TRow>
    where TRow : class, new()
{
    private const string Organization = nameof(PlanRow.OrganizationId);

    // The EF model of each provider maps the same classes; a table is described once per model.
    private static readonly ConditionalWeakTable<IModel, RowTable<TRow>> Described = [];

    private static readonly RowColumn<TRow>[] AllColumns = [.. typeof(TRow)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p is { CanRead: true, CanWrite: true })
        .Select(RowColumn<TRow>.Of)];

    // Every column but the organization's, which reads need not ask for.
    private static readonly RowColumn<TRow>[] ReadColumns = [.. AllColumns.Where(c => c.Name != Organization)];

    private static readonly Action<TRow, Guid> SetOrganization = typeof(TRow).GetProperty(Organization)!.SetMethod!.CreateDelegate<Action<TRow, Guid>>();

    // Compiled for the row class: new() in code shared by every row class goes through Activator.
    private static readonly Func<TRow> NewRow = Expression.Lambda<Func<TRow>>(Expression.New(typeof(TRow))).Compile();

    private readonly string table;
    private readonly string columnList;
    private readonly string readColumnList;
    private readonly string organizationColumn;
    private readonly RowOrder<TRow> order;

    // The primary key: the organization and what tells the organization's rows apart.
    private readonly RowColumn<TRow>[] keyColumns;
    private readonly string keyList;
    private readonly string keyMatch;

    private RowTable(IModel model)
    {
        var entity = model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"The EF model does not map {typeof(TRow).Name}.");
        var mapped = entity.GetProperties().ToList();
        if (mapped.Count != AllColumns.Length || mapped.Any(p => p.PropertyInfo is null))
        {
            throw new InvalidOperationException(
                $"The EF model maps {string.Join(", ", mapped.Select(p => p.Name))} of {typeof(TRow).Name}, but bulk reads and writes know " +
                $"{string.Join(", ", AllColumns.Select(c => c.Name))}: every column must be a public property of the row.");
        }

        string Column(string property) => Quote((entity.FindProperty(property) ?? throw new InvalidOperationException(
            $"The EF model does not map {typeof(TRow).Name}.{property}.")).GetColumnName());

        table = Quote(entity.GetTableName()!);
        columnList = string.Join(", ", AllColumns.Select(c => Column(c.Name)));
        readColumnList = string.Join(", ", ReadColumns.Select(c => Column(c.Name)));
        organizationColumn = Column(Organization);
        var key = entity.FindPrimaryKey()!.Properties.Select(p => p.Name).ToList();
        if (key is not [Organization, ..])
        {
            throw new InvalidOperationException($"The primary key of {typeof(TRow).Name} must begin with {Organization}.");
        }

        order = new RowOrder<TRow>(key[1..]);
        keyColumns = [.. key.Select(name => AllColumns.Single(c => c.Name == name))];
        keyList = string.Join(", ", key.Select(Column));
        keyMatch = string.Join(" AND ", key.Select((name, i) => $"{Column(name)} = ?{i + 1}"));
    }

    // The columns that say what a row holds: all but its organization, position and version.
    private static readonly RowColumn<TRow>[] Content =
        [.. AllColumns.Where(c => c.Name is not (Organization or nameof(PlanRow.Ordinal) or nameof(PlanRow.Version)))];

    public static RowTable<TRow> Of(IModel model) => Described.GetValue(model, m => new RowTable<TRow>(m));

    /// <summary>Whether the rows hold the same content, position, organization and version aside.</summary>
    public static bool SameContent(TRow a, TRow b)
    {
        var columns = Content;
        for (var i = 0; i < columns.Length; i++)
        {
            if (!columns[i].Same(a, b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The organization's rows in plan order (see <see cref="RowOrder{TRow}"/>).</summary>
    public async Task<List<TRow>> ReadAsync(DbConnection connection, DbTransaction? transaction, Guid organizationId, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        await ReadEachAsync(connection, transaction, organizationId, NewRow, rows.Add, cancellationToken);
        return order.ForPlan(rows);
    }

    /// <summary>
    /// Hands each of the organization's rows, in no particular order, to <paramref name="take"/>: in a new
    /// row, or in the one row <paramref name="rowFor"/> returns each time when the caller copies what it needs.
    /// </summary>
    public async Task ReadEachAsync(DbConnection connection, DbTransaction? transaction, Guid organizationId, Func<TRow> rowFor, Action<TRow> take, CancellationToken cancellationToken)
    {
        var sql = $"SELECT {readColumnList} FROM {table} WHERE {organizationColumn} = @organization";
        if (connection is SqliteConnection sqlite)
        {
            ReadEach(sqlite, sql, organizationId, rowFor, take, cancellationToken);
            return;
        }

        // Statics of a generic class cost a lookup on every use in code shared by all row classes: read them once.
        var (columns, setOrganization) = (ReadColumns, SetOrganization);
        await using var command = Command(connection, transaction, sql, organizationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = rowFor();
            setOrganization(row, organizationId);
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i].Read(reader, i, row);
            }

            take(row);
        }
    }

    private static void ReadEach(SqliteConnection connection, string sql, Guid organizationId, Func<TRow> rowFor, Action<TRow> take, CancellationToken cancellationToken)
    {
        using var statement = SqliteDirect.Prepare(connection, sql);
        SqliteDirect.Check(connection, raw.sqlite3_bind_text16(statement, 1, ColumnTypes.SqliteId(organizationId)));
        var (columns, setOrganization) = (ReadColumns, SetOrganization);
        var cursor = new SqliteCursor(statement, columns.Length);
        int result;
        for (var read = 1; (result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW; read++)
        {
            if (read % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = rowFor();
            setOrganization(row, organizationId);
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i].Read(cursor, i, row);
            }

            take(row);
        }

        SqliteDirect.Check(connection, result);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, Guid organizationId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;

        // A large plan takes longer than the default 30 seconds; the caller's cancellation still stops it.
        command.CommandTimeout = 0;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@organization";
        parameter.Value = connection is SqliteConnection ? ColumnTypes.SqliteId(organizationId) : organizationId;
        command.Parameters.Add(parameter);
        return command;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
