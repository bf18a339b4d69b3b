using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Reports;

/// <summary>
/// A small organization for the planning sections of the report, analysed as of 2026-01-15:
/// <code>
/// org ─┬─ ops (2 FTE, at most 1 initiative at once)
///      └─ sales (1 FTE) ── launch (home of lena; lists sam from sales and olga from ops as members)
/// </code>
/// </summary>
/// <remarks>
/// Capacity (effort spread evenly over the days from start to end, both included):
/// I1 (ops) 12 person-weeks over 2026-01-01..2026-03-31 = 31 + 28 + 31 = 90 days: January 12 × 31 / 90 = 4.133,
/// February 12 × 28 / 90 = 3.733, March 4.133. I2 (ops) 6 over 2026-02-01..02-28: all 6 in February.
/// I3 (sales) 2 over 2026-01-01..01-31: all 2 in January.
/// ops capacity 2 FTE: January and March 2 × 31 / 7 = 8.857, February 2 × 28 / 7 = 8.
/// ops January 4.133 / 8.857 = 46.7% → "4.1 / 8.9", 47%; February 3.733 + 6 = 9.733 / 8 = 121.7% → over, 122%.
/// sales January 2 / (31 / 7 = 4.429) = 45%. org states no capacity: January 4.133 + 2 = 6.133 → "6.1 / -".
/// The months run from 2026-01 (the as-of month) to 2026-03 (I1's end).
///
/// Initiatives at once, from the as-of date: ops runs I1 (from 01-15) and I2 (02-01..02-28): 2 on 2026-02-01, over
/// its limit of 1; sales runs I3 (01-15..01-31): 1 on 2026-01-15, limit 5 (the rule's default).
///
/// Schedule: I1 01-01 → 03-31 (89 days), EF 03-31. I2 (27 days: 02-01 → 02-28) waits for I1: ES 04-01, EF 04-28.
/// O1 is due 2026-04-15 and supported by I1 and I2: path I1 → I2, 04-15 − 04-28 = −13, late by 13 days.
/// I3 (30 days) waits for I1 as well: ES 04-01, EF 05-01; O2 is due 2026-12-31: 244 days of slack.
///
/// Priorities (default criteria, total weight 10; G1 priority 1, G2 priority 2, so maxRank 2):
/// I1 serves G1: alignment 5 → 1 × 3 = 3; impact 4 → 0.75 × 3 = 2.25; urgency, effort, risk not scored → 0.5 × (2 + 1 + 1) = 2;
///   7.25 / 10 = 0.725.
/// I2 serves G1: 3; impact 2 → 0.25 × 3 = 0.75; + 2 → 5.75 / 10 = 0.575.
/// I3 serves G2 (importance 1 − 1/2 = 0.5): alignment 3.5 → 0.625 × 3 = 1.875; impact 5 → 3; urgency 5 → 1 × 2 = 2;
///   effort, risk 0.5 + 0.5 → 7.875 / 10 = 0.7875.
/// Ranking: I3 (1st, first tier), I1 (2nd, second), I2 (3rd, third). ops is over capacity in February: I2 yields first,
/// behind I1 mostly on impact (0.075 against 0.225; alignment, urgency, effort and risk are equal).
///
/// Silos: the departments are ops and sales (units right under the root); launch belongs to sales. O1 (ops) serves G1,
/// O2 (sales) G2, O4 (sales) G1, O3 (launch) G3. ops and sales share G1; I3 (sales) depends on I1 (ops); launch's people
/// are lena and sam (sales) and olga (ops): a bridge of 3, sales 2, ops 1. launch serves G3 alone and has no
/// dependency: isolated.
/// </remarks>
internal static class PlanningFixture
{
    public static readonly DateOnly AsOf = PlanBuilder.Day("2026-01-15");

    public static PlanBuilder Builder() => new PlanBuilder()
        .Unit("org", configure: u => u.Name = "Acme")
        .Unit("ops", "org", u => (u.Name, u.Capacity, u.MaxInitiatives) = ("Operations", 2, 1))
        .Unit("sales", "org", u => (u.Name, u.Capacity) = ("Sales", 1))
        .Unit("launch", "sales", u =>
        {
            u.Name = "Launch team";
            u.Members = ["sam", "olga"];
        })
        .Person("lena", "launch")
        .Person("sam", "sales")
        .Person("olga", "ops")
        .Goal("G1", g => g.Priority = 1)
        .Goal("G2", g => g.Priority = 2)
        .Goal("G3")
        .Objective("O1", ["G1"], o => (o.Unit, o.Due) = ("ops", PlanBuilder.Day("2026-04-15")))
        .Objective("O2", ["G2"], o => o.Unit = "sales")
        .Objective("O3", ["G3"], o => o.Unit = "launch")
        .Objective("O4", ["G1"], o => o.Unit = "sales")
        .Initiative("I1", ["O1"], i => Plan(i, "ops", 12, "2026-01-01", "2026-03-31", impact: 4))
        .Initiative("I2", ["O1"], i =>
        {
            Plan(i, "ops", 6, "2026-02-01", "2026-02-28", impact: 2);
            i.DependsOn = ["I1"];
        })
        .Initiative("I3", ["O2"], i =>
        {
            Plan(i, "sales", 2, "2026-01-01", "2026-01-31", impact: 5);
            i.Scores["urgency"] = 5;
            i.DependsOn = ["I1"];
        });

    public static AnalysisResult Analyze() => Analyzer.Analyze(Builder().Build(), AsOf);

    private static void Plan(Initiative initiative, string unit, double effort, string start, string end, double impact)
    {
        initiative.Unit = unit;
        initiative.Effort = effort;
        initiative.Start = PlanBuilder.Day(start);
        initiative.End = PlanBuilder.Day(end);
        initiative.Scores["impact"] = impact;
    }
}
