using System.CommandLine;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline report PLAN</c>: the strategy report of one plan (docs/report.md).</summary>
internal static class ReportCommand
{
    private static readonly Dictionary<string, ReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["markdown"] = ReportFormat.Markdown,
        ["html"] = ReportFormat.Html,
        ["json"] = ReportFormat.Json,
    };

    public static Command Create(CliContext context)
    {
        var plan = PlanArguments.One();
        var asOf = DateOptions.AsOf();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for the terminal, markdown for a wiki or pull request, html for a browser, json for scripts.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = OutputFile.Option("report");
        var command = new Command(
            "report",
            "Write the strategy report of a plan. It shows progress from the vision down, forecasts, risks and gaps.")
        {
            plan, asOf, format, output,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(plan)!,
            parse.GetValue(asOf) ?? context.Today,
            Formats[parse.GetValue(format)!],
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string path, DateOnly asOf, ReportFormat format, string? output)
    {
        if (PlanFiles.ReadAll([path], context) is not [var plan])
        {
            return ExitCodes.Failure;
        }

        var report = ReportWriter.Render(Analyzer.Analyze(plan, asOf), format);
        if (!OutputFile.Write(context, output, report))
        {
            return ExitCodes.Failure;
        }

        if (output is not null)
        {
            context.Out.WriteLine($"Wrote the {format.ToString().ToLowerInvariant()} report of {path} to {output}.");
        }

        return ExitCodes.Ok;
    }
}
