namespace Throughline.Cli.Tests;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Lines(Out);
    public string[] ErrorLines => Lines(Error);

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n', StringSplitOptions.None);
}

/// <summary>Runs the CLI in-process through <see cref="CliApp.Run(string[], TextWriter, TextWriter, DateOnly?, string?)"/>.</summary>
internal static class Cli
{
    /// <summary>"Today" for every run, so the fixtures' results never depend on the day the tests run.</summary>
    public static readonly DateOnly Today = new(2026, 3, 15);

    /// <summary>The test output folder; the fixtures are copied to Fixtures/ under it.</summary>
    public static string Directory => AppContext.BaseDirectory;

    public static CliResult Run(params string[] args) => RunIn(Directory, Today, args);

    public static CliResult RunIn(string workingDirectory, DateOnly today, params string[] args) =>
        RunWith(workingDirectory, today, _ => null, args);

    /// <summary>Runs with these environment variables and no others, so that the machine's own never leak in.</summary>
    public static CliResult RunWith(string workingDirectory, DateOnly today, Func<string, string?> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // On a pool thread: commands that talk to a server wait on their own tasks, which must not need the test's thread.
        var exitCode = Task.Run(() => CliApp.Run(args, stdout, stderr, today, workingDirectory, environment)).GetAwaiter().GetResult();
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A fresh folder under the system's temp folder, deleted after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "throughline-cli-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => System.IO.Directory.Delete(Path, recursive: true);
}
