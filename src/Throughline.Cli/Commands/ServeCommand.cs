using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Throughline.Cli.Input;
using Throughline.Web.Hosting;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline serve</c>: runs the server over the configured database (docs/operations.md).</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://localhost:5000";

    public static Option<string> Urls() => new("--urls")
    {
        Description = "Where to listen, one or more URLs separated by ';'. Default: " + DefaultUrls + ".",
        HelpName = "URL",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static Command Create(CliContext context)
    {
        var database = new DatabaseOptions();
        var urls = Urls();
        var command = new Command(
            "serve",
            "Run the Throughline server. A new SQLite file is created and migrated; an existing database must be migrated first (throughline migrate).")
        {
            urls,
        };
        database.AddTo(command);
        command.SetAction(parse =>
        {
            var settings = database.Settings(parse, context);
            settings["urls"] = parse.GetValue(urls);
            var app = ThroughlineServer.Build(new ServerOptions { Settings = settings });
            return Run(context, app, _ => { });
        });
        return command;
    }

    /// <summary>Runs the host until Ctrl+C; <paramref name="started"/> prints what to open once it listens.</summary>
    public static int Run(CliContext context, WebApplication app, Action<string> started)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = app.Urls.FirstOrDefault() ?? DefaultUrls;
            context.Out.WriteLine($"Throughline is serving on {url} (Ctrl+C stops it).");
            started(url);
        });
        return ThroughlineServer.RunAsync(app, context.Error.Writer).GetAwaiter().GetResult();
    }
}
