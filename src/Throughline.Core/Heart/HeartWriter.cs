using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Throughline.Core.Heart;

/// <summary>Writes a HEART report as a unit × dimension table for the terminal, or as JSON for scripts.</summary>
public static class HeartWriter
{
    private const string Unknown = "··";

    private static readonly (string Header, int Width)[] Columns =
    [
        ("hope", 6), ("empower", 8), ("account", 8), ("results", 8), ("trust", 6),
    ];

    /// <summary>
    /// The rolled-up values, 0–100, each shaded by band, units indented under their parents; then a legend. With an
    /// earlier report, a last column gives each unit's index change since then, in points.
    /// </summary>
    public static string Text(HeartReport report, string organization, HeartReport? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var changes = earlier is null ? null : IndexChanges(earlier, report);
        var nameWidth = Math.Max(4, report.Units.Select(u => (2 * u.Depth) + u.UnitName.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"HEART index of {organization} as of {report.AsOf:yyyy-MM-dd}").Append('\n').Append('\n');
        text.Append("unit".PadRight(nameWidth)).Append("  people  index");
        foreach (var (header, width) in Columns)
        {
            text.Append(header.PadLeft(width));
        }

        text.Append(changes is null ? "" : "  change").Append('\n');
        foreach (var unit in report.Units.OrderBy(u => u, new TreeOrder(report)))
        {
            var row = new StringBuilder();
            row.Append((new string(' ', 2 * unit.Depth) + unit.UnitName).PadRight(nameWidth));
            row.Append(unit.People.ToString(CultureInfo.InvariantCulture).PadLeft(8));
            row.Append(Cell(unit.Index).PadLeft(7));
            for (var d = 0; d < Columns.Length; d++)
            {
                row.Append(Cell(unit.Dimensions[d].Rolled).PadLeft(Columns[d].Width));
            }

            if (changes is not null)
            {
                row.Append(Points(changes.GetValueOrDefault(unit.UnitId)).PadLeft(8));
            }

            text.Append(row.ToString().TrimEnd()).Append('\n');
        }

        text.Append('\n');
        text.Append("Values 0-100, each unit with the units below it, weighted by people.\n");
        text.Append("█ 80-100 strong   ▓ 60-79 fair   ▒ 40-59 weak   ░ 0-39 poor   ·· unknown\n");
        if (earlier is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"change: index points since {earlier.AsOf:yyyy-MM-dd}\n");
        }

        return text.ToString();
    }

    private static Dictionary<string, double?> IndexChanges(HeartReport earlier, HeartReport later) =>
        HeartTrend.Between(earlier, later).Where(c => c.Dimension is null).ToDictionary(c => c.UnitId, c => c.Change, StringComparer.Ordinal);

    /// <summary>A change of a 0–1 value in points: "+5", "-19", "0"; "··" when unknown.</summary>
    private static string Points(double? change)
    {
        if (change is not { } c)
        {
            return Unknown;
        }

        var points = (int)Math.Round(c * 100, MidpointRounding.AwayFromZero);
        return points > 0 ? "+" + points.ToString(CultureInfo.InvariantCulture) : points.ToString(CultureInfo.InvariantCulture);
    }

    public static string Json(HeartReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("anonymityThreshold", HeartInputs.AnonymityThreshold);
            json.WriteStartArray("units");
            foreach (var unit in report.Units)
            {
                json.WriteStartObject();
                json.WriteString("id", unit.UnitId);
                json.WriteString("name", unit.UnitName);
                json.WriteNumber("depth", unit.Depth);
                json.WriteNumber("people", unit.People);
                Number(json, "index", unit.Index);
                json.WriteStartObject("dimensions");
                foreach (var value in unit.Dimensions)
                {
                    json.WriteStartObject(value.Dimension.ToString().ToLowerInvariant());
                    Number(json, "own", value.Own);
                    Number(json, "rolled", value.Rolled);
                    json.WriteStartArray("parts");
                    foreach (var part in value.Parts)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", part.Name);
                        Number(json, "value", part.Value);
                        json.WriteString("detail", part.Detail);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A value as 0–100 with its band's shade: "▓ 72"; "··" when unknown.</summary>
    internal static string Cell(double? value)
    {
        if (value is not { } v)
        {
            return Unknown;
        }

        var score = (int)Math.Round(v * 100, MidpointRounding.AwayFromZero);
        var shade = score >= 80 ? '█' : score >= 60 ? '▓' : score >= 40 ? '▒' : '░';
        return $"{shade} {score.ToString(CultureInfo.InvariantCulture),3}";
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Each unit right after its parent (and its parent's earlier children), roots in plan order.</summary>
    private sealed class TreeOrder(HeartReport report) : IComparer<UnitHeart>
    {
        private readonly Dictionary<string, string> path = BuildPaths(report);

        public int Compare(UnitHeart? x, UnitHeart? y) => string.CompareOrdinal(path[x!.UnitId], path[y!.UnitId]);

        private static Dictionary<string, string> BuildPaths(HeartReport report)
        {
            // A unit's path is its ancestors' positions and its own, so sorting by path lists the tree depth first.
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var u = 0; u < report.Units.Count; u++)
            {
                position.TryAdd(report.Units[u].UnitId, u);
            }

            var paths = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var unit in report.Units)
            {
                var parts = new List<string>();
                UnitHeart? at = unit;
                while (at is not null && parts.Count <= report.Units.Count)
                {
                    parts.Add(position[at.UnitId].ToString("D7", CultureInfo.InvariantCulture));
                    at = at.ParentId is { } parent && position.TryGetValue(parent, out var up) ? report.Units[up] : null;
                }

                parts.Reverse();
                paths[unit.UnitId] = string.Join('/', parts);
            }

            return paths;
        }
    }
}
