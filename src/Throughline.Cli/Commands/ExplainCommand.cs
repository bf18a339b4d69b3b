using System.CommandLine;
using Throughline.Cli.Output;
using Throughline.Core.Findings;
using Throughline.Core.Rules;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline explain RULE</c>: what a rule checks, why it matters and how to fix what it finds.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var rule = new Argument<string?>("RULE")
        {
            Description = "A rule id such as gap/orphan-initiative (the name alone, orphan-initiative, is enough).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Option<bool>("--list", "-l") { Description = "List every rule with its default severity and summary." };
        var command = new Command(
            "explain",
            "Show what a rule checks and how to fix its findings. Without RULE, list every rule.")
        {
            rule, list,
        };
        command.SetAction(parse =>
            parse.GetValue(rule) is { } id && !parse.GetValue(list) ? Explain(context, id) : List(context));
        return command;
    }

    private static int Explain(CliContext context, string typed)
    {
        if (Resolve(typed) is not { } rule)
        {
            context.Error.Error($"unknown rule '{typed}'; did you mean '{RuleDocs.Closest(typed)}'?");
            context.Error.WriteLine("Run 'throughline explain --list' to see every rule.");
            return ExitCodes.Failure;
        }

        if (RuleDocs.Find(rule.Id) is { } page)
        {
            WritePage(context.Out, page);
        }
        else
        {
            // The page should always be embedded; if a build ever lacks it, the catalog still says what the rule is.
            context.Out.WriteLine(rule.Id, Palette.Heading);
            context.Out.WriteLine();
            context.Out.WriteLine(rule.Summary);
            context.Out.WriteLine($"Default severity: {rule.DefaultSeverity.Name()}.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The rule with this id, or with this name when exactly one family has it.</summary>
    private static RuleDescriptor? Resolve(string typed)
    {
        if (RuleCatalog.Find(typed) is { } exact)
        {
            return exact;
        }

        var byName = RuleCatalog.All.Where(r => r.Id.EndsWith("/" + typed, StringComparison.Ordinal)).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }

    private static void WritePage(StyledWriter writer, string page)
    {
        foreach (var line in page.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            writer.WriteLine(line, line.StartsWith('#') ? Palette.Heading : (Spectre.Console.Style?)null);
        }
    }

    private static int List(CliContext context)
    {
        var rules = RuleCatalog.All;
        var idWidth = rules.Max(r => r.Id.Length);
        const int SeverityWidth = 8;
        var writer = context.Out;
        writer.WriteLine($"{"RULE".PadRight(idWidth)}  {"SEVERITY".PadRight(SeverityWidth)}  SUMMARY", Palette.Heading);
        foreach (var rule in rules)
        {
            writer.Write(rule.Id.PadRight(idWidth) + "  ")
                .Write(rule.DefaultSeverity.Name().PadRight(SeverityWidth), Palette.Of(rule.DefaultSeverity))
                .WriteLine("  " + rule.Summary);
        }

        writer.WriteLine();
        writer.WriteLine("Run 'throughline explain RULE' for what a rule checks and how to fix its findings.", Palette.Quiet);
        return ExitCodes.Ok;
    }
}
