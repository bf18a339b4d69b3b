using System.CommandLine;
using Throughline.Cli.Input;
using Throughline.Core.Analysis;
using Throughline.Core.Heart;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline heart PLAN</c>: the HEART index of every unit, from the behaviour the plan shows (docs/heart.md).</summary>
internal static class HeartCommand
{
    public static Command Create(CliContext context)
    {
        var plan = PlanArguments.One();
        var asOf = DateOptions.AsOf();
        var since = SinceOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for a unit × dimension table with a legend, json for scripts.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command(
            "heart",
            "Show the HEART index (hope, empowerment, accountability, results, trust) of every unit, from check-ins, " +
            "owners, progress against plan and who owns the work.")
        {
            plan, asOf, since, format,
        };
        command.SetAction(parse =>
        {
            if (PlanFiles.ReadAll([parse.GetValue(plan)!], context) is not [var read])
            {
                return ExitCodes.Failure;
            }

            var report = HeartIndex.Compute(Analyzer.Analyze(read, parse.GetValue(asOf) ?? context.Today));
            if (parse.GetValue(format) == "json")
            {
                context.Out.Writer.Write(HeartWriter.Json(report));
                return ExitCodes.Ok;
            }

            var earlier = parse.GetValue(since) is { } date ? HeartIndex.Compute(Analyzer.Analyze(read, date)) : null;
            context.Out.Writer.Write(HeartWriter.Text(report, read.Organization.Name, earlier));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<DateOnly?> SinceOption() =>
        DateOptions.Date("--since", "Also show how each unit's index changed since this date (YYYY-MM-DD), in points. Text only.");
}
