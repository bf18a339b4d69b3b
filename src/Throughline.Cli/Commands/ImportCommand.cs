using System.CommandLine;
using System.Security;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Core.Interop;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline import stratml|csv|markdown FILE… --out PLAN</c>: write a plan file from another format (docs/interop.md).</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Write a plan file from StratML, CSV or Markdown, saying what was skipped or guessed.")
        {
            Format(context, InteropFormat.Stratml, "stratml", "StratML files (ISO 17469-1, Part 1 or Part 2); several merge into one plan."),
            Format(context, InteropFormat.Csv, "csv", "CSV files of objectives and key results, one row per key result."),
            Format(context, InteropFormat.Markdown, "markdown", "Markdown files of objectives (headings or bullets) and their key results (bullets)."),
        };
        return command;
    }

    private static Command Format(CliContext context, InteropFormat format, string name, string description)
    {
        var files = new Argument<string[]>("FILE") { Description = "The files to import.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = "The plan file to write. Default: standard output.", HelpName = "PLAN" };
        var command = new Command(name, description) { files, output };
        command.SetAction(parse => Run(context, format, parse.GetValue(files)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, InteropFormat format, string[] paths, string? output)
    {
        var texts = new List<(string, string)>();
        foreach (var path in paths)
        {
            try
            {
                texts.Add((path, File.ReadAllText(context.Resolve(path))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
            {
                context.Error.Error($"cannot read '{path}': {(e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message.TrimEnd('.'))}");
                return ExitCodes.Failure;
            }
        }

        var result = InteropImport.ReadAll(texts, format, context.Today);
        if (PlanFiles.Report(result, paths.Length == 1 ? paths[0] : "the merged plan", context) is not { } plan)
        {
            return ExitCodes.Failure;
        }

        plan.SourcePath = null;
        if (!OutputFile.Write(context, output, PlanWriter.Write(plan)))
        {
            return ExitCodes.Failure;
        }

        if (output is not null)
        {
            context.Out.WriteLine($"Wrote {output}: {Summary(plan)}.");
        }

        return ExitCodes.Ok;
    }

    internal static string Summary(Plan plan)
    {
        var keyResults = plan.Objectives.SelectMany(o => o.KeyResults).ToList();
        return $"{Count(plan.Goals.Count, "goal")}, {Count(plan.Objectives.Count, "objective")}, " +
            $"{Count(keyResults.Count, "key result")} with {Count(keyResults.Sum(k => k.CheckIns.Count), "check-in")}, " +
            $"{Count(plan.Organization.People.Count, "person", "people")}, {Count(plan.Organization.Units.Count, "unit")}";
    }

    private static string Count(int count, string noun, string? plural = null) =>
        count == 1 ? $"1 {noun}" : $"{count:N0} {plural ?? noun + "s"}";
}
