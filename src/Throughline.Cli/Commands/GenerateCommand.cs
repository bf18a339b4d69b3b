using System.CommandLine;
using System.Globalization;
using System.Security;
using System.Text;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Core.Generation;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline generate --people N --seed S</c>: write a synthetic organization's plan (docs/generate.md).</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var people = new Option<int>("--people", "-p")
        {
            Description = $"How many people the organization has, from {GeneratorOptions.MinPeople} to {Count(GeneratorOptions.MaxPeople)}.",
            HelpName = "N",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                var range = $"from {GeneratorOptions.MinPeople} to {Count(GeneratorOptions.MaxPeople)}";
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
                {
                    result.AddError($"--people: '{text}' is not a whole number; give one {range}.");
                }
                else if (count is < GeneratorOptions.MinPeople or > GeneratorOptions.MaxPeople)
                {
                    result.AddError($"--people: {count} is out of range; give a number {range}.");
                }

                return count;
            },
        };
        var seed = new Option<long>("--seed", "-s")
        {
            Description = "The seed of the random choices, any whole number: the same people, seed and date give the same file, byte for byte.",
            HelpName = "S",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"--seed: '{text}' is not a whole number; give any whole number, for example 42.");
                }

                return value;
            },
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write. Default: standard output.",
            HelpName = "FILE",
        };
        var asOf = DateOptions.AsOf();
        asOf.Description = "The date the plan is written as of (YYYY-MM-DD): the check-ins run up to it. " +
            $"Default: {Day(GeneratorOptions.DefaultAsOf)}, a fixed date, so the output never depends on today.";
        var force = new Option<bool>("--force") { Description = "Overwrite FILE if it exists." };
        var command = new Command(
            "generate",
            "Write the plan of a synthetic organization of any size. It has a unit tree, goals, cascaded objectives, " +
            "key results with a year of check-ins, initiatives and actions, and a known share of defects for the rules to find.")
        {
            people, seed, output, asOf, force,
        };
        command.SetAction(parse => Run(
            context,
            new GeneratorOptions(parse.GetValue(people), parse.GetValue(seed), parse.GetValue(asOf) ?? GeneratorOptions.DefaultAsOf),
            parse.GetValue(output),
            parse.GetValue(force)));
        return command;
    }

    private static int Run(CliContext context, GeneratorOptions options, string? path, bool force)
    {
        if (path is null)
        {
            PlanGenerator.Write(options, context.Out.Writer);
            return ExitCodes.Ok;
        }

        var fullPath = context.Resolve(path);
        if (!force && Path.Exists(fullPath))
        {
            context.Error.Error($"'{path}' already exists; use --force to overwrite it, or --out to write another file.");
            return ExitCodes.Failure;
        }

        StreamWriter file;
        try
        {
            file = new StreamWriter(fullPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            var why = e is DirectoryNotFoundException ? "its folder does not exist" : e.Message.TrimEnd('.');
            context.Error.Error($"cannot write '{path}': {why}");
            return ExitCodes.Failure;
        }

        GenerationSummary summary;
        try
        {
            using (file)
            {
                summary = PlanGenerator.Write(options, file);
            }
        }
        catch (IOException e)
        {
            // A disk that fills up half-way leaves a plan that does not read: better none.
            File.Delete(fullPath);
            context.Error.Error($"cannot write '{path}': {e.Message.TrimEnd('.')}");
            return ExitCodes.Failure;
        }

        context.Out.Write("Wrote ").Write(path, Palette.Location).WriteLine(
            $": {Counted(summary.People, "person", "people")} in {Counted(summary.Units, "unit")}, {Counted(summary.Goals, "goal")}, " +
            $"{Counted(summary.Objectives, "objective")}, {Counted(summary.KeyResults, "key result")} with " +
            $"{Counted(summary.CheckIns, "check-in")}, {Counted(summary.Initiatives, "initiative")}, {Counted(summary.Actions, "action")}.");
        context.Out.WriteLine(
            $"Planted: {Counted(summary.OrphanInitiatives, "orphan initiative")}, {Counted(summary.OrphanActions, "orphan action")}, " +
            $"{Counted(summary.OverCommittedUnits, "over-committed unit")}, {Counted(summary.DependencyCycles, "dependency cycle")}, " +
            $"{Counted(summary.VagueObjectives, "vague objective")}, {Counted(summary.MissingOwners, "missing owner")}, " +
            $"{Counted(summary.StaleKeyResults, "stale key result")}.");
        context.Out.WriteLine($"Check it with: throughline check {path} --as-of {Day(options.AsOf)}");
        return ExitCodes.Ok;
    }

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 dependency cycle", "5 dependency cycles", "100,000 people".</summary>
    private static string Counted(long count, string one, string? many = null) =>
        $"{Count(count)} {(count == 1 ? one : many ?? one + "s")}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
