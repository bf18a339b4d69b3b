using System.Data.Common;
using System.Reflection;
using Npgsql;
using SQLitePCL;

namespace Throughline.Web.Storage;

/// <summary>
/// One property of a row class, read from and written to its column without EF, in the form EF stores it:
/// a PostgreSQL data reader or binary COPY, or a SQLite statement used directly.
/// </summary>
internal abstract class RowColumn<TRow>(string name)
    where TRow : class
{
    /// <summary>The property's name, which is also its column's name.</summary>
    public string Name { get; } = name;

    /// <summary>Sets the property from the reader's current row.</summary>
    public abstract void Read(DbDataReader reader, int ordinal, TRow row);

    /// <summary>Sets the property from the SQLite statement's current row.</summary>
    public abstract void Read(SqliteCursor cursor, int column, TRow row);

    /// <summary>Binds the property's value to a parameter (numbered from 1) of a SQLite statement; returns SQLite's result code.</summary>
    public abstract int Bind(sqlite3_stmt statement, int parameter, TRow row);

    public abstract Task WriteAsync(NpgsqlBinaryImporter importer, TRow row, CancellationToken cancellationToken);

    /// <summary>A PostgreSQL parameter holding the rows' values as an array.</summary>
    public abstract NpgsqlParameter Values(IEnumerable<TRow> rows);

    /// <summary>Whether the two rows hold the same value: equal strings and dates, numbers bit for bit.</summary>
    public abstract bool Same(TRow a, TRow b);

    /// <summary>The column of a public property; a type plan rows do not use yet is refused.</summary>
    public static RowColumn<TRow> Of(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var type = property.PropertyType;
        return type == typeof(string) ? new RowColumn<TRow, string?>(property, ColumnTypes.Text)
            : type == typeof(int) ? new RowColumn<TRow, int>(property, ColumnTypes.Integer)
            : type == typeof(int?) ? new RowColumn<TRow, int?>(property, ColumnTypes.Integer.OrNull())
            : type == typeof(double) ? new RowColumn<TRow, double>(property, ColumnTypes.Real)
            : type == typeof(double?) ? new RowColumn<TRow, double?>(property, ColumnTypes.Real.OrNull())
            : type == typeof(bool) ? new RowColumn<TRow, bool>(property, ColumnTypes.Boolean)
            : type == typeof(bool?) ? new RowColumn<TRow, bool?>(property, ColumnTypes.Boolean.OrNull())
            : type == typeof(DateOnly) ? new RowColumn<TRow, DateOnly>(property, ColumnTypes.Date)
            : type == typeof(DateOnly?) ? new RowColumn<TRow, DateOnly?>(property, ColumnTypes.Date.OrNull())
            : type == typeof(Guid) ? new RowColumn<TRow, Guid>(property, ColumnTypes.Uuid)
            : throw new NotSupportedException($"{typeof(TRow).Name}.{property.Name} is a {type.Name}; plan rows have no column of that type yet.");
    }
}

internal sealed class RowColumn<TRow, TValue>(PropertyInfo property, ColumnType<TValue> type) : RowColumn<TRow>(property.Name)
    where TRow : class
{
    private readonly Func<TRow, TValue> get = property.GetMethod!.CreateDelegate<Func<TRow, TValue>>();
    private readonly Action<TRow, TValue> set = property.SetMethod!.CreateDelegate<Action<TRow, TValue>>();

    public override void Read(DbDataReader reader, int ordinal, TRow row) => set(row, type.Read(reader, ordinal));

    public override void Read(SqliteCursor cursor, int column, TRow row) => set(row, type.Read(cursor, column));

    public override int Bind(sqlite3_stmt statement, int parameter, TRow row) => type.Bind(statement, parameter, get(row));

    public override Task WriteAsync(NpgsqlBinaryImporter importer, TRow row, CancellationToken cancellationToken) =>
        type.WriteAsync(importer, get(row), cancellationToken);

    public override NpgsqlParameter Values(IEnumerable<TRow> rows) => new NpgsqlParameter<TValue[]> { TypedValue = [.. rows.Select(get)] };

    public override bool Same(TRow a, TRow b) => type.Same(get(a), get(b));
}

/// <summary>The current row of a SQLite statement stepped directly, and the last text of each column, so that repeated values share one string.</summary>
internal sealed class SqliteCursor(sqlite3_stmt statement, int columns)
{
    public sqlite3_stmt Statement { get; } = statement;

    public string?[] LastText { get; } = new string?[columns];
}
