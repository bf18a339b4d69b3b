using System.CommandLine;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Core.Interop;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline export stratml|csv|markdown PLAN --out FILE</c>: write a plan in another format (docs/interop.md).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context) =>
        new("export", "Write a plan as StratML (Part 2), CSV of objectives and key results, or a Markdown document.")
        {
            Format(context, "stratml", "A StratML Part 2 performance plan (PerformancePlanOrReport) that validates against the 2016 schema."),
            Format(context, "csv", "Objectives and key results, one row per key result, in the columns 'import csv' reads."),
            Format(context, "markdown", "Objectives and key results with baseline, target, current value, progress and status, as of a date."),
        };

    private static Command Format(CliContext context, string name, string description)
    {
        var plan = PlanArguments.One();
        var output = new Option<string?>("--out", "-o") { Description = "The file to write. Default: standard output.", HelpName = "FILE" };
        var command = new Command(name, description) { plan, output };
        var asOf = DateOptions.AsOf();
        if (name == "markdown")
        {
            command.Add(asOf);
        }

        command.SetAction(parse =>
        {
            if (PlanFiles.Read(parse.GetValue(plan)!, context, keepText: false) is not { } read)
            {
                return ExitCodes.Failure;
            }

            var content = name switch
            {
                "stratml" => StratmlWriter.Write(read.Plan),
                "csv" => CsvOkrWriter.Write(read.Plan),
                _ => MarkdownOkrWriter.Write(read.Plan, parse.GetValue(asOf) ?? context.Today),
            };
            return OutputFile.Write(context, parse.GetValue(output), content) ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
