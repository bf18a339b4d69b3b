using System.Data.Common;
using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Throughline.Web.Storage;

/// <summary>How values of one CLR type are read, bound, copied and compared, in the form EF stores them.</summary>
internal abstract class ColumnType<T>
{
    public abstract T Read(DbDataReader reader, int ordinal);

    public abstract T Read(SqliteCursor cursor, int column);

    public abstract int Bind(sqlite3_stmt statement, int parameter, T value);

    public abstract Task WriteAsync(NpgsqlBinaryImporter importer, T value, CancellationToken cancellationToken);

    public virtual bool Same(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);
}

/// <summary>The column types plan rows use.</summary>
internal static class ColumnTypes
{
    public static readonly ColumnType<string?> Text = new TextType();
    public static readonly ColumnType<int> Integer = new IntegerType();
    public static readonly ColumnType<double> Real = new RealType();
    public static readonly ColumnType<bool> Boolean = new BooleanType();
    public static readonly ColumnType<DateOnly> Date = new DateType();
    public static readonly ColumnType<Guid> Uuid = new UuidType();

    // Every row of an import names the same organization: its text is made once, not per row.
    private static GuidText? lastGuid;

    /// <summary>The same type, with null for a NULL.</summary>
    public static ColumnType<T?> OrNull<T>(this ColumnType<T> type)
        where T : struct => new NullableType<T>(type);

    /// <summary>How EF stores a Guid in SQLite: upper-case text. A Guid parameter would be a blob and match nothing.</summary>
    public static string SqliteId(Guid id)
    {
        var last = lastGuid;
        if (last?.Id != id)
        {
            last = new GuidText(id, id.ToString().ToUpperInvariant());
            lastGuid = last;
        }

        return last.Text;
    }

    private static bool IsNull(SqliteCursor cursor, int column) => raw.sqlite3_column_type(cursor.Statement, column) == raw.SQLITE_NULL;

    private sealed record GuidText(Guid Id, string Text);

    private sealed class TextType : ColumnType<string?>
    {
        public override string? Read(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

        public override string? Read(SqliteCursor cursor, int column)
        {
            if (IsNull(cursor, column))
            {
                return null;
            }

            var bytes = raw.sqlite3_column_blob(cursor.Statement, column);
            if (bytes.Length > 256)
            {
                return Encoding.UTF8.GetString(bytes);
            }

            // A value like the one before it (the parent of the next check-in) takes the same string.
            Span<char> chars = stackalloc char[bytes.Length];
            var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
            var last = cursor.LastText[column];
            return last is not null && text.SequenceEqual(last) ? last : cursor.LastText[column] = new string(text);
        }

        public override int Bind(sqlite3_stmt statement, int parameter, string? value) => value switch
        {
            null => raw.sqlite3_bind_null(statement, parameter),

            // An empty span would bind NULL.
            "" => raw.sqlite3_bind_text(statement, parameter, ""),
            _ => raw.sqlite3_bind_text16(statement, parameter, value),
        };

        public override Task WriteAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
            value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

        public override bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);
    }

    private sealed class IntegerType : ColumnType<int>
    {
        public override int Read(DbDataReader reader, int ordinal) => reader.GetInt32(ordinal);

        public override int Read(SqliteCursor cursor, int column) => raw.sqlite3_column_int(cursor.Statement, column);

        public override int Bind(sqlite3_stmt statement, int parameter, int value) => raw.sqlite3_bind_int(statement, parameter, value);

        public override Task WriteAsync(NpgsqlBinaryImporter importer, int value, CancellationToken cancellationToken) =>
            importer.WriteAsync(value, NpgsqlDbType.Integer, cancellationToken);
    }

    private sealed class RealType : ColumnType<double>
    {
        public override double Read(DbDataReader reader, int ordinal) => reader.GetDouble(ordinal);

        public override double Read(SqliteCursor cursor, int column) => raw.sqlite3_column_double(cursor.Statement, column);

        public override int Bind(sqlite3_stmt statement, int parameter, double value) => raw.sqlite3_bind_double(statement, parameter, value);

        public override Task WriteAsync(NpgsqlBinaryImporter importer, double value, CancellationToken cancellationToken) =>
            importer.WriteAsync(value, NpgsqlDbType.Double, cancellationToken);

        // Bit for bit, as the JSON text compared before: 0.0 and -0.0 differ.
        public override bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
    }

    private sealed class BooleanType : ColumnType<bool>
    {
        public override bool Read(DbDataReader reader, int ordinal) => reader.GetBoolean(ordinal);

        public override bool Read(SqliteCursor cursor, int column) => raw.sqlite3_column_int(cursor.Statement, column) != 0;

        public override int Bind(sqlite3_stmt statement, int parameter, bool value) => raw.sqlite3_bind_int(statement, parameter, value ? 1 : 0);

        public override Task WriteAsync(NpgsqlBinaryImporter importer, bool value, CancellationToken cancellationToken) =>
            importer.WriteAsync(value, NpgsqlDbType.Boolean, cancellationToken);
    }

    /// <summary>SQLite holds a date as text, as EF writes it: 2026-11-24.</summary>
    private sealed class DateType : ColumnType<DateOnly>
    {
        private const string Format = "yyyy-MM-dd";

        public override DateOnly Read(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

        public override DateOnly Read(SqliteCursor cursor, int column)
        {
            var text = raw.sqlite3_column_blob(cursor.Statement, column);
            return text.Length == 10 && text[4] == '-' && text[7] == '-'
                && Number(text[..4], out var year) && Number(text[5..7], out var month) && Number(text[8..], out var day)
                && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : DateOnly.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture);
        }

        public override int Bind(sqlite3_stmt statement, int parameter, DateOnly value)
        {
            Span<char> text = stackalloc char[Format.Length];
            value.TryFormat(text, out var length, Format, CultureInfo.InvariantCulture);
            return raw.sqlite3_bind_text16(statement, parameter, text[..length]);
        }

        public override Task WriteAsync(NpgsqlBinaryImporter importer, DateOnly value, CancellationToken cancellationToken) =>
            importer.WriteAsync(value, NpgsqlDbType.Date, cancellationToken);

        private static bool Number(ReadOnlySpan<byte> digits, out int value)
        {
            value = 0;
            foreach (var digit in digits)
            {
                if (digit is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                value = (value * 10) + digit - '0';
            }

            return true;
        }
    }

    private sealed class UuidType : ColumnType<Guid>
    {
        public override Guid Read(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

        public override Guid Read(SqliteCursor cursor, int column) => Guid.Parse(Encoding.UTF8.GetString(raw.sqlite3_column_blob(cursor.Statement, column)));

        public override int Bind(sqlite3_stmt statement, int parameter, Guid value) => raw.sqlite3_bind_text16(statement, parameter, SqliteId(value));

        public override Task WriteAsync(NpgsqlBinaryImporter importer, Guid value, CancellationToken cancellationToken) =>
            importer.WriteAsync(value, NpgsqlDbType.Uuid, cancellationToken);
    }

    private sealed class NullableType<T>(ColumnType<T> value) : ColumnType<T?>
        where T : struct
    {
        public override T? Read(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : value.Read(reader, ordinal);

        public override T? Read(SqliteCursor cursor, int column) => IsNull(cursor, column) ? null : value.Read(cursor, column);

        public override int Bind(sqlite3_stmt statement, int parameter, T? v) =>
            v is { } some ? value.Bind(statement, parameter, some) : raw.sqlite3_bind_null(statement, parameter);

        public override Task WriteAsync(NpgsqlBinaryImporter importer, T? v, CancellationToken cancellationToken) =>
            v is { } some ? value.WriteAsync(importer, some, cancellationToken) : importer.WriteNullAsync(cancellationToken);

        public override bool Same(T? a, T? b) => a is { } x ? b is { } y && value.Same(x, y) : b is null;
    }
}
