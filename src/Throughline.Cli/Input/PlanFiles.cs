using System.Security;
using Throughline.Cli.Output;
using Throughline.Core.Interop;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Cli.Input;

/// <summary>Reads the plan files named on the command line, reporting every problem compiler-style on stderr.</summary>
internal static class PlanFiles
{
    /// <summary>
    /// Reads every file, so that all problems show at once. Returns the plans, or null when any file could
    /// not be read (its errors are printed); nothing is analysed from a partly readable set.
    /// </summary>
    public static IReadOnlyList<Plan>? ReadAll(IReadOnlyList<string> paths, CliContext context)
    {
        var plans = new List<Plan>();
        var failed = 0;
        foreach (var path in paths)
        {
            if (Read(path, context, keepText: false) is { } read)
            {
                plans.Add(read.Plan);
            }
            else
            {
                failed++;
            }
        }

        if (failed > 0 && paths.Count > 1)
        {
            context.Error.Error($"{failed} of {paths.Count} plans could not be read; nothing was analysed");
        }

        return failed == 0 ? plans : null;
    }

    /// <summary>
    /// Reads one plan file, printing its errors; the plan and, when <paramref name="keepText"/>, the text it
    /// was read from, or null. Without the text the file is read as a stream, which a large plan needs.
    /// </summary>
    public static (Plan Plan, string Text)? Read(string path, CliContext context, bool keepText = true)
    {
        var text = "";
        var format = InteropImport.FormatOf(path);
        try
        {
            if (keepText || format is not null)
            {
                text = File.ReadAllText(context.Resolve(path));
            }
            else
            {
                // Opened once here so that a missing or unreadable file gets the same one-line message.
                using var probe = File.OpenRead(context.Resolve(path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException
            or ArgumentException or NotSupportedException)
        {
            context.Error.Error($"cannot read '{path}': {Describe(e, context.Resolve(path))}");
            return null;
        }

        if (format is { } other)
        {
            var imported = InteropImport.Read(path, text, other, context.Today);
            return Report(imported, path, context) is { } plan ? (plan, text) : null;
        }

        var result = keepText ? PlanReader.Read(text, path) : PlanReader.ReadFile(context.Resolve(path), path);
        foreach (var error in result.Errors)
        {
            Print(error, context.Error);
        }

        if (result.Errors.Count > 0)
        {
            var count = result.Errors.Count;
            context.Error.WriteLine($"{count} error{(count == 1 ? "" : "s")} in {path}", Palette.Quiet);
        }

        return result.Succeeded ? (result.Plan!, text) : null;
    }

    /// <summary>Prints what an import skipped, guessed or could not read; the plan, or null when it has errors.</summary>
    public static Plan? Report(ImportResult result, string path, CliContext context)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var style = diagnostic.Severity switch
            {
                ImportSeverity.Error => Palette.Error,
                ImportSeverity.Warning => Palette.Warning,
                _ => Palette.Quiet,
            };
            context.Error.Write($"{diagnostic.Where}: ", Palette.Location)
                .Write(diagnostic.Severity.ToString().ToLowerInvariant(), style)
                .WriteLine($": {diagnostic.Message}");
        }

        var errors = result.Diagnostics.Count(d => d.Severity == ImportSeverity.Error);
        if (errors > 0)
        {
            context.Error.WriteLine($"{errors} error{(errors == 1 ? "" : "s")} in {path}", Palette.Quiet);
        }

        return result.Succeeded ? result.Plan : null;
    }

    private static void Print(PlanError error, StyledWriter stderr)
    {
        stderr.Write($"{error.Location}: ", Palette.Location).Write("error", Palette.Error).WriteLine($": {error.Message}");
        if (error.Suggestion is { } suggestion)
        {
            stderr.WriteLine($"  did you mean '{suggestion}'?", Palette.Quiet);
        }
    }

    private static string Describe(Exception e, string fullPath) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "file not found",
        UnauthorizedAccessException when Directory.Exists(fullPath) => "it is a directory, not a plan file",
        UnauthorizedAccessException or SecurityException => "permission denied",
        _ => e.Message.TrimEnd('.'),
    };
}
