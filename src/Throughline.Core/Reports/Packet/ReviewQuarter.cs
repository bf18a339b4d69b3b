using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Core.Reports.Packet;

/// <summary>A calendar quarter a review packet looks back on, written <c>2026Q4</c>.</summary>
public readonly partial record struct ReviewQuarter
{
    public ReviewQuarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        Year = year;
        Number = number;
    }

    public int Year { get; }
    public int Number { get; }

    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public static ReviewQuarter Containing(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>Reads <c>2026Q4</c>, <c>2026-Q4</c> or <c>2026 q4</c>.</summary>
    public static bool TryParse(string? text, out ReviewQuarter quarter)
    {
        quarter = default;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        quarter = new ReviewQuarter(year, match.Groups[2].Value[0] - '0');
        return true;
    }

    /// <summary>"2026Q4", the form <see cref="TryParse"/> reads and option values take.</summary>
    public override string ToString() => $"{Year.ToString("0000", CultureInfo.InvariantCulture)}Q{Number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>"2026 Q4", for headings.</summary>
    public string Label => $"{Year.ToString("0000", CultureInfo.InvariantCulture)} Q{Number.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^(\d{4})[- ]?[Qq]([1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
