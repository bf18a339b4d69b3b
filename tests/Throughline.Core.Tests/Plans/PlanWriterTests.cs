using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class PlanWriterTests
{
    private static Plan RoundTrip(Plan plan)
    {
        var text = PlanWriter.Write(plan);
        var result = PlanReader.Read(text, "written.plan.yaml");
        Assert.True(result.Succeeded, $"Errors were:\n{string.Join("\n", result.Errors)}\nin:\n{text}");
        return result.Plan!;
    }

    [Fact]
    public void ContractExampleSurvivesARoundTrip()
    {
        var plan = ReadAssert.Valid(PlanFixtures.FullPlan);

        PlanComparison.AssertEquivalent(plan, RoundTrip(plan));
    }

    [Fact]
    public void WrittenPlanIsStableAcrossRoundTrips()
    {
        var once = PlanWriter.Write(ReadAssert.Valid(PlanFixtures.FullPlan));

        Assert.Equal(once, PlanWriter.Write(RoundTrip(ReadAssert.Valid(once))));
    }

    [Fact]
    public void WriterUsesContractOrderFlowStyleAndPlainNumbers()
    {
        var text = PlanWriter.Write(ReadAssert.Valid(PlanFixtures.FullPlan));

        Assert.StartsWith("throughline: 1\n\norganization:\n  name: Acme Energy\n  units:\n    - id: acme\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  - {id: S1, kind: strength, text: Lowest installation cost in the region}\n", text, StringComparison.Ordinal);
        Assert.Contains("\n          - {date: 2026-02-01, value: 1480, confidence: 0.7, by: ana, note: New racking supplier}\n", text, StringComparison.Ordinal);
        Assert.Contains("\n        baseline: 1500\n        target: 1200\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    swot: [S1, T1]\n", text, StringComparison.Ordinal);
        Assert.Contains("\nrules:\n  smart/not-achievable: off\n  tracking/stale: error\n", text, StringComparison.Ordinal);
        Assert.EndsWith("error\n", text, StringComparison.Ordinal);
        var sections = text.Split('\n').Where(line => line.Length > 0 && line[0] != ' ').Select(line => line.Split(':')[0]);
        Assert.Equal(["throughline", "organization", "vision", "values", "swot", "goals", "objectives", "initiatives", "actions", "rules"], sections);
    }

    [Fact]
    public void WriterLeavesOutEmptyAndDefaultFields()
    {
        var plan = new Plan
        {
            Organization = new Organization { Name = "Acme" },
            Objectives =
            [
                new Objective
                {
                    Id = "O1",
                    Title = "Sell more",
                    KeyResults = [new KeyResult { Id = "KR1", Title = "Deals" }],
                },
            ],
            Actions = [new PlanAction { Id = "A1", Title = "Call", Done = false }],
        };

        Assert.Equal("""
            throughline: 1

            organization:
              name: Acme

            objectives:
              - id: O1
                title: Sell more
                key_results:
                  - id: KR1
                    title: Deals

            actions:
              - id: A1
                title: Call

            """, PlanWriter.Write(plan));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("123")]
    [InlineData("-1.5e3")]
    [InlineData("2026-01-01")]
    [InlineData("- starts like a list")]
    [InlineData("key: value # not a comment")]
    [InlineData("{braces}, [brackets] and, commas")]
    [InlineData("'single' and \"double\" quotes")]
    [InlineData("first line\nsecond line\n")]
    [InlineData("no final newline\n  indented")]
    [InlineData(" leading and trailing spaces ")]
    [InlineData("tab\there, unicode é ✓ 🚀")]
    [InlineData("*star &amp !bang %percent @at `tick |pipe >gt ?q")]
    public void AnyTextReadsBackUnchanged(string text)
    {
        var plan = new Plan
        {
            Organization = new Organization { Name = text },
            Swot = [new SwotItem { Id = "S1", Kind = SwotKind.Threat, Text = text }],
            Goals = [new Goal { Id = "G1", Title = text, Description = text, Extensions = new() { ["x-note"] = text } }],
            Objectives =
            [
                new Objective
                {
                    Id = "O1",
                    Title = "Sell",
                    KeyResults =
                    [
                        new KeyResult
                        {
                            Id = "KR1",
                            Title = "Deals",
                            Unit = text,
                            CheckIns = [new CheckIn { Date = new DateOnly(2026, 1, 5), Value = 2, Note = text, Extensions = new() { ["x-n"] = text } }],
                        },
                    ],
                },
            ],
        };

        PlanComparison.AssertEquivalent(plan, RoundTrip(plan));
    }

    [Fact]
    public void NumbersAreWrittenInInvariantShortestForm()
    {
        var plan = new Plan
        {
            Organization = new Organization { Name = "Acme", Units = [new Unit { Id = "u", Name = "U", Capacity = 2.50 }] },
            Vision = new Vision
            {
                Success =
                [
                    new KeyResult { Id = "VS1", Title = "a", Baseline = -5, Target = 0.1 + 0.2 },
                    new KeyResult { Id = "VS2", Title = "b", Baseline = 1e-7, Target = 12345678901234567890d },
                ],
            },
        };

        var text = PlanWriter.Write(plan);

        Assert.Contains("capacity: 2.5\n", text, StringComparison.Ordinal);
        Assert.Contains("baseline: -5\n", text, StringComparison.Ordinal);
        Assert.Contains("target: 0.30000000000000004\n", text, StringComparison.Ordinal);
        PlanComparison.AssertEquivalent(plan, RoundTrip(plan));
    }

    [Fact]
    public void EverythingTheModelHoldsSurvivesARoundTrip()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            x-top: { a: [1, 2.5, two, null, false] }
            organization:
              name: Acme
              max_initiatives: 4
              units:
                - { id: acme, name: Acme, capacity: 0, max_initiatives: 0, x-code: 7 }
                - { id: ops, name: Ops, parent: acme, members: [ana, bo] }
                - { id: impact, name: Impact team, parent: acme, members: bo }
              people:
                - { id: ana, name: Ana, unit: ops, level: manager, email: ana@example.com }
                - { id: bo, manager: ana, level: frontline }
            vision:
              statement: Clean power
              x-draft: true
              success:
                - { id: VS1, title: Homes, direction: increase, weight: 2, cadence: quarterly }
            values:
              - { name: Candour, x-rank: 1.0 }
            swot:
              - { id: W1, kind: weakness, text: Slow, x-source: survey }
              - { id: P1, kind: opportunity, text: Subsidies }
            criteria:
              - { id: impact, name: Customer impact, weight: 3 }
              - { id: effort, weight: 0.5, better: lower, x-unit: person-weeks }
              - { id: alignment, weight: 2, better: higher }
              - { id: risk, better: lower }
            goals:
              - { id: G1, title: Grow, description: More, area: sales, owner: ana, horizon: 2030-01-01, priority: 2, weight: 1.5, swot: [W1, P1], urgent: true, cross_cutting: false }
              - { id: G2, title: Keep, urgent: false, cross_cutting: true }
            objectives:
              - id: O1
                title: Sell
                contributes_to: [{ id: G1, weight: 2, x-why: main }, O2]
                owner: ana
                unit: ops
                start: 2026-01-01
                due: 2026-06-30
                priority: 1
                urgent: true
                key_results:
                  - id: KR1
                    title: Uptime
                    baseline: 97
                    target: 99
                    unit: '%'
                    direction: maintain
                    range: [98.5, 100]
                    weight: 0.5
                    cadence: biweekly
                    owner: bo
                    metric: ' uptime '
                    checkins:
                      - { date: 2026-01-15, value: 98.7, confidence: 1, by: bo, note: 'ok: fine', x-source: { tool: grafana } }
                      - { date: 2026-01-01, value: 0 }
              - { id: O2, title: Other, contributes_to: G1 }
            initiatives:
              - { id: I1, title: Kit, description: Std, supports: [O1, KR1], unit: ops, owner: ana, start: 2026-01-01, end: 2026-01-01, effort: 0, depends_on: [I2], status: proposed, stage: believe, priority: 3, urgent: true, scores: { risk: 1, impact: 4.5, effort: 5 } }
              - { id: I2, title: Other, status: cancelled, stage: transform, depends_on: I1, urgent: false, scores: { impact: 1 } }
            actions:
              - { id: A1, title: Call, initiative: I1, supports: O2, owner: bo, due: 2026-02-01, done: false, effort: 1.5, x-url: 'https://example.com/a?b=c#d' }
            rules:
              smart/not-achievable: { severity: info, factor: 3, x-reason: seasonal }
              tracking/stale: { grace: 0.25 }
              tracking/low-confidence: { severity: off, threshold: 0.4 }
              gap/orphan-action: on
              vision/vague: warning
            """);

        var again = RoundTrip(plan);

        PlanComparison.AssertEquivalent(plan, again);
        Assert.IsType<double>(again.Values.Single().Extensions!["x-rank"]);

        // The new planning fields are not merely dropped on both sides of the trip.
        Assert.Equal(4, again.Organization.MaxInitiatives);
        Assert.Equal(["ana", "bo"], again.Organization.Units[1].Members);
        Assert.Equal([(true, (bool?)false), (false, true)], again.Goals.Select(goal => (goal.Urgent, goal.CrossCutting)));
        Assert.Equal("uptime", again.Objectives[0].KeyResults.Single().Metric);
        Assert.Equal([("risk", 1d), ("impact", 4.5), ("effort", 5d)], again.Initiatives[0].Scores.Select(score => (score.Key, score.Value)));
        Assert.Equal([3, 0.5, 2, 1], again.Criteria.Select(criterion => criterion.Weight));
    }

    [Fact]
    public void WriteFileAndReadFileRoundTrip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"throughline-{Guid.NewGuid():N}.plan.yaml");
        try
        {
            var plan = ReadAssert.Valid(PlanFixtures.FullPlan);
            PlanWriter.WriteFile(plan, path);

            var result = PlanReader.ReadFile(path);

            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            Assert.Equal(path, result.Plan!.SourcePath);
            PlanComparison.AssertEquivalent(plan, result.Plan);
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
