using System.CommandLine;

namespace Throughline.Cli.Output;

/// <summary>The short help printed after a usage error: one usage line, and the commands when at the top.</summary>
internal static class Usage
{
    /// <summary>
    /// The parse errors to show. A mistyped command makes System.CommandLine report every later token as
    /// well; the one thing worth saying then is which command was meant.
    /// </summary>
    public static IReadOnlyList<string> Errors(ParseResult parse)
    {
        if (parse.CommandResult.Command is RootCommand && parse.Tokens.Count == 0)
        {
            return ["no command given; name one of the commands below"];
        }

        if (parse.CommandResult.Command is RootCommand root && parse.UnmatchedTokens.Count > 0)
        {
            var typed = parse.UnmatchedTokens[0];
            var closest = root.Subcommands.MinBy(c => Distance(typed, c.Name))!;
            return Distance(typed, closest.Name) <= 2
                ? [$"unknown command '{typed}'; did you mean '{closest.Name}'?"]
                : [$"unknown command '{typed}'"];
        }

        return [.. parse.Errors.Select(error => error.Message.ReplaceLineEndings(" ").Replace('\t', ' '))];
    }

    public static string Path(Command command) =>
        command is RootCommand ? "throughline" : $"throughline {command.Name}";

    /// <summary><c>throughline check &lt;PLAN&gt;... [options]</c>.</summary>
    public static string Line(Command command)
    {
        var parts = new List<string> { Path(command) };
        if (command.Subcommands.Count > 0)
        {
            parts.Add("[command]");
        }

        foreach (var argument in command.Arguments)
        {
            var name = $"<{argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");
            parts.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name);
        }

        parts.Add("[options]");
        return string.Join(' ', parts);
    }

    public static void WriteCommands(Command command, StyledWriter writer)
    {
        if (command.Subcommands.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Commands:");
        var width = command.Subcommands.Max(c => c.Name.Length);
        foreach (var subcommand in command.Subcommands)
        {
            var summary = subcommand.Description is { } text ? FirstSentence(text) : "";
            writer.WriteLine($"  {subcommand.Name.PadRight(width)}  {summary}");
        }

        writer.WriteLine();
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    /// <summary>Levenshtein distance, enough to tell which of four command names was meant.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
