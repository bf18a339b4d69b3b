using System.CommandLine;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Core.Model;
using Throughline.Core.Schedule;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline what-if PLAN --slip I7=+30d</c>: what a slip would do to the schedule, the objectives and the goals.</summary>
internal static class WhatIfCommand
{
    private static readonly string[] Formats = ["text", "json"];

    public static Command Create(CliContext context)
    {
        var plan = PlanArguments.One();
        var slips = SlipOptions.Slip();
        var asOf = DateOptions.AsOf();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: before/after tables; json: the same for scripts.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);
        var command = new Command(
            "what-if",
            "Show what slipping initiatives would change. It recomputes the schedule and lists the initiatives that " +
            "finish later, the objectives that become late, and the goals put at risk.")
        {
            plan, slips, asOf, format,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(plan)!,
            parse.GetValue(slips)!,
            parse.GetValue(asOf) ?? context.Today,
            parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string path, IReadOnlyList<SlipRequest> slips, DateOnly asOf, string format)
    {
        if (PlanFiles.ReadAll([path], context) is not [var plan] || !Check(context, plan, slips))
        {
            return ExitCodes.Failure;
        }

        var report = SlipScenario.Run(plan, asOf, slips.ToDictionary(s => s.InitiativeId, s => s.Days, StringComparer.Ordinal));
        if (format == "json")
        {
            context.Out.Writer.Write(SlipReportJson.Write(report, path));
        }
        else
        {
            WhatIfText.Write(context.Out, report, path);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Every slip must name an initiative of the plan and leave it ending on or after its start; each problem is printed.</summary>
    private static bool Check(CliContext context, Plan plan, IReadOnlyList<SlipRequest> slips)
    {
        var valid = true;
        foreach (var slip in slips)
        {
            var initiative = plan.Initiatives.Find(i => i.Id == slip.InitiativeId);
            if (initiative is null)
            {
                context.Error.Error(SlipScenario.ClosestInitiative(plan, slip.InitiativeId) is { } closest
                    ? $"unknown initiative '{slip.InitiativeId}' in --slip {slip.Text}; did you mean '{closest}'?"
                    : $"unknown initiative '{slip.InitiativeId}' in --slip {slip.Text}: the plan has no initiatives");
                valid = false;
            }
            else if (initiative is { Start: { } start, End: { } end } && end.AddDays(slip.Days) < start)
            {
                context.Error.Error(
                    $"--slip {slip.Text} would end {slip.InitiativeId} on {end.AddDays(slip.Days):yyyy-MM-dd}, before it starts on {start:yyyy-MM-dd}");
                valid = false;
            }
        }

        return valid;
    }
}
