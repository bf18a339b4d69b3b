using Throughline.Core.Generation;
using Throughline.Core.Plans;

namespace Throughline.Cli.Tests;

public sealed class GenerateCommandTests
{
    private static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}s";

    [Fact]
    public void WritesThePlanFileAndSaysWhatIsInIt()
    {
        using var temp = new TempDirectory();

        var run = Cli.RunIn(temp.Path, Cli.Today, "generate", "--people", "200", "--seed", "7", "--out", "org.plan.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var summary = PlanGenerator.Write(new GeneratorOptions(200, 7), TextWriter.Null);
        Assert.Equal(
            [
                $"Wrote org.plan.yaml: 200 people in 20 units, {summary.Goals} goals, 60 objectives, {summary.KeyResults} key results " +
                $"with {summary.CheckIns:N0} check-ins, 40 initiatives, 1,000 actions.",
                $"Planted: {Of(summary.OrphanInitiatives, "orphan initiative")}, {Of(summary.OrphanActions, "orphan action")}, " +
                $"{Of(summary.OverCommittedUnits, "over-committed unit")}, {Of(summary.DependencyCycles, "dependency cycle")}, " +
                $"{Of(summary.VagueObjectives, "vague objective")}, {Of(summary.MissingOwners, "missing owner")}, " +
                $"{Of(summary.StaleKeyResults, "stale key result")}.",
                "Check it with: throughline check org.plan.yaml --as-of 2026-11-15",
            ],
            run.OutLines);
        var text = File.ReadAllText(temp.File("org.plan.yaml"));
        using var expected = new StringWriter();
        PlanGenerator.Write(new GeneratorOptions(200, 7), expected);
        Assert.Equal(expected.ToString(), text);
        Assert.Empty(PlanReader.Read(text, "org.plan.yaml").Errors);
    }

    [Fact]
    public void OneOfAKindIsSingular()
    {
        using var temp = new TempDirectory();

        // 200 people make 40 initiatives, fewer than one circle's 4,000: exactly one dependency cycle.
        var run = Cli.RunIn(temp.Path, Cli.Today, "generate", "--people", "200", "--seed", "7", "--out", "org.plan.yaml");

        Assert.Contains(", 1 dependency cycle, ", run.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutOutWritesToStandardOutput()
    {
        var run = Cli.Run("generate", "--people", "20", "--seed", "1", "--as-of", "2027-03-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("# A synthetic organization: throughline generate --people 20 --seed 1 --as-of 2027-03-31", run.OutLines[0]);
        Assert.Equal("throughline: 1", run.OutLines[2]);
        Assert.Empty(PlanReader.Read(run.Out, "stdout.plan.yaml").Errors);
    }

    [Fact]
    public void RefusesToOverwriteWithoutForce()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("org.plan.yaml"), "keep me");

        var run = Cli.RunIn(temp.Path, Cli.Today, "generate", "--people", "20", "--seed", "1", "-o", "org.plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: 'org.plan.yaml' already exists; use --force to overwrite it, or --out to write another file."], run.ErrorLines);
        Assert.Equal("keep me", File.ReadAllText(temp.File("org.plan.yaml")));

        var forced = Cli.RunIn(temp.Path, Cli.Today, "generate", "--people", "20", "--seed", "1", "-o", "org.plan.yaml", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# A synthetic organization", File.ReadAllText(temp.File("org.plan.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFolderIsAFailure()
    {
        using var temp = new TempDirectory();

        var run = Cli.RunIn(temp.Path, Cli.Today, "generate", "--people", "20", "--seed", "1", "--out", "no/such/org.plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: cannot write 'no/such/org.plan.yaml': its folder does not exist"], run.ErrorLines);
    }

    [Theory]
    [InlineData("error: Option '--people' is required.", "--seed", "1")]
    [InlineData("error: Option '--seed' is required.", "--people", "100")]
    [InlineData("error: --people: 19 is out of range; give a number from 20 to 1,000,000.", "--people", "19", "--seed", "1")]
    [InlineData("error: --people: 1000001 is out of range; give a number from 20 to 1,000,000.", "--people", "1000001", "--seed", "1")]
    [InlineData("error: --people: 'many' is not a whole number; give one from 20 to 1,000,000.", "--people", "many", "--seed", "1")]
    [InlineData("error: --seed: '1.5' is not a whole number; give any whole number, for example 42.", "--people", "20", "--seed", "1.5")]
    [InlineData("error: --as-of: 'soon' is not a date; write it as YYYY-MM-DD, for example 2026-03-31.", "--people", "20", "--seed", "1", "--as-of", "soon")]
    public void UsageErrorsExitWithTwo(string message, params string[] args)
    {
        var run = Cli.Run(["generate", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.ErrorLines[0]);
        Assert.Contains("Usage: throughline generate [options]", run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void TheDocumentedRunPrintsWhatTheDocsShow()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "generate.md")).ReplaceLineEndings("\n").Split('\n');
        var command = Array.IndexOf(page, "$ throughline generate --people 1000 --seed 42 --out org.plan.yaml");
        using var temp = new TempDirectory();

        var run = Cli.RunIn(temp.Path, Cli.Today, "generate", "--people", "1000", "--seed", "42", "--out", "org.plan.yaml");

        Assert.True(command >= 0, "docs/generate.md should show the run");
        Assert.Equal(page[(command + 1)..(command + 4)], run.OutLines);
    }

    [Fact]
    public void HelpDescribesTheOptions()
    {
        var run = Cli.Run("generate", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(["--people", "--seed", "--out", "--as-of", "--force", "2026-11-15"], text => Assert.Contains(text, run.Out, StringComparison.Ordinal));
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
