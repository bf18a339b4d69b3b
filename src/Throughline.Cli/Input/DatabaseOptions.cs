using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Throughline.Web.Storage;

namespace Throughline.Cli.Input;

/// <summary>
/// <c>--db PATH</c> (a SQLite file) or <c>--database CONNECTION</c> (PostgreSQL), over what the environment
/// configures (docs/configuration.md).
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string?> Sqlite { get; } = new("--db")
    {
        Description = "The SQLite file to use. Default: ./throughline.db, or Storage__SqlitePath.",
        HelpName = "PATH",
    };

    public Option<string?> Postgres { get; } = new("--database")
    {
        Description = "A PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…). Default: THROUGHLINE_DATABASE or ConnectionStrings__Throughline.",
        HelpName = "CONNECTION",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Sqlite);
        command.Options.Add(Postgres);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Sqlite) is not null && result.GetResult(Postgres) is not null)
            {
                result.AddError("--db and --database name two databases; give one of them.");
            }
        });
    }

    /// <summary>Configuration keys the server reads, for the options given on the command line.</summary>
    public Dictionary<string, string?> Settings(ParseResult parse, CliContext context)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (parse.GetValue(Sqlite) is { } path)
        {
            settings["Storage:SqlitePath"] = context.Resolve(path);

            // A file named on the command line wins over a PostgreSQL database set in the environment.
            settings["ConnectionStrings:Throughline"] = "";
            settings["THROUGHLINE_DATABASE"] = "";
        }
        else if (parse.GetValue(Postgres) is { } connection)
        {
            settings["ConnectionStrings:Throughline"] = connection;
        }
        else
        {
            settings["Storage:SqlitePath"] = context.Resolve(
                Environment.GetEnvironmentVariable("Storage__SqlitePath") is { Length: > 0 } configured ? configured : StorageOptions.DefaultSqlitePath);
        }

        return settings;
    }

    /// <summary>The database the options and the environment name, as the server would resolve it.</summary>
    public StorageOptions Storage(ParseResult parse, CliContext context) =>
        StorageOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(Settings(parse, context)).Build());
}
