using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Interop;

/// <summary>
/// Reads objectives and key results from a CSV file, one row per key result (docs/interop.md#csv). The separator
/// (comma, semicolon or tab) is detected from the header; problems are reported by row and column.
/// </summary>
public static class CsvOkrReader
{
    /// <summary>The columns, as the header names them (case and <c>_</c> for spaces do not matter).</summary>
    public static readonly string[] Columns =
        ["objective id", "objective", "owner", "unit", "due", "key result id", "key result", "baseline", "target", "current", "as of", "unit of measure", "direction"];

    public static ImportResult Read(string text, string fileName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var log = new ImportLog(fileName);
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            log.Error(1, 0, $"the file is empty; its first row names the columns: {string.Join(", ", Columns)}");
            return log.Result(null);
        }

        var delimiter = Delimiter(text);
        var values = new CsvValues(decimalComma: delimiter != ",");
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => log.Warn(args.Context.Parser?.RawRow ?? 1, 0, $"a quote inside an unquoted field ({args.Field.Trim()}); read as written"),
        };
        using var csv = new CsvParser(new StringReader(text), config);
        if (!csv.Read())
        {
            log.Error(1, 0, "no header row");
            return log.Result(null);
        }

        var header = csv.Record!.Select(Normalize).ToList();
        for (var i = 0; i < header.Count; i++)
        {
            if (!Columns.Contains(header[i]) && header[i].Length > 0)
            {
                log.Note(1, 0, $"column '{csv.Record![i].Trim()}' is not one of {string.Join(", ", Columns)}; ignored");
            }
        }

        if (!header.Contains("objective") && !header.Contains("objective id"))
        {
            log.Error(1, 0, $"column 'objective': missing; the header must name it (columns: {string.Join(", ", Columns)})");
            return log.Result(null);
        }

        var rows = new List<(int Row, Dictionary<string, string> Cells)>();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count && i < csv.Record!.Length; i++)
            {
                if (csv.Record[i].Trim() is { Length: > 0 } cell && header[i].Length > 0)
                {
                    cells.TryAdd(header[i], cell);
                }
            }

            if (cells.Count > 0)
            {
                rows.Add((csv.RawRow, cells));
            }
        }

        if (!values.LearnDateOrder(rows.SelectMany(r => new[] { r.Cells.GetValueOrDefault("due"), r.Cells.GetValueOrDefault("as of") }).OfType<string>()))
        {
            log.Warn(1, 0, "the file has dates written day/month and others month/day; dates where both read are skipped: write them as YYYY-MM-DD");
        }

        var plan = new CsvRows(fileName, log, values, today).Build(rows);
        foreach (var error in PlanValidator.Validate(plan, fileName))
        {
            log.Error(error.Location.Line, error.Location.Column, error.Message);
        }

        return log.Result(plan);
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Trim().Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The separator that splits the header into the most fields, outside quotes.</summary>
    private static string Delimiter(string text)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && counts.TryGetValue(c, out var count))
            {
                counts[c] = count + 1;
            }
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key == ',' ? 0 : 1).First().Key.ToString();
    }
}
