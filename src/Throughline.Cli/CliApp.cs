using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Throughline.Cli.Commands;
using Throughline.Cli.Output;

namespace Throughline.Cli;

/// <summary>The throughline command line, runnable in-process: parse the arguments, run one command, return its exit code.</summary>
internal static class CliApp
{
    /// <summary>Help is wrapped at this width; terminals are at least this wide and logs read better unwrapped.</summary>
    private const int HelpWidth = 100;

    /// <summary>Runs with plain output (no colour), as tests and other programs want it.</summary>
    public static int Run(
        string[] args, TextWriter stdout, TextWriter stderr, DateOnly? today = null, string? workingDirectory = null, Func<string, string?>? environment = null) =>
        Run(args, new CliContext(
            new StyledWriter(stdout, colour: false),
            new StyledWriter(stderr, colour: false),
            today ?? DateOnly.FromDateTime(DateTime.Now),
            workingDirectory ?? Directory.GetCurrentDirectory())
        {
            Variable = environment ?? Environment.GetEnvironmentVariable,
        });

    public static int Run(string[] args, CliContext context)
    {
        var root = BuildCommands(context);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            return UsageError(parse, context.Error);
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out.Writer,
            Error = context.Error.Writer,

            // Its handler exits with 1, which CI would read as "findings".
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception e)
        {
            // The last line of defence: a bug must end as exit code 3 with its details, not as a crash or a 1.
            context.Error.Error("internal error; please report it with the command and the plan that caused it");
            context.Error.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }

    private static RootCommand BuildCommands(CliContext context)
    {
        var root = new RootCommand(
            "Throughline connects a vision to the work that should move it, and diagnoses, like a compiler, " +
            "where the two have come apart.")
        {
            InitCommand.Create(context),
            CheckCommand.Create(context),
            ExplainCommand.Create(context),
            ReportCommand.Create(context),
            HeartCommand.Create(context),
            WhatIfCommand.Create(context),
            GenerateCommand.Create(context),
            ServeCommand.Create(context),
            MigrateCommand.Create(context),
            DemoCommand.Create(context),
            PushCommand.Create(context),
            PullCommand.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
        };
        root.HelpName = "throughline";
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption { Action: HelpAction help }:
                    help.MaxWidth = HelpWidth;
                    break;
                case VersionOption version:
                    version.Action = new CliVersion.PrintAction(context);
                    break;
            }
        }

        return root;
    }

    /// <summary>Prints what was wrong and the command's usage, then exits with 2: a script must not read it as "findings".</summary>
    private static int UsageError(ParseResult parse, StyledWriter stderr)
    {
        foreach (var message in Usage.Errors(parse))
        {
            stderr.Error(message);
        }

        var command = parse.CommandResult.Command;
        stderr.WriteLine();
        stderr.WriteLine("Usage: " + Usage.Line(command));
        Usage.WriteCommands(command, stderr);
        stderr.WriteLine($"Run '{Usage.Path(command)} --help' for more.");
        return ExitCodes.Failure;
    }
}
