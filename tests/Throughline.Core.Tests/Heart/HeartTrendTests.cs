using Throughline.Core.Heart;
using Throughline.Core.Model;
using static Throughline.Core.Heart.HeartDimension;
using static Throughline.Core.Tests.Heart.HeartIndexTests;

namespace Throughline.Core.Tests.Heart;

public class HeartTrendTests
{
    [Fact]
    public void IndexFallsWhenCheckInsLapseAndProgressLagsTheTime()
    {
        // One weekly key result, checked in at 50 on 2026-07-01, in a year-long objective.
        var plan = new PlanBuilder()
            .Unit("ops").Person("cy", "ops", p => p.Level = PersonLevel.Manager)
            .Goal("G1")
            .Objective("O1", ["G1"], o => (o.Unit, o.Owner) = ("ops", "cy"))
            .KeyResult("O1", "KR1", 0, 100, [("2026-07-01", 50)], kr => kr.Cadence = Cadence.Weekly)
            .Initiative("I1", ["O1"], i => (i.Unit, i.Owner) = ("ops", "cy"));

        var july2 = HeartIndex.Compute(plan.Analyze("2026-07-02"));
        var july16 = HeartIndex.Compute(plan.Analyze("2026-07-16"));
        var changes = HeartTrend.Between(july2, july16).ToDictionary(c => c.Dimension?.ToString() ?? "index");

        // 2026-07-02: checked in a day ago, 0.5 done with 182 of 364 days gone: everything at 1.
        Near(1, changes["index"].Earlier);

        // 2026-07-16: 15 days since the check-in (over 7), so accountability is (0 + 1) / 2; 196 of 364 days gone.
        Near(-0.5, changes[nameof(Accountability)].Change);
        Near((0.5 / (196.0 / 364)) - 1, changes[nameof(Results)].Change);
        Near(0, changes[nameof(Empowerment)].Change);
        Near(((0.5 + (0.5 / (196.0 / 364)) + 1) / 3) - 1, changes["index"].Change);
        Assert.Null(changes[nameof(Hope)].Change);
    }
}
