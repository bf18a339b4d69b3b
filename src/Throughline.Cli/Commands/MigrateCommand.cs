using System.CommandLine;
using Throughline.Cli.Input;
using Throughline.Web.Storage;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline migrate</c>: creates or upgrades the server's database (docs/operations.md).</summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var database = new DatabaseOptions();
        var command = new Command("migrate", "Create or upgrade the server's database: apply every pending migration.");
        database.AddTo(command);
        command.SetAction(parse => Run(context, database.Storage(parse, context)));
        return command;
    }

    private static int Run(CliContext context, StorageOptions storage)
    {
        try
        {
            var applied = DatabaseMigrations.MigrateAsync(storage).GetAwaiter().GetResult();
            context.Out.WriteLine(applied == 0
                ? $"The database is up to date ({storage.Description})."
                : $"Applied {applied} migration(s) to {storage.Description}.");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException or ArgumentException)
        {
            context.Error.Error($"cannot migrate {storage.Description}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
