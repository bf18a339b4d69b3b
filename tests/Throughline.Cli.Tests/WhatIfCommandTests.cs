using System.Text.Json;

namespace Throughline.Cli.Tests;

/// <summary>
/// <c>throughline what-if</c> on a small plan. I1 runs 2026-01-05 → 01-30; I2 (53 days) waits for I1 and can start
/// 01-31, finishing 03-25; I3 (106 days) waits for I2 and can start 03-26, finishing 07-10. O1 (due 07-15) has
/// I3 last among its work: 5 days of slack; O2 (due 08-31), supported by I3 too: 52 days.
/// </summary>
public sealed class WhatIfCommandTests : IDisposable
{
    private const string Plan = """
        throughline: 1
        organization:
          name: Acme Energy
          people:
            - { id: ana, name: Ana Ruiz }
        goals:
          - { id: G1, title: Become the cheapest clean-power supplier in the region, owner: ana }
          - { id: G2, title: Be the installer customers recommend, owner: ana }
        objectives:
          - id: O1
            title: Cut installation cost per kW by 20% in 2026
            contributes_to: [G1]
            owner: ana
            start: 2026-01-01
            due: 2026-07-15
          - id: O2
            title: Certify 40 installers on the new kit by August
            contributes_to: [O1, G2]
            owner: ana
            start: 2026-01-01
            due: 2026-08-31
        initiatives:
          - { id: I1, title: Pick two kit suppliers, supports: [O1], owner: ana, start: 2026-01-05, end: 2026-01-30 }
          - { id: I2, title: Standardize the kit, supports: [O1], owner: ana, start: 2026-01-26, end: 2026-03-20, depends_on: [I1] }
          - { id: I3, title: Certify installers, supports: [O1, O2], owner: ana, start: 2026-03-01, end: 2026-06-15, depends_on: [I2] }
          - { id: I4, title: Refresh the brochure, supports: [], owner: ana, start: 2026-02-01, end: 2026-02-28 }
          - { id: I5, title: Open a second depot, supports: [O1], owner: ana }
        """;

    private readonly TempDirectory temp = new();

    public WhatIfCommandTests() => File.WriteAllText(temp.File("kit.plan.yaml"), Plan);

    public void Dispose() => temp.Dispose();

    private CliResult WhatIf(params string[] args) =>
        Cli.RunIn(temp.Path, Cli.Today, ["what-if", "kit.plan.yaml", "--as-of", "2026-03-01", .. args]);

    [Fact]
    public void SlipPrintsTheInitiativesObjectivesAndGoalsItMoves()
    {
        // I1 ends 10 days later: every finish of the chain moves 10 days; O1 goes from 5 days to spare to 5 days late,
        // O2 from 52 to 42. G1 is put at risk through O1 (O2 is still on time, so G2 is not).
        var run = WhatIf("--slip", "I1=+10d");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "What if, in kit.plan.yaml as of 2026-03-01:",
                "  I1 ends 10 days later: 2026-02-09 instead of 2026-01-30",
                "",
                "Initiatives that finish on another day:",
                "  INITIATIVE  FINISH BEFORE  FINISH AFTER  MOVED",
                "  I1          2026-01-30     2026-02-09    +10 days",
                "  I2          2026-03-25     2026-04-04    +10 days",
                "  I3          2026-07-10     2026-07-20    +10 days",
                "",
                "Objectives whose slack changes:",
                "  OBJECTIVE  DUE         FINISH BEFORE  FINISH AFTER  SLACK BEFORE  SLACK AFTER",
                "  O1         2026-07-15  2026-07-10     2026-07-20    5 days        -5 days      now late by 5 days",
                "  O2         2026-08-31  2026-07-10     2026-07-20    52 days       42 days      still on time",
                "  critical path of O1: I1 → I2 → I3",
                "",
                "Goals put at risk:",
                "  GOAL  STATUS NOW   THROUGH  TITLE",
                "  G1    not started  O1       Become the cheapest clean-power supplier in the region",
            ],
            run.OutLines);
    }

    [Fact]
    public void WeeksAndEarlierEndsAreAccepted()
    {
        // I2 ends 14 days later, finishing 03-25 + 14 = 04-08; I3, a day shorter (105 days), starts 04-09 and finishes
        // 07-23, 13 days later: O1 is 8 days late.
        var run = WhatIf("--slip", "I2=+2w", "--slip", "I3=-1d");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  I2 ends 14 days later: 2026-04-03 instead of 2026-03-20", run.OutLines);
        Assert.Contains("  I3 ends 1 day earlier: 2026-06-14 instead of 2026-06-15", run.OutLines);
        Assert.Contains("  I3          2026-07-10     2026-07-23    +13 days", run.OutLines);
        Assert.Contains(run.OutLines, line => line.EndsWith("-8 days      now late by 8 days", StringComparison.Ordinal));
    }

    [Fact]
    public void SlipThatMovesNoObjectiveSaysSo()
    {
        // I4 supports nothing and nothing waits for it; I5 has no dates.
        var run = WhatIf("--slip", "I4=+30d", "--slip", "I5=+3d");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "What if, in kit.plan.yaml as of 2026-03-01:",
                "  I4 ends 30 days later: 2026-03-30 instead of 2026-02-28",
                "  I5 lacks a start or an end date, so it has no schedule: its slip changes nothing",
                "",
                "Initiatives that finish on another day:",
                "  INITIATIVE  FINISH BEFORE  FINISH AFTER  MOVED",
                "  I4          2026-02-28     2026-03-30    +30 days",
                "",
                "No objective or goal is affected.",
            ],
            run.OutLines);
    }

    [Fact]
    public void JsonGivesTheSameReportForScripts()
    {
        var run = WhatIf("--slip", "I1=+10d", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2026-03-01", root.GetProperty("asOf").GetString());
        Assert.Equal(["I1", "I2", "I3"], root.GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var o1 = root.GetProperty("objectives")[0];
        Assert.Equal((5, -5, true), (o1.GetProperty("slackBefore").GetInt32(), o1.GetProperty("slackAfter").GetInt32(), o1.GetProperty("becomesLate").GetBoolean()));
        Assert.Equal(["I1", "I2", "I3"], o1.GetProperty("pathAfter").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("G1", Assert.Single(root.GetProperty("goals").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void UnknownInitiativeNamesTheClosestAndExitsTwo()
    {
        var run = WhatIf("--slip", "I22=+5d");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["error: unknown initiative 'I22' in --slip I22=+5d; did you mean 'I2'?"], run.ErrorLines);
    }

    [Fact]
    public void SlipEndingAnInitiativeBeforeItStartsExitsTwo()
    {
        // I1 starts 2026-01-05 and ends 01-30: 26 days earlier is 01-04.
        var run = WhatIf("--slip", "I1=-26d");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --slip I1=-26d would end I1 on 2026-01-04, before it starts on 2026-01-05"], run.ErrorLines);
    }

    [Theory]
    [InlineData("I1=10", "error: --slip: 'I1=10' is not a slip; write ID=+Nd, ID=+Nw or ID=-Nd, for example I7=+30d.")]
    [InlineData("I1=+1m", "error: --slip: 'I1=+1m' is not a slip; write ID=+Nd, ID=+Nw or ID=-Nd, for example I7=+30d.")]
    [InlineData("I1=+522w", "error: --slip: 'I1=+522w' moves the end by more than 3650 days.")]
    public void MalformedSlipIsAUsageError(string slip, string error)
    {
        var run = WhatIf("--slip", slip);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(error, run.ErrorLines[0]);
        Assert.Contains("Usage: throughline what-if <PLAN> [options]", run.ErrorLines);
    }

    [Fact]
    public void SlipIsRequired()
    {
        var run = WhatIf();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Option '--slip' is required.", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadablePlanExitsTwoWithItsErrors()
    {
        var run = Cli.Run("what-if", "Fixtures/broken.plan.yaml", "--slip", "I1=+1d");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("Fixtures/broken.plan.yaml:7:5: error: ", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
