using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Core.Interop;

/// <summary>Numbers and dates as spreadsheets write them (docs/interop.md#csv).</summary>
internal sealed partial class CsvValues(bool decimalComma)
{
    /// <summary>The order of ambiguous d/m/yyyy dates, taken from the file's unambiguous ones: true for day first.</summary>
    public bool? DayFirst { get; private set; }

    /// <summary>Decides the order of slash dates from the unambiguous ones; false when the file mixes both orders.</summary>
    public bool LearnDateOrder(IEnumerable<string> dates)
    {
        bool dayFirst = false, monthFirst = false;
        foreach (var text in dates)
        {
            if (SlashDate().Match(text.Trim()) is { Success: true } m)
            {
                var (a, b) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
                dayFirst |= a > 12 && b <= 12;
                monthFirst |= b > 12 && a <= 12;
            }
        }

        DayFirst = dayFirst == monthFirst ? null : dayFirst;
        return !(dayFirst && monthFirst);
    }

    /// <summary>Parses a date; the error says what to write instead.</summary>
    public bool TryDate(string text, out DateOnly date, out string? error)
    {
        error = null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || DateOnly.TryParseExact(text, ["d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (SlashDate().Match(text) is { Success: true } m)
        {
            var a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            bool? dayFirst = a > 12 ? true : b > 12 ? false : a == b ? true : DayFirst;
            if (dayFirst is null)
            {
                error = $"'{text}' could be day/month or month/day and no other date in the file tells which; write it as YYYY-MM-DD";
                return false;
            }

            var (day, month) = dayFirst.Value ? (a, b) : (b, a);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
                return true;
            }
        }

        error = $"'{text}' is not a date; write it as YYYY-MM-DD (31/12/2026, 12/31/2026 and 31.12.2026 are read too)";
        return false;
    }

    public bool TryNumber(string text, out double value)
    {
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).TrimEnd('%');
        if (decimalComma && s.Contains(','))
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }

        return double.TryParse(s, NumberStyles.Float | (decimalComma ? NumberStyles.None : NumberStyles.AllowThousands), CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})$")]
    private static partial Regex SlashDate();
}
