namespace Throughline.Cli.Tests;

/// <summary>Help, version and usage errors: exit 2 and a short help on stderr, never a stack trace.</summary>
public sealed class UsageTests
{
    [Fact]
    public void VersionPrintsTheToolsVersion()
    {
        var run = Cli.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([CliVersion.Text], run.OutLines);
        Assert.Matches(@"^\d+\.\d+\.\d+", CliVersion.Text);
    }

    [Theory]
    [InlineData("init", "--force")]
    [InlineData("check", "--fail-on")]
    [InlineData("explain", "--list")]
    [InlineData("report", "--format")]
    public void EveryCommandHasHelp(string command, string option)
    {
        var run = Cli.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"throughline {command}", run.Out, StringComparison.Ordinal);
        Assert.Contains(option, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RootHelpListsTheCommands()
    {
        var run = Cli.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(["init", "check", "explain", "report"], command => Assert.Contains($"  {command} ", run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void NoCommandIsAUsageError()
    {
        var run = Cli.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: no command given; name one of the commands below", run.ErrorLines[0]);
        Assert.Contains("Usage: throughline [command] [options]", run.ErrorLines);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("  check    ", StringComparison.Ordinal));
    }

    [Fact]
    public void MistypedCommandSuggestsTheRightOne()
    {
        var run = Cli.Run("chekc", "plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: unknown command 'chekc'; did you mean 'check'?", run.ErrorLines[0]);
        Assert.Equal("Run 'throughline --help' for more.", run.ErrorLines[^1]);
    }

    [Fact]
    public void MissingPlanIsAUsageError()
    {
        var run = Cli.Run("check");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Required argument 'PLAN' missing for command: 'check'.", run.ErrorLines[0]);
        Assert.Equal("Run 'throughline check --help' for more.", run.ErrorLines[^1]);
    }

    [Fact]
    public void BugEndsAsExitCodeThreeWithItsDetails()
    {
        // A standard output that fails stands in for any bug inside a command.
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(["explain", "--list"], new FailingWriter(), stderr, Cli.Today, Cli.Directory);

        Assert.Equal(3, exitCode);
        Assert.StartsWith(
            "error: internal error; please report it with the command and the plan that caused it",
            stderr.ToString(),
            StringComparison.Ordinal);
        Assert.Contains(nameof(FailingWriter), stderr.ToString(), StringComparison.Ordinal);
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new InvalidOperationException("stdout is gone");
    }
}
