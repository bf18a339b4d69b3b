using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class PlanWriterPlanningFieldTests
{
    [Fact]
    public void PlanningFieldsAreWrittenInPlaceWithDefaultsLeftOut()
    {
        var plan = new Plan
        {
            Organization = new Organization
            {
                Name = "Acme",
                MaxInitiatives = 2,
                Units = [new Unit { Id = "ops", Name = "Ops", Members = ["ana"] }],
                People = [new Person { Id = "ana", Name = "Ana" }],
            },
            Swot = [new SwotItem { Id = "S1", Kind = SwotKind.Strength, Text = "Cheap" }],
            Criteria =
            [
                new DecisionCriterion { Id = "impact", Name = "Impact", Weight = 3 },
                new DecisionCriterion { Id = "effort", Better = CriterionPreference.Lower },
                new DecisionCriterion { Id = "alignment", Weight = 1, Better = CriterionPreference.Higher },
            ],
            Goals =
            [
                new Goal { Id = "G1", Title = "Grow", Urgent = true, CrossCutting = false },
                new Goal { Id = "G2", Title = "Keep", Urgent = false, CrossCutting = null },
            ],
            Objectives =
            [
                new Objective
                {
                    Id = "O1",
                    Title = "Sell",
                    Urgent = true,
                    KeyResults =
                    [
                        new KeyResult { Id = "KR1", Title = "Stock", Metric = " inventory-days " },
                        new KeyResult { Id = "KR2", Title = "Deals", Metric = "  " },
                    ],
                },
            ],
            Initiatives =
            [
                new Initiative { Id = "I1", Title = "Kit", Priority = 1, Urgent = true, Scores = new() { ["impact"] = 4, ["effort"] = 2.5 } },
                new Initiative { Id = "I2", Title = "Kat", Urgent = false, Scores = [] },
            ],
        };

        // Metrics are written trimmed, and a blank one not at all, so that the file reads back without errors.
        Assert.Equal("""
            throughline: 1

            organization:
              name: Acme
              max_initiatives: 2
              units:
                - id: ops
                  name: Ops
                  members: [ana]
              people:
                - id: ana
                  name: Ana

            swot:
              - {id: S1, kind: strength, text: Cheap}

            criteria:
              - {id: impact, name: Impact, weight: 3}
              - {id: effort, better: lower}
              - {id: alignment}

            goals:
              - id: G1
                title: Grow
                urgent: true
                cross_cutting: false
              - id: G2
                title: Keep

            objectives:
              - id: O1
                title: Sell
                urgent: true
                key_results:
                  - id: KR1
                    title: Stock
                    metric: inventory-days
                  - id: KR2
                    title: Deals

            initiatives:
              - id: I1
                title: Kit
                priority: 1
                urgent: true
                scores: {impact: 4, effort: 2.5}
              - id: I2
                title: Kat

            """, PlanWriter.Write(plan));
    }

    [Fact]
    public void ScoreKeysThatLookLikeOtherValuesAreQuoted()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            criteria: [{ id: 'yes' }, { id: '2026' }]
            initiatives:
              - { id: I1, title: Kit, scores: { 'yes': 2, '2026': 3 } }
            """);

        var text = PlanWriter.Write(plan);

        Assert.Contains("\n  - {id: \"yes\"}\n  - {id: \"2026\"}\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    scores: {\"yes\": 2, \"2026\": 3}\n", text, StringComparison.Ordinal);
        PlanComparison.AssertEquivalent(plan, ReadAssert.Valid(text));
    }
}
