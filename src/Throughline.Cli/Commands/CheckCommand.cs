using System.CommandLine;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline check PLAN…</c>: lint plans like a compiler, for people and for CI.</summary>
internal static class CheckCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif"];
    private static readonly string[] Thresholds = ["error", "warning", "info", "none"];

    public static Command Create(CliContext context)
    {
        var plans = PlanArguments.Many();
        var asOf = DateOptions.AsOf();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: compiler-style lines; json: findings and scores; sarif: SARIF 2.1.0 for code scanning.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity; 'none' never fails.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong(Thresholds);
        var output = OutputFile.Option("findings");

        var command = new Command(
            "check",
            "Check plans for gaps between vision and execution, and print the findings like a compiler. " +
            "Exits 1 when a finding is at or above --fail-on, 2 when a plan cannot be read.")
        {
            plans, asOf, format, failOn, output,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(plans)!,
            parse.GetValue(asOf) ?? context.Today,
            parse.GetValue(format)!,
            parse.GetValue(failOn)!,
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, DateOnly asOf, string format, string failOn, string? output)
    {
        if (PlanFiles.ReadAll(paths, context) is not { } plans)
        {
            return ExitCodes.Failure;
        }

        var results = plans.Select(plan => Analyzer.Analyze(plan, asOf)).ToList();
        var analysed = paths.Zip(results, (path, result) => new AnalyzedPlan(path, result)).ToList();
        if (!Print(context, analysed, format, output))
        {
            return ExitCodes.Failure;
        }

        return Fails(results.SelectMany(r => r.Findings), failOn) ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static bool Print(CliContext context, IReadOnlyList<AnalyzedPlan> analysed, string format, string? output)
    {
        if (format == "text" && output is null)
        {
            FindingText.Write(context.Out, analysed);
            return true;
        }

        var content = format switch
        {
            "json" => FindingsJson.Write(analysed),
            "sarif" => SarifLog.Write(
                [.. analysed.Select(plan => plan with { Path = context.RelativeUri(plan.Path) })], CliVersion.Text),
            _ => PlainText(analysed),
        };
        if (!OutputFile.Write(context, output, content))
        {
            return false;
        }

        // The findings went to a file; the console still gets the one line a person (or a CI log) needs.
        if (output is not null)
        {
            FindingText.WriteSummary(context.Out, analysed);
        }

        return true;
    }

    private static string PlainText(IReadOnlyList<AnalyzedPlan> analysed)
    {
        using var text = new StringWriter();
        FindingText.Write(new StyledWriter(text, colour: false), analysed);
        return text.ToString();
    }

    private static bool Fails(IEnumerable<Finding> findings, string failOn)
    {
        Severity? threshold = failOn switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            _ => null,
        };
        return threshold is { } level && findings.Any(finding => finding.Severity >= level);
    }
}
