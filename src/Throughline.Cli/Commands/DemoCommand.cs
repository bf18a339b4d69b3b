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
        var seed = DemoSeeder.SeedAsync(app.Services).GetAwaiter().GetResult();
        context.Out.WriteLine($"Demo database: {path} (recreated on each run).");
        context.Out.WriteLine();
        context.Out.WriteLine($"Demo sign-ins (password {seed.Password}):");
        foreach (var account in seed.Accounts)
        {
            context.Out.WriteLine($"  {account.Email,-24} {account.Role,-8} {(account.Person is null ? "" : "person " + account.Person)}");
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"API token of {seed.Accounts[0].Email} (write): {seed.OwnerToken}");
        return ServeCommand.Run(context, app, url =>
        {
            var org = $"{url}/api/organizations/{DemoPlan.Slug}";
            context.Out.WriteLine();
            context.Out.WriteLine("Try (every API call needs the token):");
            context.Out.WriteLine($"  curl -H \"Authorization: Bearer {seed.OwnerToken}\" {org}/findings?family=gap");
            context.Out.WriteLine($"  {org}/report?format=html     the strategy report");
            context.Out.WriteLine($"  {org}/alignment              vision, goals, objectives, key results and work as a tree");
            context.Out.WriteLine($"  {org}/line-of-sight/me       how your work connects to the vision");
            context.Out.WriteLine($"  {org}/key-results/KR1.1/check-ins   POST {{\"date\": \"…\", \"value\": …}} to check in");
            context.Out.WriteLine($"  {url}/api/reference           the API reference, to try every call in a browser");
        });
    }
}
