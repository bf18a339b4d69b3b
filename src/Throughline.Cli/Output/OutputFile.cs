using System.CommandLine;
using System.Security;

namespace Throughline.Cli.Output;

/// <summary>The <c>--output</c> option and writing a command's result to stdout or to that file.</summary>
internal static class OutputFile
{
    public static Option<string?> Option(string what) => new("--output", "-o")
    {
        Description = $"Write the {what} to FILE instead of standard output.",
        HelpName = "FILE",
    };

    /// <summary>Writes the content to the file, or to stdout when no file is given; false (and an error printed) when the file cannot be written.</summary>
    public static bool Write(CliContext context, string? path, string content)
    {
        if (path is null)
        {
            context.Out.Writer.Write(content);
            return true;
        }

        try
        {
            File.WriteAllText(context.Resolve(path), content);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException
            or ArgumentException or NotSupportedException)
        {
            var why = e is DirectoryNotFoundException ? "its folder does not exist" : e.Message.TrimEnd('.');
            context.Error.Error($"cannot write '{path}': {why}");
            return false;
        }
    }
}
