using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>Turns the rows of an objectives-and-key-results CSV into a plan: rows of one objective share its id or title.</summary>
internal sealed class CsvRows(string fileName, ImportLog log, CsvValues values, DateOnly today)
{
    private readonly Plan plan = new() { SourcePath = fileName, Organization = new Organization { Name = Path.GetFileNameWithoutExtension(fileName) } };
    private readonly ImportIds ids = new();
    private readonly Dictionary<string, Objective> objectives = new(StringComparer.Ordinal);
    private bool notedToday;

    public Plan Build(List<(int Row, Dictionary<string, string> Cells)> rows)
    {
        var people = new ImportPeople(plan, ids);

        // Ids the file gives are taken first, so that made-up ones never steal them.
        foreach (var id in rows.SelectMany(r => new[] { r.Cells.GetValueOrDefault("objective id"), r.Cells.GetValueOrDefault("key result id") }).OfType<string>())
        {
            ids.TryClaim(id);
        }

        foreach (var (row, cells) in rows)
        {
            var objective = Objective(row, cells, people);
            if (objective is null)
            {
                continue;
            }

            if (cells.GetValueOrDefault("key result") is { } title || cells.ContainsKey("key result id"))
            {
                objective.KeyResults.Add(KeyResult(row, cells, objective, cells.GetValueOrDefault("key result")));
            }
            else if (cells.Keys.Any(k => k is "baseline" or "target" or "current" or "unit of measure" or "direction"))
            {
                log.Warn(row, 0, "column 'key result': empty, but the row has key result values; name the key result");
            }
        }

        return plan;
    }

    private Objective? Objective(int row, Dictionary<string, string> cells, ImportPeople people)
    {
        var id = cells.GetValueOrDefault("objective id");
        var title = cells.GetValueOrDefault("objective");
        var key = id ?? title;
        if (key is null)
        {
            log.Warn(row, 0, "column 'objective': empty; the row is skipped: give the objective's title");
            return null;
        }

        if (!objectives.TryGetValue(key, out var objective))
        {
            objective = new Objective
            {
                Id = id ?? log.MadeUp(ids.Claim($"O{objectives.Count + 1}")),
                Title = title ?? id!,
                Location = new SourceLocation(fileName, row, 0),
            };
            if (title is null)
            {
                log.Note(row, 0, $"column 'objective': empty; objective {id} is titled by its id");
            }

            objectives[key] = objective;
            plan.Objectives.Add(objective);
        }

        if (cells.GetValueOrDefault("owner") is { } owner)
        {
            objective.Owner ??= people.Person(owner);
        }

        if (cells.GetValueOrDefault("unit") is { } unit)
        {
            objective.Unit ??= people.Unit(unit);
        }

        if (cells.GetValueOrDefault("due") is { } due && Date(row, "due", due) is { } date)
        {
            objective.Due ??= date;
        }

        return objective;
    }

    private KeyResult KeyResult(int row, Dictionary<string, string> cells, Objective objective, string? title)
    {
        var number = plan.Objectives.IndexOf(objective) + 1;
        var id = cells.GetValueOrDefault("key result id") ?? log.MadeUp(ids.Claim($"KR{number}.{objective.KeyResults.Count + 1}"));
        var keyResult = new KeyResult
        {
            Id = id,
            Title = title ?? id,
            Location = new SourceLocation(fileName, row, 0),
            Baseline = Number(row, cells, "baseline"),
            Target = Number(row, cells, "target"),
            Unit = cells.GetValueOrDefault("unit of measure"),
        };
        if (cells.GetValueOrDefault("direction") is { } direction)
        {
            if (Enum.TryParse<Direction>(direction, ignoreCase: true, out var parsed) && !int.TryParse(direction, out _))
            {
                keyResult.Direction = parsed;
            }
            else
            {
                log.Warn(row, 0, $"column 'direction': '{direction}' is not increase, decrease or maintain; left out (the direction follows from baseline and target)");
            }
        }

        if (Number(row, cells, "current") is { } current)
        {
            var asOf = cells.GetValueOrDefault("as of") is { } text ? Date(row, "as of", text) : null;
            if (asOf is null && !notedToday)
            {
                log.Note(row, 0, $"column 'as of': no date for the current value; checked in on {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                notedToday = true;
            }

            keyResult.CheckIns.Add(new CheckIn { Date = asOf ?? today, Value = current });
        }

        return keyResult;
    }

    private double? Number(int row, Dictionary<string, string> cells, string column)
    {
        if (cells.GetValueOrDefault(column) is not { } text)
        {
            return null;
        }

        if (values.TryNumber(text, out var value))
        {
            return value;
        }

        log.Warn(row, 0, $"column '{column}': '{text}' is not a number; left out: write a number such as 42 or 3.5");
        return null;
    }

    private DateOnly? Date(int row, string column, string text)
    {
        if (values.TryDate(text, out var date, out var error))
        {
            return date;
        }

        log.Warn(row, 0, $"column '{column}': {error}");
        return null;
    }
}
