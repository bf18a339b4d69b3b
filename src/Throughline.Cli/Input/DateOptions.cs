using System.CommandLine;
using System.Globalization;

namespace Throughline.Cli.Input;

/// <summary>The <c>--as-of</c> option: an ISO date, today when not given.</summary>
internal static class DateOptions
{
    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Analyse the plan as of this date (YYYY-MM-DD), to reproduce a past result. Default: today.",
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--as-of: '{text}' is not a date; write it as YYYY-MM-DD, for example 2026-03-31.");
            return null;
        },
    };
}
