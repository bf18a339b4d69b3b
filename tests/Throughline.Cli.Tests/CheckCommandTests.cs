namespace Throughline.Cli.Tests;

/// <summary>
/// <c>throughline check</c> over the fixtures, as of <see cref="Cli.Today"/> (2026-03-15).
/// clean.plan.yaml, by hand:
/// - VS1 (vision, quarterly): check-ins 1400 on 2025-12-15 and 1800 on 2026-03-15, 90 days apart, so
///   4.44/day; projected to the horizon 2030-12-31 (1842 days after the first) 1400 + 4.44 × 1842 ≈ 9587,
///   past the target 5000: on track. Last check-in 0 days ago, under 91 × 1.5: not stale.
/// - KR1 (decrease 1500 → 1200, 2026-01-01 to 06-30, monthly): 1440 on 02-01, 1380 on 03-01, so −60/28 =
///   −2.14/day; projected to 06-30 (149 days after 02-01) 1440 − 2.14 × 149 ≈ 1121, past 1200: on track.
///   Last check-in 14 days ago, under 30 × 1.5 = 45: not stale. Needed pace 180 / 107 days = 1.68/day,
///   under 2 × 2.14: achievable.
/// - G1, O1 and I1 are owned and linked, O1 has a key result and work: no gap, SMART or ownership finding.
/// </summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void CleanPlanExitsZeroAndPrintsOnlyTheSummary()
    {
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["0 errors, 0 warnings, 0 infos in 1 plan"], run.OutLines);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void WarningPrintsCompilerStyleLineWithSuggestion()
    {
        var run = Cli.Run("check", "Fixtures/warning.plan.yaml");

        // I1 is the flow mapping on line 40 of warning.plan.yaml; "{ id" puts it at column 5.
        Assert.Equal(
            [
                "Fixtures/warning.plan.yaml:40:5: warning ownership/missing-owner: Initiative I1 has no owner.",
                "  suggestion: Name one person as `owner:`: shared ownership is no ownership.",
                "0 errors, 1 warning, 0 infos in 1 plan",
            ],
            run.OutLines);
    }

    [Fact]
    public void WarningDoesNotFailByDefault() => Assert.Equal(0, Cli.Run("check", "Fixtures/warning.plan.yaml").ExitCode);

    [Fact]
    public void WarningFailsWhenFailOnIsWarning() =>
        Assert.Equal(1, Cli.Run("check", "Fixtures/warning.plan.yaml", "--fail-on", "warning").ExitCode);

    [Fact]
    public void InfoDoesNotFailAtFailOnWarningButDoesAtFailOnInfo()
    {
        // mixed.plan.yaml's info (gap/orphan-action) sits next to a warning and an error; with --fail-on
        // none nothing fails, which shows the threshold, not the findings, decides.
        Assert.Equal(1, Cli.Run("check", "Fixtures/mixed.plan.yaml", "--fail-on", "info").ExitCode);
        Assert.Equal(0, Cli.Run("check", "Fixtures/mixed.plan.yaml", "--fail-on", "none").ExitCode);
    }

    [Fact]
    public void ErrorFindingExitsOne()
    {
        var run = Cli.Run("check", "Fixtures/mixed.plan.yaml");

        // KR2 (0 → 100 kits by 06-30): 5 on 02-01 and 10 on 03-01, 5/28 = 0.179/day; projected to 06-30,
        // 149 days after 02-01: 5 + 0.179 × 149 = 31.61, 32% of the way: below 0.7, off track (an error).
        // It needs 90 kits in 107 days, 0.841/day = 5.89 a week, 4.71× the 1.25 a week it shows (over 2×).
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "Fixtures/mixed.plan.yaml:40:9: warning smart/not-achievable: Key result KR2 needs 5.89 kits a week to reach 100 by 2026-06-30, 4.71× the 1.25 kits a week its check-ins show.",
                "  suggestion: Either change how the work is done (more capacity, another approach) or reset the target to one the team can reach.",
                "Fixtures/mixed.plan.yaml:40:9: error tracking/off-track: Key result KR2 is off track: at the pace of its check-ins it reaches 31.61 kits by 2026-06-30, 32% of the way to 100.",
                "  suggestion: Decide now: change the approach, add capacity, or reset the target and say why.",
                "Fixtures/mixed.plan.yaml:52:5: info gap/orphan-action: Action A1 \"Repaint the office\" belongs to no initiative and serves no objective on a path to a goal.",
                "  suggestion: Attach it to an initiative (`initiative:`) or the objective it serves (`supports:`), or question why it is done.",
                "1 error, 1 warning, 1 info in 1 plan",
            ],
            run.OutLines);
    }

    [Fact]
    public void AsOfDecidesWhatIsStale()
    {
        // On 2026-04-20 KR1's last check-in (03-01) is 50 days old, over 45; VS1's (03-15) is 36, under 136.5.
        // KR1 still needs 180 in 71 days, 2.54/day, under 2 × 2.14: only staleness is found.
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml", "--as-of", "2026-04-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "Fixtures/clean.plan.yaml:30:9: warning tracking/stale: Key result KR1 was last checked in on 2026-03-01, 50 days ago; its cadence is monthly.",
                "  suggestion: Check in the current value (even if unchanged), or set a cadence the team can keep.",
                "0 errors, 1 warning, 0 infos in 1 plan",
            ],
            run.OutLines);
    }

    [Fact]
    public void SeveralPlansAreSummedInOneSummary()
    {
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml", "Fixtures/warning.plan.yaml", "Fixtures/mixed.plan.yaml");

        // 0 + 1 warning + (1 error, 1 warning, 1 info).
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("1 error, 2 warnings, 1 info in 3 plans", run.OutLines[^1]);
    }

    [Fact]
    public void UnreadablePlanPrintsEveryErrorWithItsLocationAndExitsTwo()
    {
        var run = Cli.Run("check", "Fixtures/broken.plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        var errors = run.ErrorLines.Where(line => line.Contains(": error: ", StringComparison.Ordinal)).ToList();

        // Goal G1 starts at 7:5 and misspells title at 8:5; 'anna' starts at 9:12; 'G2' at 13:22 inside "[G2]".
        Assert.Equal(
            [
                "Fixtures/broken.plan.yaml:7:5: error: ",
                "Fixtures/broken.plan.yaml:8:5: error: ",
                "Fixtures/broken.plan.yaml:9:12: error: ",
                "Fixtures/broken.plan.yaml:13:22: error: ",
            ],
            errors.Select(line => line[..(line.IndexOf(": error: ", StringComparison.Ordinal) + 9)]));
        Assert.Contains("  did you mean 'ana'?", run.ErrorLines);
        Assert.Contains("  did you mean 'G1'?", run.ErrorLines);
        Assert.Equal("4 errors in Fixtures/broken.plan.yaml", run.ErrorLines[^1]);
    }

    [Fact]
    public void UnreadablePlanAmongGoodOnesStopsTheWholeCheck()
    {
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml", "Fixtures/broken.plan.yaml", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("error: 1 of 2 plans could not be read; nothing was analysed", run.ErrorLines[^1]);
    }

    [Fact]
    public void MissingFileSaysFileNotFound()
    {
        var run = Cli.Run("check", "nowhere.plan.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: cannot read 'nowhere.plan.yaml': file not found"], run.ErrorLines);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("15/03/2026")]
    [InlineData("yesterday")]
    public void BadAsOfIsAUsageErrorNamingTheOption(string date)
    {
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml", "--as-of", date);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --as-of: '{date}' is not a date; write it as YYYY-MM-DD, for example 2026-03-31.", run.ErrorLines[0]);
        Assert.Contains("Usage: throughline check <PLAN>... [options]", run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Argument 'xml' not recognized.", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedOptionIsNotTakenForAFile()
    {
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml", "--formt", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Unknown option '--formt'.", run.ErrorLines[0]);
    }

    [Fact]
    public void OutputFileGetsTheFindingsAndTheConsoleTheSummary()
    {
        using var temp = new TempDirectory();
        var run = Cli.Run("check", "Fixtures/warning.plan.yaml", "--output", temp.File("findings.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["0 errors, 1 warning, 0 infos in 1 plan"], run.OutLines);
        Assert.Equal(
            "Fixtures/warning.plan.yaml:40:5: warning ownership/missing-owner: Initiative I1 has no owner.\n" +
            "  suggestion: Name one person as `owner:`: shared ownership is no ownership.\n" +
            "0 errors, 1 warning, 0 infos in 1 plan\n",
            File.ReadAllText(temp.File("findings.txt")).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void OutputIntoMissingFolderIsAnError()
    {
        using var temp = new TempDirectory();
        var run = Cli.Run("check", "Fixtures/clean.plan.yaml", "--output", temp.File("no/such/folder/out.json"), "-f", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("out.json': its folder does not exist", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
