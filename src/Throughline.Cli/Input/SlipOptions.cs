using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Cli.Input;

/// <summary>One <c>--slip ID=+Nd</c>: the initiative and the days its end moves (negative: earlier).</summary>
internal sealed record SlipRequest(string InitiativeId, int Days, string Text);

/// <summary>The repeatable <c>--slip</c> option of <c>what-if</c>: <c>I7=+30d</c>, <c>I9=+2w</c>, <c>I4=-5d</c>.</summary>
internal static partial class SlipOptions
{
    /// <summary>Ten years: more is surely a typo, and would run dates off the calendar.</summary>
    public const int MaxDays = 3650;

    public static Option<IReadOnlyList<SlipRequest>> Slip() => new("--slip", "-s")
    {
        Description = "Move an initiative's end by +Nd or -Nd days, or +Nw weeks (its start stays): I7=+30d. Repeat for several.",
        HelpName = "ID=±N(d|w)",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result =>
        {
            var slips = new List<SlipRequest>();
            foreach (var token in result.Tokens)
            {
                if (Parse(token.Value) is not var (id, days))
                {
                    result.AddError($"--slip: '{token.Value}' is not a slip; write ID=+Nd, ID=+Nw or ID=-Nd, for example I7=+30d.");
                }
                else if (Math.Abs(days) > MaxDays)
                {
                    result.AddError($"--slip: '{token.Value}' moves the end by more than {MaxDays} days.");
                }
                else if (slips.Any(s => s.InitiativeId == id))
                {
                    result.AddError($"--slip: {id} is slipped twice; give one slip per initiative.");
                }
                else
                {
                    slips.Add(new SlipRequest(id, (int)days, token.Value));
                }
            }

            return slips;
        },
    };

    /// <summary>The initiative id and the signed days of <c>ID=±N(d|w)</c>; null when the text is not one.</summary>
    private static (string Id, long Days)? Parse(string text)
    {
        var match = SlipPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var days = long.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture)
            * (match.Groups["unit"].Value is "w" or "W" ? 7 : 1);
        return (match.Groups["id"].Value, match.Groups["sign"].Value == "-" ? -days : days);
    }

    [GeneratedRegex(@"^(?<id>[^=\s]+)=(?<sign>[+-]?)(?<count>\d{1,9})(?<unit>[dwDW])$", RegexOptions.CultureInvariant)]
    private static partial Regex SlipPattern();
}
