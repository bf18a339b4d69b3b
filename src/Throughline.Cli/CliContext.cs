using Throughline.Cli.Output;

namespace Throughline.Cli;

/// <summary>
/// What a command may touch of the outside world: its two output streams, today's date, the directory
/// relative paths start from and the environment. Tests pass their own to run the CLI in-process.
/// </summary>
internal sealed record CliContext(StyledWriter Out, StyledWriter Error, DateOnly Today, string WorkingDirectory)
{
    /// <summary>Reads an environment variable; tests give their own environment.</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The real console: colour where the stream is a terminal and NO_COLOR is not set.</summary>
    public static CliContext FromConsole()
    {
        var colourAllowed = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return new CliContext(
            new StyledWriter(Console.Out, colourAllowed && !Console.IsOutputRedirected),
            new StyledWriter(Console.Error, colourAllowed && !Console.IsErrorRedirected),
            DateOnly.FromDateTime(DateTime.Now),
            Directory.GetCurrentDirectory());
    }

    /// <summary>A path as given on the command line, made absolute against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A path relative to the working directory with forward slashes, as SARIF wants it.</summary>
    public string RelativeUri(string path) =>
        Path.GetRelativePath(WorkingDirectory, Resolve(path)).Replace('\\', '/');
}
