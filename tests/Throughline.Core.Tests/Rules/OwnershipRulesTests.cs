using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public class OwnershipRulesTests
{
    private const string MissingOwner = "ownership/missing-owner";

    private static PlanBuilder Owned() => new PlanBuilder()
        .Goal("G1")
        .Objective("O1", ["G1"])
        .KeyResult("O1", "KR1", 0, 100)
        .Initiative("I1", ["O1"])
        .Action("A1", "I1");

    [Fact]
    public void FullyOwnedPlanHasNoOwnershipFindings() =>
        Owned().Analyze("2026-03-01").NoneBy(MissingOwner);

    [Fact]
    public void EveryKindOfElementWithoutOwnerIsReported()
    {
        var result = Owned()
            .Goal("G2", g => g.Owner = null)
            .Objective("O2", ["G2"], o => o.Owner = null)
            .Initiative("I2", ["O2"], i => i.Owner = null)
            .Action("A2", "I2", a => a.Owner = null)
            .Analyze("2026-03-01");

        var findings = result.By(MissingOwner);
        Assert.Equal(
            [(ElementKind.Action, "A2"), (ElementKind.Goal, "G2"), (ElementKind.Initiative, "I2"), (ElementKind.Objective, "O2")],
            findings.Select(f => (f.SubjectKind, f.SubjectId)));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(
            ["Action A2 has no owner.", "Goal G2 has no owner.", "Initiative I2 has no owner.", "Objective O2 has no owner."],
            findings.Select(f => f.Message));
    }

    [Fact]
    public void FinishedWorkNeedsNoOwner()
    {
        var result = Owned()
            .Initiative("I2", ["O1"], i =>
            {
                i.Owner = null;
                i.Status = InitiativeStatus.Done;
            })
            .Initiative("I3", ["O1"], i =>
            {
                i.Owner = null;
                i.Status = InitiativeStatus.Cancelled;
            })
            .Action("A2", "I1", a =>
            {
                a.Owner = null;
                a.Done = true;
            })
            .Analyze("2026-03-01");

        result.NoneBy(MissingOwner);
    }

    [Fact]
    public void InitiativeWithoutStatusCountsAsOpen()
    {
        var result = Owned()
            .Initiative("I2", ["O1"], i =>
            {
                i.Owner = null;
                i.Status = null;
            })
            .Analyze("2026-03-01");

        Assert.Equal("I2", result.SingleBy(MissingOwner).SubjectId);
    }
}
