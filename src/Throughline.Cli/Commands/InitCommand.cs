using System.CommandLine;
using Throughline.Cli.Output;
using Throughline.Cli.Starter;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline init</c>: write a commented starter plan that shows every part of the format.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name", "-n")
        {
            Description = "The organization's name; it also names the file.",
            HelpName = "ORG",
            DefaultValueFactory = _ => StarterPlan.DefaultOrganization,
        };
        name.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--name: the organization needs a name.");
            }
        });
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write. Default: the organization's name in lowercase with dashes, then .plan.yaml.",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command(
            "init",
            "Write a commented starter plan that shows every part of the format. It is dated in the current " +
            "year and quarter and passes 'throughline check' with no findings; edit it into your own.")
        {
            name, output, force,
        };
        command.SetAction(parse =>
        {
            var organization = parse.GetValue(name)!.Trim();
            return Run(context, organization, parse.GetValue(output) ?? StarterPlan.FileNameFor(organization), parse.GetValue(force));
        });
        return command;
    }

    private static int Run(CliContext context, string organization, string path, bool force)
    {
        var fullPath = context.Resolve(path);
        if (!force && Path.Exists(fullPath))
        {
            context.Error.Error($"'{path}' already exists; use --force to overwrite it, or --out to write another file.");
            return ExitCodes.Failure;
        }

        var starter = StarterPlan.Generate(organization, context.Today, Path.GetFileName(fullPath));
        if (!OutputFile.Write(context, path, starter))
        {
            return ExitCodes.Failure;
        }

        context.Out.Write("Wrote ").Write(path, Palette.Location).WriteLine($" (a starter plan for {organization})");
        context.Out.WriteLine($"Edit it into your own strategy, then run: throughline check {path}");
        return ExitCodes.Ok;
    }
}
