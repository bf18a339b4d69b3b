using System.Globalization;

namespace Throughline.Core.Priorities;

/// <summary>Formatting for ranking explanations: invariant culture, enough digits to redo the arithmetic by hand.</summary>
internal static class ScoreText
{
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, …, 21st.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
