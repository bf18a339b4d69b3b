using System.CommandLine;
using Throughline.Cli.Output;
using Throughline.Cli.Remote;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline pull --org SLUG</c>: downloads an organization's whole plan from a server as a plan file (docs/cli.md).</summary>
internal static class PullCommand
{
    public static Command Create(CliContext context)
    {
        var remote = new RemoteOptions();
        var output = OutputFile.Option("plan file");
        var command = new Command(
            "pull",
            "Download an organization's whole plan from a server as a plan file, to edit, check and push back. Needs an admin's or owner's token.")
        {
            output,
        };
        remote.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(context, remote.Target(parse, context), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ServerTarget? target, string? output, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            return ExitCodes.Failure;
        }

        using var client = new RemoteClient(target);
        var response = await client.SendAsync(HttpMethod.Get, target.OrganizationUrl("plan"), content: null, context, cancellationToken);
        if (response is null)
        {
            return ExitCodes.Failure;
        }

        if (!response.Succeeded)
        {
            client.Explain(response, context, "download the plan");
            return ExitCodes.Failure;
        }

        if (!OutputFile.Write(context, output, response.Body))
        {
            return ExitCodes.Failure;
        }

        if (output is not null)
        {
            context.Out.WriteLine($"Wrote the plan of '{target.Organization}' on {target.Server} to {output}.");
        }

        return ExitCodes.Ok;
    }
}
