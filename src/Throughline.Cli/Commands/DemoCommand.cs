using System.CommandLine;
using Throughline.Web.Hosting;

namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline demo</c>: a fresh SQLite database with the Calder Energy plan (examples/enterprise.plan.yaml)
/// as organization <c>calder</c>, served at once.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var urls = ServeCommand.Urls();
        var command = new Command("demo", "Serve a demo organization (calder) from a fresh database, recreated on each run.") { urls };
        command.SetAction(parse => Run(context, parse.GetValue(urls)!));
        return command;
    }

    private static int Run(CliContext context, string urls)
    {
        var path = Path.Combine(Path.GetTempPath(), "throughline-demo.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var app = ThroughlineServer.Build(new ServerOptions
        {
            Settings = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Storage:SqlitePath"] = path,
                ["ConnectionStrings:Throughline"] = "",
                ["THROUGHLINE_DATABASE"] = "",
                ["urls"] = urls,
            },
        });
        DemoSeeder.SeedAsync(app.Services).GetAwaiter().GetResult();
        context.Out.WriteLine($"Demo database: {path} (recreated on each run).");
        return ServeCommand.Run(context, app, url =>
        {
            var org = $"{url}/api/organizations/{DemoPlan.Slug}";
            context.Out.WriteLine();
            context.Out.WriteLine("Try:");
            context.Out.WriteLine($"  {org}/report?format=html     the strategy report in a browser");
            context.Out.WriteLine($"  {org}/findings               what the engine found (?family=gap&severity=warning)");
            context.Out.WriteLine($"  {org}/scores                 line of sight, execution coverage, progress");
            context.Out.WriteLine($"  {org}/plan                   the plan file (PUT one back to change it)");
            context.Out.WriteLine($"  {url}/openapi/v1.json         the API description");
        });
    }
}
