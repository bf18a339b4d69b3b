using System.Globalization;
using System.Text.Json;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;

namespace Throughline.Core.Schedule;

/// <summary>
/// The JSON of a <see cref="SlipReport"/>, as <c>throughline what-if --format json</c> prints it (shape in
/// docs/cli.md). Property names are camelCase and keep their meaning; new properties may be added.
/// </summary>
public static class SlipReportJson
{
    public const int ShapeVersion = 1;

    public static string Write(SlipReport report, string planPath)
    {
        ArgumentNullException.ThrowIfNull(report);
        var graph = report.Baseline.Graph;
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", ShapeVersion);
            writer.WriteString("plan", planPath);
            writer.WriteString("organization", report.Baseline.Plan.Organization.Name);
            writer.WriteString("asOf", Date(report.Baseline.AsOf));
            writer.WriteStartArray("slips");
            foreach (var slip in report.Slips)
            {
                writer.WriteStartObject();
                writer.WriteString("initiative", slip.Id);
                writer.WriteNumber("days", slip.Days);
                WriteDate(writer, "endBefore", slip.EndBefore);
                WriteDate(writer, "endAfter", slip.EndAfter);
                writer.WriteString("schedule", Key(slip.State));
                writer.WriteBoolean("moves", slip.Moves);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("initiatives");
            foreach (var shift in report.Initiatives)
            {
                writer.WriteStartObject();
                writer.WriteString("id", shift.Id);
                writer.WriteString("finishBefore", Date(shift.FinishBefore));
                writer.WriteString("finishAfter", Date(shift.FinishAfter));
                writer.WriteNumber("days", shift.Days);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("objectives");
            foreach (var shift in report.Objectives)
            {
                writer.WriteStartObject();
                writer.WriteString("id", shift.Id);
                writer.WriteString("due", Date(shift.Due));
                writer.WriteString("finishBefore", Date(shift.Before.EarliestFinish));
                writer.WriteString("finishAfter", Date(shift.After.EarliestFinish));
                writer.WriteNumber("slackBefore", shift.SlackBefore);
                writer.WriteNumber("slackAfter", shift.SlackAfter);
                writer.WriteBoolean("late", shift.After.IsLate);
                writer.WriteBoolean("becomesLate", shift.BecomesLate);
                WriteIds(writer, "pathBefore", shift.Before.Path.Select(i => graph.Plan.Initiatives[i].Id));
                WriteIds(writer, "pathAfter", shift.After.Path.Select(i => graph.Plan.Initiatives[i].Id));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("goals");
            foreach (var goal in report.Goals)
            {
                writer.WriteStartObject();
                writer.WriteString("id", goal.Id);
                writer.WriteString("status", goal.State.Status.Key());
                WriteIds(writer, "through", goal.Through);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteBoolean("affectsObjectivesOrGoals", report.AffectsObjectivesOrGoals);
            writer.WriteEndObject();
        });
    }

    /// <summary>The kebab-case name of a schedule state: <c>scheduled</c>, <c>in-cycle</c>, <c>missing-dates</c>, …</summary>
    public static string Key(InitiativeScheduleState state) => state switch
    {
        InitiativeScheduleState.Scheduled => "scheduled",
        InitiativeScheduleState.Cancelled => "cancelled",
        InitiativeScheduleState.InCycle => "in-cycle",
        InitiativeScheduleState.MissingDates => "missing-dates",
        _ => "blocked",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, Date(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IEnumerable<string> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}
