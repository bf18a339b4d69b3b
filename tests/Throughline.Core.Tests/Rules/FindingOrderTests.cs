using Throughline.Core.Analysis;

namespace Throughline.Core.Tests.Rules;

public class FindingOrderTests
{
    [Fact]
    public void FindingsAreListedInFileOrderThenByRule()
    {
        // Rules run family by family (vision, gap, smart, tracking, ownership); the list follows the file instead.
        var result = new PlanBuilder()
            .Vision("Every household in our region buys clean power", configure: v => v.Location = PlanBuilder.Line(2))
            .SuccessMeasure("VS1", 40_000, 400_000)
            .Goal("G2", g =>
            {
                g.Owner = null;
                g.Location = PlanBuilder.Line(12, 5);
            })
            .Objective("O1", [], o =>
            {
                o.Title = "Growth";
                o.Location = PlanBuilder.Line(30, 5);
                o.FieldLocations = new() { ["title"] = PlanBuilder.Line(31, 12) };
            })
            .Initiative("I1", [], i => i.Location = PlanBuilder.Line(40, 5))
            .Analyze("2026-03-06");

        Assert.Equal(
            [
                (12, "gap/goal-without-objectives", "G2"),
                (12, "ownership/missing-owner", "G2"),
                (30, "gap/objective-without-key-results", "O1"),
                (30, "gap/objective-without-work", "O1"),
                (30, "smart/not-relevant", "O1"),
                (31, "smart/not-specific", "O1"),
                (40, "gap/orphan-initiative", "I1"),
            ],
            result.Findings.Select(f => (f.Location?.Line ?? 0, f.RuleId, f.SubjectId)));
    }

    [Fact]
    public void FindingsOnOneLineAreOrderedByColumn()
    {
        // A flow-style list puts two actions on one line: `- [{ id: A1, … }, { id: A2, … }]`.
        var result = new PlanBuilder()
            .Action("A2", initiative: null, a => a.Location = PlanBuilder.Line(50, 30))
            .Action("A1", initiative: null, a => a.Location = PlanBuilder.Line(50, 7))
            .Analyze("2026-03-06");

        Assert.Equal(["A1", "A2"], result.By("gap/orphan-action").Select(f => f.SubjectId));
        Assert.Equal([7, 30], result.By("gap/orphan-action").Select(f => f.Location!.Value.Column));
    }
}
