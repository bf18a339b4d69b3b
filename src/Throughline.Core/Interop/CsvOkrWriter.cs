using System.Globalization;
using CsvHelper;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>Writes a plan's objectives and key results as CSV, one row per key result, in the columns the importer reads.</summary>
public static class CsvOkrWriter
{
    public static string Write(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var people = plan.Organization.People.ToDictionary(p => p.Id, p => p.Name.Length > 0 ? p.Name : p.Id, StringComparer.Ordinal);
        var units = plan.Organization.Units.ToDictionary(u => u.Id, u => u.Name.Length > 0 ? u.Name : u.Id, StringComparer.Ordinal);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in CsvOkrReader.Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var objective in plan.Objectives)
            {
                var objectiveFields = new[]
                {
                    objective.Id, objective.Title, Name(people, objective.Owner), Name(units, objective.Unit), Day(objective.Due),
                };
                if (objective.KeyResults.Count == 0)
                {
                    WriteRow(csv, [.. objectiveFields, "", "", "", "", "", "", "", ""]);
                }

                foreach (var keyResult in objective.KeyResults)
                {
                    var latest = keyResult.CheckIns.MaxBy(c => c.Date);
                    WriteRow(csv,
                    [
                        .. objectiveFields, keyResult.Id, keyResult.Title, Number(keyResult.Baseline), Number(keyResult.Target),
                        Number(latest?.Value), Day(latest?.Date), keyResult.Unit ?? "",
                        keyResult.Direction?.ToString().ToLowerInvariant() ?? "",
                    ]);
                }
            }
        }

        return text.ToString();
    }

    private static void WriteRow(CsvWriter csv, string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }

    private static string Name(Dictionary<string, string> names, string? id) => id is null ? "" : names.GetValueOrDefault(id) ?? id;

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
