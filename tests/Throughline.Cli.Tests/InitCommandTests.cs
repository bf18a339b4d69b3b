namespace Throughline.Cli.Tests;

public sealed class InitCommandTests
{
    [Fact]
    public void WritesTheStarterNamedAfterTheOrganization()
    {
        using var temp = new TempDirectory();

        var run = Cli.RunIn(temp.Path, Cli.Today, "init", "--name", "Acme Energy, Inc.");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Wrote acme-energy-inc.plan.yaml (a starter plan for Acme Energy, Inc.)", run.OutLines[0]);
        var text = File.ReadAllText(temp.File("acme-energy-inc.plan.yaml"));
        Assert.Contains("  name: \"Acme Energy, Inc.\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutNameWritesMyOrganization()
    {
        using var temp = new TempDirectory();

        Assert.Equal(0, Cli.RunIn(temp.Path, Cli.Today, "init").ExitCode);
        Assert.True(File.Exists(temp.File("my-organization.plan.yaml")));
    }

    [Fact]
    public void RefusesToOverwriteWithoutForce()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("mine.plan.yaml"), "keep me");

        var run = Cli.RunIn(temp.Path, Cli.Today, "init", "--out", "mine.plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ["error: 'mine.plan.yaml' already exists; use --force to overwrite it, or --out to write another file."],
            run.ErrorLines);
        Assert.Equal("keep me", File.ReadAllText(temp.File("mine.plan.yaml")));
    }

    [Fact]
    public void ForceOverwrites()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("mine.plan.yaml"), "keep me");

        var run = Cli.RunIn(temp.Path, Cli.Today, "init", "--out", "mine.plan.yaml", "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# A Throughline plan", File.ReadAllText(temp.File("mine.plan.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void BlankNameIsAUsageError()
    {
        using var temp = new TempDirectory();

        var run = Cli.RunIn(temp.Path, Cli.Today, "init", "--name", " ");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --name: the organization needs a name.", run.ErrorLines[0]);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Theory]
    [InlineData("2026-03-15")]
    [InlineData("2027-01-01")]
    [InlineData("2028-02-29")]
    [InlineData("2029-12-31")]
    public void StarterPassesCheckWithNoFindingsOnTheDayItIsWritten(string day)
    {
        using var temp = new TempDirectory();
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(0, Cli.RunIn(temp.Path, today, "init", "--name", "Starter Test").ExitCode);
        var check = Cli.RunIn(temp.Path, today, "check", "starter-test.plan.yaml", "--fail-on", "info");

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(["0 errors, 0 warnings, 0 infos in 1 plan"], check.OutLines);
    }

    [Fact]
    public void StarterPassesCheckToday()
    {
        using var temp = new TempDirectory();
        var today = DateOnly.FromDateTime(DateTime.Now);

        Assert.Equal(0, Cli.RunIn(temp.Path, today, "init").ExitCode);
        var check = Cli.RunIn(temp.Path, today, "check", "my-organization.plan.yaml", "--fail-on", "info");

        Assert.Equal(["0 errors, 0 warnings, 0 infos in 1 plan"], check.OutLines);
        Assert.Equal(0, check.ExitCode);
    }
}
