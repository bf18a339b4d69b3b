using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Reports;

/// <summary>
/// One small plan that exercises every section of the report, analysed as of 2026-07-02. Objectives run
/// 2026-01-01 to 2026-12-31 (364 days), so on 2026-07-02 (day 182) half their time has elapsed.
/// </summary>
/// <remarks>
/// Worked figures the tests rely on:
/// KR1 100 → 200 at 150: (150 - 100) / (200 - 100) = 50%; one check-in, so its pace is 0.5 / 0.5 = 1 → on track.
/// KR2 0 → 10 at 10: 100%, done. O1 = (50% + 100%) / 2 = 75%.
/// KR3 0 → 100 at 25: 25%, pace 0.25 / 0.5 = 0.5 → off track. O3 = 25%; O2 has only O3, so 25%.
/// G1 = (O1 75% + O2 25%) / 2 = 50%. G2 = (O2 25% + O4 0%) / 2 = 12.5%. G3 has nothing: 0%.
/// KR4 0 → 100 at 40: pace 0.4 / 0.5 = 0.8 → at risk.
/// KR5 0 → 100, at 0 on 2026-01-01 and 10 on 2026-07-02: slope 10 / 182 a day, so 10 / 182 × 364 = 20 at the
/// due date → forecast progress 20% → off track.
/// Risks, furthest behind first: KR5 (off track, 0.2), KR3 (off track, 0.5), KR4 (at risk, 0.8).
/// Line of sight: I1, I2, A1 reach a goal; I9, A9 do not; all weigh 1 → 3 / 5 = 60%.
/// Execution coverage: O1, O2, O3, G1, G2 are measured and worked on; O4, O5, G3 are not → 5 / 8 = 62.5%.
/// </remarks>
internal static class ReportFixture
{
    public static readonly DateOnly AsOf = PlanBuilder.Day("2026-07-02");

    public static PlanBuilder Builder() => new PlanBuilder()
        .Vision(
            "By 2030 every household in the region buys clean power for less than grid power.",
            "2030-12-31",
            v => v.Purpose = "Cheaper clean energy lowers bills and emissions.")
        .SuccessMeasure("VS1", 0, 1000, kr =>
        {
            kr.Unit = "households";
            kr.CheckIns.Add(new CheckIn { Date = PlanBuilder.Day("2026-06-01"), Value = 250 });
        })
        .Goal("G1", g => g.Area = "finance")
        .Goal("G2")
        .Goal("G3")
        .Objective("O1", ["G1"])
        .KeyResult("O1", "KR1", 100, 200, [("2026-03-01", 150)])
        .KeyResult("O1", "KR2", 0, 10, [("2026-05-01", 10)])
        .Objective("O2", ["G1", "G2"])
        .Objective("O3", ["O2"])
        .KeyResult("O3", "KR3", 0, 100, [("2026-04-01", 25)])
        .Objective("O4", ["G2"])
        .Objective("O5", [])
        .KeyResult("O5", "KR4", 0, 100, [("2026-06-01", 40)], kr => kr.Owner = "kim")
        .KeyResult("O5", "KR5", 0, 100, [("2026-01-01", 0), ("2026-07-02", 10)])
        .Initiative("I1", ["O1"])
        .Initiative("I2", ["KR3"])
        .Initiative("I9", [])
        .Action("A1", "I1", a => a.Done = true)
        .Action("A9", null);

    public static AnalysisResult Analyze() => Analyzer.Analyze(Builder().Build(), AsOf);

    /// <summary>A plan with a vision and nothing else: no work and no goals, so both coverage shares are n/a.</summary>
    public static AnalysisResult AnalyzeEmpty() =>
        Analyzer.Analyze(new PlanBuilder().Vision("By 2030 half of our power is solar.").Build(), AsOf);
}
