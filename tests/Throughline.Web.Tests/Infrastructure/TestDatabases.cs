using Npgsql;

namespace Throughline.Web.Tests.Infrastructure;

/// <summary>A database of its own for one test class: created before its first test, dropped after its last.</summary>
public interface ITestDatabase
{
    /// <summary>The configuration that points the server at this database.</summary>
    IReadOnlyDictionary<string, string?> Settings { get; }

    Task CreateAsync();

    Task DropAsync();
}

/// <summary>A SQLite file in a temporary directory.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string directory = Directory.CreateTempSubdirectory("throughline-tests-").FullName;

    public string Path => System.IO.Path.Combine(directory, "throughline.db");

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Storage:SqlitePath"] = Path,
        ["ConnectionStrings:Throughline"] = "",
        ["THROUGHLINE_DATABASE"] = "",
    };

    /// <summary>Creates the file empty, as an existing database that was never migrated.</summary>
    public Task CreateAsync() => File.WriteAllBytesAsync(Path, []);

    public Task DropAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by THROUGHLINE_TEST_POSTGRES (test.sh starts one). Without
/// that server the tests fail, never skip: a green run must mean PostgreSQL was tested.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string Variable = "THROUGHLINE_TEST_POSTGRES";

    private readonly string name = "throughline_test_" + Guid.NewGuid().ToString("N");

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["ConnectionStrings:Throughline"] = ConnectionString,
    };

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString;

    private static string Admin => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set. The PostgreSQL tests need a server: run ./test.sh, which starts one, or set " +
            $"{Variable}=\"Host=…;Port=…;Username=…;Password=…\" to an account that may create databases.");

    public async Task CreateAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(Admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"The PostgreSQL server of {Variable} cannot be used: {e.Message}", e);
        }
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
