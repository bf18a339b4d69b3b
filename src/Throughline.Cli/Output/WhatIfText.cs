using Throughline.Core.Analysis;
using Throughline.Core.Schedule;

namespace Throughline.Cli.Output;

/// <summary>The text of <c>throughline what-if</c>: the slips, then before/after tables of initiatives, objectives and goals.</summary>
internal static class WhatIfText
{
    public static void Write(StyledWriter writer, SlipReport report, string planPath)
    {
        var graph = report.Baseline.Graph;
        writer.WriteLine($"What if, in {planPath} as of {Date(report.Baseline.AsOf)}:", Palette.Heading);
        foreach (var slip in report.Slips)
        {
            writer.WriteLine("  " + Describe(slip));
        }

        writer.WriteLine();
        if (report.Initiatives.Count == 0)
        {
            writer.WriteLine("No initiative finishes on another day.");
        }
        else
        {
            writer.WriteLine("Initiatives that finish on another day:", Palette.Heading);
            Table(writer, ["INITIATIVE", "FINISH BEFORE", "FINISH AFTER", "MOVED"], report.Initiatives
                .Select(s => new[] { s.Id, Date(s.FinishBefore), Date(s.FinishAfter), Signed(s.Days) }));
        }

        writer.WriteLine();
        if (!report.AffectsObjectivesOrGoals)
        {
            writer.WriteLine("No objective or goal is affected.");
            return;
        }

        writer.WriteLine("Objectives whose slack changes:", Palette.Heading);
        Table(writer, ["OBJECTIVE", "DUE", "FINISH BEFORE", "FINISH AFTER", "SLACK BEFORE", "SLACK AFTER", ""], report.Objectives
            .Select(s => new[]
            {
                s.Id, Date(s.Due), Date(s.Before.EarliestFinish), Date(s.After.EarliestFinish),
                ScheduleText.Days(s.SlackBefore), ScheduleText.Days(s.SlackAfter), Verdict(s),
            }));
        foreach (var shift in report.Objectives.Where(s => s.LateOrLater))
        {
            writer.WriteLine($"  critical path of {shift.Id}: {InitiativePath.Format(graph, shift.After)}", Palette.Quiet);
        }

        writer.WriteLine();
        if (report.Goals.Count == 0)
        {
            writer.WriteLine("No goal is put at risk.");
            return;
        }

        writer.WriteLine("Goals put at risk:", Palette.Heading);
        Table(writer, ["GOAL", "STATUS NOW", "THROUGH", "TITLE"], report.Goals
            .Select(g => new[] { g.Id, g.State.Status.Label(), string.Join(", ", g.Through), graph.Plan.Goals[g.Goal].Title }));
    }

    private static string Describe(SlipOutcome slip)
    {
        var moved = slip.Days switch
        {
            0 => "ends on the same day",
            > 0 => $"ends {ScheduleText.Days(slip.Days)} later",
            _ => $"ends {ScheduleText.Days(-slip.Days)} earlier",
        };
        return slip.State switch
        {
            InitiativeScheduleState.Scheduled => $"{slip.Id} {moved}: {Date(slip.EndAfter!.Value)} instead of {Date(slip.EndBefore!.Value)}",
            InitiativeScheduleState.Cancelled => $"{slip.Id} is cancelled: its slip changes nothing",
            InitiativeScheduleState.InCycle => $"{slip.Id} is in a dependency cycle, so it has no schedule: its slip changes nothing",
            InitiativeScheduleState.MissingDates => $"{slip.Id} lacks a start or an end date, so it has no schedule: its slip changes nothing",
            _ => $"{slip.Id} waits for an initiative that has no schedule: its slip changes nothing",
        };
    }

    private static string Verdict(ObjectiveShift shift) => (shift.SlackBefore < 0, shift.SlackAfter < 0) switch
    {
        (false, true) => $"now late by {ScheduleText.Days(-shift.SlackAfter)}",
        (true, true) => $"now late by {ScheduleText.Days(-shift.SlackAfter)}, was {ScheduleText.Days(-shift.SlackBefore)}",
        (true, false) => "now on time",
        _ => "still on time",
    };

    private static void Table(StyledWriter writer, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = header.Select((_, column) => all.Max(row => row[column].Length)).ToArray();
        for (var r = 0; r < all.Count; r++)
        {
            var cells = all[r].Select((cell, column) => column == widths.Length - 1 ? cell : cell.PadRight(widths[column]));
            var line = ("  " + string.Join("  ", cells)).TrimEnd();
            if (r == 0)
            {
                writer.WriteLine(line, Palette.Quiet);
            }
            else
            {
                writer.WriteLine(line);
            }
        }
    }

    private static string Signed(int days) => (days > 0 ? "+" : "") + ScheduleText.Days(days);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
