using System.CommandLine;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Core.Analysis;
using Throughline.Core.Reports;
using Throughline.Core.Reports.Packet;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline report PLAN</c>: the strategy report of one plan, or its quarterly review packet (docs/report.md).</summary>
internal static class ReportCommand
{
    private const string Packet = "packet";
    private const string Pdf = "pdf";

    private static readonly Dictionary<string, ReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["markdown"] = ReportFormat.Markdown,
        ["html"] = ReportFormat.Html,
        ["json"] = ReportFormat.Json,
    };

    private static readonly Dictionary<string, PaperSize> Papers = new(StringComparer.Ordinal)
    {
        ["a4"] = PaperSize.A4,
        ["letter"] = PaperSize.Letter,
    };

    public static Command Create(CliContext context)
    {
        var plan = PlanArguments.One();
        var asOf = DateOptions.AsOf();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for the terminal, markdown for a wiki or pull request, html for a browser, json for scripts, " +
                "packet for the printable quarterly review, pdf for that packet printed by Chromium.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys, Packet, Pdf]);
        var quarter = QuarterOption();
        var paper = new Option<string>("--paper")
        {
            Description = "The paper the packet is laid out for.",
            DefaultValueFactory = _ => "a4",
        };
        paper.AcceptOnlyFromAmong([.. Papers.Keys]);
        var output = OutputFile.Option("report");
        var command = new Command(
            "report",
            "Write the strategy report of a plan. It shows progress from the vision down, forecasts, risks and gaps.")
        {
            plan, asOf, format, quarter, paper, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(plan)!;
            var date = parse.GetValue(asOf) ?? context.Today;
            var chosen = parse.GetValue(format)!;
            var file = parse.GetValue(output);
            if (chosen is Packet or Pdf)
            {
                var packet = new PacketRequest(parse.GetValue(quarter) ?? ReviewQuarter.Containing(date), Papers[parse.GetValue(paper)!], chosen == Pdf);
                return RunPacket(context, path, date, packet, file);
            }

            return Run(context, path, date, Formats[chosen], file);
        });
        return command;
    }

    private static Option<ReviewQuarter?> QuarterOption() => new("--quarter")
    {
        Description = "The quarter a packet reviews, as 2026Q4. Default: the quarter of --as-of.",
        HelpName = "QUARTER",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (ReviewQuarter.TryParse(text, out var quarter))
            {
                return quarter;
            }

            result.AddError($"--quarter: '{text}' is not a quarter; write it as YYYYQn, for example 2026Q4.");
            return null;
        },
    };

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

    private static int RunPacket(CliContext context, string path, DateOnly asOf, PacketRequest request, string? output)
    {
        if (request.Quarter.Start > asOf)
        {
            context.Error.Error($"--quarter: {request.Quarter} begins after the analysis date {asOf:yyyy-MM-dd}; review a quarter that has begun, or pass a later --as-of.");
            return ExitCodes.Failure;
        }

        if (request.Pdf && output is null)
        {
            context.Error.Error("--format pdf writes a file: add --output FILE.pdf.");
            return ExitCodes.Failure;
        }

        if (PlanFiles.ReadAll([path], context) is not [var plan])
        {
            return ExitCodes.Failure;
        }

        var html = PacketWriter.Render(Analyzer.Analyze(plan, asOf), request.Quarter, Web.Hosting.WebAssets.ECharts, request.Paper);
        var written = request.Pdf ? PacketPdf.Print(context, html, output!) : OutputFile.Write(context, output, html);
        if (!written)
        {
            return ExitCodes.Failure;
        }

        if (output is not null)
        {
            context.Out.WriteLine($"Wrote the {request.Quarter.Label} review packet of {path} to {output}{(request.Pdf ? "" : " (print it from a browser, or use --format pdf)")}.");
        }

        return ExitCodes.Ok;
    }

    private sealed record PacketRequest(ReviewQuarter Quarter, PaperSize Paper, bool Pdf);
}
