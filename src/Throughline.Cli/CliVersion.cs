using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Throughline.Cli;

/// <summary>The version of the throughline tool, printed by <c>--version</c> and written into SARIF logs.</summary>
internal static class CliVersion
{
    /// <summary>The informational version without build metadata (the commit hash after '+').</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        var version = typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CliVersion).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    /// <summary>
    /// Prints this assembly's version. The stock action prints the entry assembly's, which is the test
    /// host when the CLI runs in-process.
    /// </summary>
    internal sealed class PrintAction(CliContext context) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            context.Out.WriteLine(Text);
            return ExitCodes.Ok;
        }
    }
}
