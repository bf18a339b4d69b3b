using System.Text.Json;

namespace Throughline.Cli.Tests;

/// <summary>
/// <c>throughline heart</c> on a small plan: ops (Cy, a manager) owns O1 and I1; O1's weekly key result was checked
/// in at 50 on 2026-07-01, half-way through its year. Acme, above ops, has nothing of its own.
/// </summary>
public sealed class HeartCommandTests : IDisposable
{
    private const string Plan = """
        throughline: 1
        organization:
          name: Acme Energy
          units:
            - { id: acme, name: Acme Energy }
            - { id: ops, name: Operations, parent: acme }
          people:
            - { id: maria, name: Maria Chen, unit: acme, level: executive }
            - { id: cy, name: Cy Okafor, unit: ops, level: manager }
        goals:
          - { id: G1, title: Become the cheapest clean-power supplier in the region, owner: maria }
        objectives:
          - id: O1
            title: Cut installation cost per kW by 20% in 2026
            contributes_to: [G1]
            owner: cy
            unit: ops
            start: 2026-01-01
            due: 2026-12-31
            key_results:
              - id: KR1
                title: Kits installed
                baseline: 0
                target: 100
                unit: kits
                cadence: weekly
                checkins:
                  - { date: 2026-07-01, value: 50 }
        initiatives:
          - { id: I1, title: Standardize the kit, supports: [O1], unit: ops, owner: cy }
        """;

    private readonly TempDirectory folder = new();

    public HeartCommandTests() => File.WriteAllText(folder.File("acme.plan.yaml"), Plan);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TextShowsEachUnitUnderItsParentWithShadedValuesAndALegend()
    {
        var run = Cli.RunIn(folder.Path, Cli.Today, "heart", "acme.plan.yaml", "--as-of", "2026-07-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("HEART index of Acme Energy as of 2026-07-02", run.OutLines[0]);
        var ops = Assert.Single(run.OutLines, line => line.StartsWith("  Operations", StringComparison.Ordinal));
        Assert.Equal(["█ 100", "··", "█ 100", "█ 100", "█ 100", "··"], Cells(ops));
        Assert.Contains(run.OutLines, line => line.Contains("░ 0-39 poor", StringComparison.Ordinal));
    }

    [Fact]
    public void SinceAddsEachUnitsIndexChangeInPoints()
    {
        var run = Cli.RunIn(folder.Path, Cli.Today, "heart", "acme.plan.yaml", "--as-of", "2026-07-16", "--since", "2026-07-02");

        // Index 1 on 2026-07-02; on 2026-07-16 (0.5 + 0.5 / (196 / 364) + 1) / 3 = 0.810: 19 points down.
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("  change", run.OutLines[2], StringComparison.Ordinal);
        Assert.EndsWith("     -19", Assert.Single(run.OutLines, line => line.StartsWith("  Operations", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("change: index points since 2026-07-02", run.OutLines[^1]);
    }

    [Fact]
    public void JsonGivesOwnAndRolledUpValuesWithTheirParts()
    {
        var run = Cli.RunIn(folder.Path, Cli.Today, "heart", "acme.plan.yaml", "--as-of", "2026-07-16", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var units = json.RootElement.GetProperty("units");
        var acme = units[0].GetProperty("dimensions");
        var ops = units[1].GetProperty("dimensions");

        // 15 days after the weekly check-in: on time 0 of 1, owners 2 of 2.
        Assert.Equal(0.5, ops.GetProperty("accountability").GetProperty("own").GetDouble());
        Assert.Equal("0 of 1 running key results checked in within their cadence",
            ops.GetProperty("accountability").GetProperty("parts")[0].GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, acme.GetProperty("accountability").GetProperty("own").ValueKind);
        Assert.Equal(0.5, acme.GetProperty("accountability").GetProperty("rolled").GetDouble());
        Assert.Equal(JsonValueKind.Null, ops.GetProperty("hope").GetProperty("rolled").ValueKind);
    }

    // The row's cells after the name and the people count: "█ 100" or "··".
    private static string[] Cells(string row) =>
        [.. System.Text.RegularExpressions.Regex.Matches(row, @"[█▓▒░] +\d+|··").Select(m => System.Text.RegularExpressions.Regex.Replace(m.Value, " +", " "))];
}
