namespace Throughline.Cli.Tests;

/// <summary>
/// The examples' `check` output, kept as snapshots in examples/expected/. A change to a rule, a message or
/// an example shows here as a diff to review. To accept a deliberate change, run the tests with
/// THROUGHLINE_UPDATE_SNAPSHOTS=1 and commit the rewritten files.
/// </summary>
public class ExampleSnapshotTests
{
    /// <summary>The date the examples' check-in histories are written up to.</summary>
    private const string AsOf = "2026-11-15";

    public static TheoryData<string> Examples => new() { "startup", "enterprise", "public-sector", "retail-quarterly" };

    [Theory]
    [MemberData(nameof(Examples))]
    public void CheckOutputMatchesTheSnapshot(string example)
    {
        var root = RepositoryRoot();
        var result = Cli.RunIn(root, Cli.Today, "check", $"examples/{example}.plan.yaml", "--as-of", AsOf, "--fail-on", "none");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);

        var snapshot = Path.Combine(root, "examples", "expected", $"{example}.check.txt");
        var actual = result.Out.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("THROUGHLINE_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
            File.WriteAllText(snapshot, actual);
        }

        Assert.True(File.Exists(snapshot), $"No snapshot at {snapshot}; run with THROUGHLINE_UPDATE_SNAPSHOTS=1 to write it.");
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings("\n"), actual);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleReportsInEveryFormat(string example)
    {
        foreach (var format in new[] { "text", "markdown", "html", "json" })
        {
            var result = Cli.RunIn(RepositoryRoot(), Cli.Today, "report", $"examples/{example}.plan.yaml", "--as-of", AsOf, "--format", format);
            Assert.True(result.ExitCode == 0, $"{format}: {result.Error}");
            Assert.NotEmpty(result.Out);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Throughline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside a checkout (no Throughline.slnx above " + AppContext.BaseDirectory + ").");
    }
}
