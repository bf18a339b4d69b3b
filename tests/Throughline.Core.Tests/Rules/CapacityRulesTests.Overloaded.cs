using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public partial class CapacityRulesTests
{
    private const string Overloaded = "ownership/overloaded";

    /// <summary>Ana owns the given numbers of open objectives, key results (of one objective of someone else's) and initiatives.</summary>
    private static PlanBuilder Owning(int objectives, int keyResults, int initiatives)
    {
        var builder = new PlanBuilder().Person("ana").Goal("G1").Objective("Theirs", ["G1"]);
        for (var n = 1; n <= objectives; n++)
        {
            builder.Objective($"O{n}", ["G1"], o => o.Owner = "ana");
        }

        for (var n = 1; n <= keyResults; n++)
        {
            builder.KeyResult("Theirs", $"KR{n}", 0, 100, configure: kr => kr.Owner = "ana");
        }

        for (var n = 1; n <= initiatives; n++)
        {
            builder.Initiative($"I{n}", ["Theirs"], i => i.Owner = "ana");
        }

        return builder;
    }

    [Fact]
    public void APersonOwningMoreOpenItemsThanTheLimitIsReported()
    {
        // 4 + 4 + 3 = 11 > 10.
        var finding = Owning(4, 4, 3).Analyze("2026-03-06").SingleBy(Overloaded);

        Assert.Equal("Person ana owns 11 open items: 4 objectives, 4 key results, 3 initiatives; the limit is 10.", finding.Message);
        Assert.Equal((ElementKind.Person, "ana", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
    }

    [Fact]
    public void OwningAsManyAsTheLimitIsFine() => Owning(4, 3, 3).Analyze("2026-03-06").NoneBy(Overloaded); // 10

    [Fact]
    public void TheLimitIsAParameterAndSingleItemsReadAsSuch()
    {
        var limit = new Dictionary<string, double> { ["limit"] = 2 };

        var finding = Owning(1, 1, 1).Rule(Overloaded, parameters: limit).Analyze("2026-03-06").SingleBy(Overloaded);

        Assert.Equal("Person ana owns 3 open items: 1 objective, 1 key result, 1 initiative; the limit is 2.", finding.Message);
    }

    [Fact]
    public void FinishedItemsDoNotCountButProposalsDo()
    {
        // Open: objective Open, key result KR-Open, initiatives Active, Idea and NoStatus = 5. Finished is done (its
        // one key result reached its target), KR-Reached reached its target, Done and Cancelled are closed.
        static Action<Initiative> Ana(InitiativeStatus? status) => i =>
        {
            i.Owner = "ana";
            i.Status = status;
        };

        var finding = new PlanBuilder()
            .Person("ana")
            .Goal("G1")
            .Objective("Theirs", ["G1"])
            .Objective("Open", ["G1"], o => o.Owner = "ana")
            .Objective("Finished", ["G1"], o => o.Owner = "ana")
            .KeyResult("Finished", "KR-F", 0, 10, [("2026-03-01", 10)])
            .KeyResult("Theirs", "KR-Open", 0, 100, configure: kr => kr.Owner = "ana")
            .KeyResult("Theirs", "KR-Reached", 0, 100, [("2026-03-01", 100)], kr => kr.Owner = "ana")
            .Initiative("Active", ["Theirs"], Ana(InitiativeStatus.Active))
            .Initiative("Idea", ["Theirs"], Ana(InitiativeStatus.Proposed))
            .Initiative("NoStatus", ["Theirs"], Ana(null))
            .Initiative("Done", ["Theirs"], Ana(InitiativeStatus.Done))
            .Initiative("Cancelled", ["Theirs"], Ana(InitiativeStatus.Cancelled))
            .Rule(Overloaded, parameters: new Dictionary<string, double> { ["limit"] = 4 })
            .Analyze("2026-03-06")
            .SingleBy(Overloaded);

        Assert.Equal("Person ana owns 5 open items: 1 objective, 1 key result, 3 initiatives; the limit is 4.", finding.Message);
    }
}
