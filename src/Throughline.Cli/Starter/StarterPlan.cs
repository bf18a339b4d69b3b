using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Throughline.Cli.Starter;

/// <summary>
/// The commented starter plan <c>throughline init</c> writes: starter.plan.yaml (an embedded resource)
/// with its <c>{{placeholders}}</c> filled in for one organization and one day.
/// </summary>
internal static partial class StarterPlan
{
    public const string DefaultOrganization = "My Organization";

    private const string CheckInsPlaceholder = "{{checkins:";

    [GeneratedRegex(@"\{\{([a-z-]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9 .&'()-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();

    /// <summary>The starter for an organization, dated as if written on <paramref name="today"/>.</summary>
    /// <param name="fileName">The name the file is written under, quoted in its header comment.</param>
    public static string Generate(string organization, DateOnly today, string fileName)
    {
        var calendar = new StarterCalendar(today);
        var values = Values(organization, calendar, fileName);
        var output = new StringBuilder();
        foreach (var line in Template().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            var content = line.TrimStart();
            if (content.StartsWith(CheckInsPlaceholder, StringComparison.Ordinal))
            {
                var id = content[CheckInsPlaceholder.Length..content.IndexOf("}}", StringComparison.Ordinal)];
                var indent = line[..^content.Length];
                foreach (var checkIn in StarterCheckIns.Lines(id, calendar))
                {
                    output.Append(indent).Append(checkIn).Append('\n');
                }

                continue;
            }

            output.Append(Placeholder().Replace(line, match => values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException($"starter.plan.yaml has an unknown placeholder {match.Value}."))).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>The default file name: the organization's name in lowercase words joined by dashes, then .plan.yaml.</summary>
    public static string FileNameFor(string organization)
    {
        var slug = NotSlug().Replace(organization.ToLowerInvariant(), "-").Trim('-');
        return (slug.Length == 0 ? "organization" : slug) + ".plan.yaml";
    }

    private static Dictionary<string, string> Values(string organization, StarterCalendar calendar, string fileName)
    {
        static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = calendar.Today;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["organization"] = YamlText(organization),
            ["file"] = fileName.ReplaceLineEndings(" "),
            ["today"] = Day(today),
            ["year"] = calendar.Year.ToString(CultureInfo.InvariantCulture),
            ["quarter"] = $"Q{calendar.Quarter} {calendar.Year}",
            ["year-start"] = Day(calendar.YearStart),
            ["year-end"] = Day(calendar.YearEnd),
            ["year-end-month"] = calendar.YearEnd.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            ["quarter-start"] = Day(calendar.QuarterStart),
            ["quarter-end"] = Day(calendar.QuarterEnd),
            ["next-quarter-start"] = Day(calendar.NextQuarterStart),
            ["next-quarter-end"] = Day(calendar.NextQuarterEnd),
            ["prep-start"] = Day(calendar.QuarterStart.AddDays(-56)),
            ["prep-end"] = Day(calendar.QuarterStart.AddDays(-1)),
            ["goal-horizon"] = Day(calendar.GoalHorizon),
            ["vision-year"] = calendar.VisionHorizon.Year.ToString(CultureInfo.InvariantCulture),
            ["vision-horizon"] = Day(calendar.VisionHorizon),
            ["done-action-due"] = Day(Max(calendar.QuarterStart, today.AddDays(-7))),
            ["open-action-due"] = Day(Min(calendar.QuarterEnd, today.AddDays(14))),
            ["direct-action-due"] = Day(today.AddDays(7)),
        };
    }

    /// <summary>The name as a YAML scalar: plain when it reads back as the same text, double-quoted otherwise.</summary>
    internal static string YamlText(string text)
    {
        string[] wordsYamlReadsAsOtherTypes = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"];
        if (PlainName().IsMatch(text) && !text.EndsWith(' ')
            && !wordsYamlReadsAsOtherTypes.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return text;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static string Template()
    {
        using var stream = typeof(StarterPlan).Assembly.GetManifestResourceStream("starter.plan.yaml")
            ?? throw new InvalidOperationException("The starter plan is missing from the throughline assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
