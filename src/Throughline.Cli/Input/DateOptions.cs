using System.CommandLine;
using System.Globalization;

namespace Throughline.Cli.Input;

/// <summary>Date options: <c>--as-of</c> (an ISO date, today when not given) and others like it.</summary>
internal static class DateOptions
{
    public static Option<DateOnly?> AsOf() =>
        Date("--as-of", "Analyse the plan as of this date (YYYY-MM-DD), to reproduce a past result. Default: today.");

    /// <summary>An option that takes an ISO date; a malformed one is a parse error naming the option.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{text}' is not a date; write it as YYYY-MM-DD, for example 2026-03-31.");
            return null;
        },
    };
}
