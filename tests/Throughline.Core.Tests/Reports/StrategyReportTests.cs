using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

/// <summary>The format-neutral report model; the figures are worked out in <see cref="ReportFixture"/>.</summary>
public class StrategyReportTests
{
    private static readonly StrategyReport Report = StrategyReport.From(ReportFixture.Analyze());

    [Fact]
    public void GoalTreeListsGoalsAndObjectivesInPlanOrderWithContributorsNested()
    {
        Assert.Equal(["G1", "G2", "G3"], Report.Goals.Select(g => g.Id));
        var g1 = Report.Goals[0];
        Assert.Equal(["O1", "O2"], g1.Objectives.Select(o => o.Id));
        Assert.Equal(["KR1", "KR2"], g1.Objectives[0].KeyResults.Select(k => k.Id));

        // O3 contributes to O2, so it sits under O2 with its own key result.
        var o3 = Assert.Single(g1.Objectives[1].Contributors);
        Assert.Equal("O3", o3.Id);
        Assert.Equal(["KR3"], o3.KeyResults.Select(k => k.Id));
        Assert.Equal(["O2", "O4"], Report.Goals[1].Objectives.Select(o => o.Id));
        Assert.Empty(Report.Goals[2].Objectives);
    }

    [Fact]
    public void ProgressRollsUpFromKeyResultsToGoals()
    {
        var g1 = Report.Goals[0];
        var o1 = g1.Objectives[0];

        // KR1: (150 - 100) / (200 - 100) = 0.5; KR2: 10 / 10 = 1; O1 = (0.5 + 1) / 2 = 0.75.
        Assert.Equal(0.5, o1.KeyResults[0].Progress, 12);
        Assert.Equal(1.0, o1.KeyResults[1].Progress, 12);
        Assert.Equal(0.75, o1.Progress, 12);
        Assert.Equal(ProgressStatus.OnTrack, o1.Status);

        // G1 = (O1 0.75 + O2 0.25) / 2 = 0.5, health (1 + 0) / 2 = 0.5 → at risk; G2 = (0.25 + 0) / 2 = 0.125.
        Assert.Equal(0.5, g1.Progress, 12);
        Assert.Equal(ProgressStatus.AtRisk, g1.Status);
        Assert.Equal(0.125, Report.Goals[1].Progress, 12);
    }

    [Fact]
    public void KeyResultLineCarriesCurrentTargetForecastAndLastCheckIn()
    {
        var kr1 = Report.Goals[0].Objectives[0].KeyResults[0];
        Assert.Equal(150, kr1.Current);
        Assert.Equal(200, kr1.Target);
        Assert.Equal("units", kr1.Unit);
        Assert.Equal(PlanBuilder.Day("2026-03-01"), kr1.LastCheckIn);
        Assert.Equal(PlanBuilder.Day("2026-12-31"), kr1.Due);
        Assert.Null(kr1.Forecast); // one check-in gives no trend

        // KR5: 0 on 2026-01-01, 10 on 2026-07-02 (182 days) → 10 / 182 × 364 = 20 at the due date.
        var kr5 = Report.ObjectivesWithoutGoal.Single(o => o.Id == "O5").KeyResults.Single(k => k.Id == "KR5");
        Assert.Equal(20, kr5.Forecast!.Value, 9);
        Assert.Equal(0.2, kr5.ForecastProgress!.Value, 9);
        Assert.Equal("kim", Report.ObjectivesWithoutGoal[0].KeyResults.Single(k => k.Id == "KR4").Owner);
    }

    [Fact]
    public void ObjectiveUnderTwoGoalsIsShownInFullOnceThenMarkedAsRepeat()
    {
        var first = Report.Goals[0].Objectives[1];
        var repeat = Report.Goals[1].Objectives[0];
        Assert.Equal(("O2", false), (first.Id, first.Repeat));
        Assert.Single(first.Contributors);

        Assert.Equal(("O2", true, "G1"), (repeat.Id, repeat.Repeat, repeat.FirstShownUnder));
        Assert.Equal(0.25, repeat.Progress, 12);
        Assert.Empty(repeat.Contributors);
        Assert.Empty(repeat.KeyResults);
        Assert.Empty(repeat.Work);
    }

    [Fact]
    public void WorkIsListedUnderTheObjectiveOrKeyResultItSupports()
    {
        var i1 = Assert.Single(Report.Goals[0].Objectives[0].Work);
        Assert.Equal((ElementKind.Initiative, "I1", "active", 1, 1), (i1.Kind, i1.Id, i1.State, i1.Actions, i1.ActionsDone));

        var kr3 = Report.Goals[0].Objectives[1].Contributors[0].KeyResults[0];
        Assert.Equal("I2", Assert.Single(kr3.Work).Id);
    }

    [Fact]
    public void ObjectiveWithNoPathToAGoalIsListedApartWithItsKeyResults()
    {
        var o5 = Assert.Single(Report.ObjectivesWithoutGoal);
        Assert.Equal("O5", o5.Id);
        Assert.Equal(["KR4", "KR5"], o5.KeyResults.Select(k => k.Id));
    }

    [Fact]
    public void GapListsHoldTheFindingsOfTheirRulesInRuleOrder()
    {
        Assert.Equal(
            [
                ("gap/goal-without-objectives", "G3"),
                ("gap/objective-without-key-results", "O4"),
                ("gap/objective-without-work", "O4"),
                ("gap/objective-without-work", "O5"),
            ],
            Report.VisionWithoutExecution.Select(f => (f.RuleId, f.SubjectId)));
        Assert.Equal(
            [("gap/orphan-initiative", "I9"), ("gap/orphan-action", "A9"), ("smart/not-relevant", "O5")],
            Report.ExecutionWithoutVision.Select(f => (f.RuleId, f.SubjectId)));
        Assert.Equal("Goal G3 of the test organization", Report.VisionWithoutExecution[0].SubjectTitle);
    }

    [Fact]
    public void RisksAreOffTrackThenAtRiskFurthestBehindFirst()
    {
        // Paces: KR5 forecast 20 / 100 = 0.2; KR3 0.25 / 0.5 elapsed = 0.5; KR4 0.4 / 0.5 = 0.8 (at risk).
        Assert.Equal(["KR5", "KR3", "KR4"], Report.Risks.Select(r => r.KeyResultId));
        Assert.Equal([0.2, 0.5, 0.8], Report.Risks.Select(r => Math.Round(r.Pace, 9)));
        Assert.Equal(
            [ProgressStatus.OffTrack, ProgressStatus.OffTrack, ProgressStatus.AtRisk],
            Report.Risks.Select(r => r.Status));
        Assert.Equal(("O5", "kim"), (Report.Risks[2].ObjectiveId, Report.Risks[2].Owner));
    }

    [Fact]
    public void RisksStopAtTheTenFurthestBehind()
    {
        // Twelve key results 0 → 100 checked in once at value v with half their time gone: pace v / 100 / 0.5.
        int[] values = [12, 3, 7, 1, 10, 5, 11, 2, 9, 4, 8, 6];
        var builder = new PlanBuilder().Vision("By 2030 half of our power is solar.").Goal("G1").Objective("O1", ["G1"]);
        for (var i = 0; i < values.Length; i++)
        {
            builder.KeyResult("O1", $"K{i + 1:00}", 0, 100, [("2026-04-01", values[i])]);
        }

        var report = StrategyReport.From(Analyzer.Analyze(builder.Build(), ReportFixture.AsOf));

        // Values 1 to 10, lowest first: K04 (1), K08 (2), K02 (3), K10 (4), K06 (5), K12 (6), K03 (7), K11 (8), K09 (9), K05 (10).
        Assert.Equal(["K04", "K08", "K02", "K10", "K06", "K12", "K03", "K11", "K09", "K05"], report.Risks.Select(r => r.KeyResultId));
        Assert.Equal(0.02, report.Risks[0].Pace, 12);
    }

    [Fact]
    public void ScoresCarryCoverageSharesAndFindingCounts()
    {
        // Line of sight: I1, I2, A1 of I1, I9, A9 → 3 / 5. Execution: O1, O2, O3, G1, G2 of 5 objectives + 3 goals → 5 / 8.
        Assert.Equal(0.6, Report.Scores.LineOfSightCoverage!.Value, 12);
        Assert.Equal(0.625, Report.Scores.ExecutionCoverage!.Value, 12);

        // Vision: (G1 0.5 + G2 0.125 + G3 0 + VS1 250 / 1000) / 4 = 0.21875.
        Assert.Equal(0.21875, Report.Scores.OverallProgress, 12);
        var counts = Report.Scores.Findings;
        Assert.Equal(counts.Total, Report.Findings.Sum(g => g.Findings.Count));
        Assert.Equal(6, counts.ByFamily.Single(f => f.Family == "gap").Count); // G3, O4 twice, O5, I9, A9
    }

    [Fact]
    public void SharesAreNullWhenThereIsNothingToTakeThemOf()
    {
        var report = StrategyReport.From(ReportFixture.AnalyzeEmpty());
        Assert.Null(report.Scores.LineOfSightCoverage);
        Assert.Null(report.Scores.ExecutionCoverage);
    }

    [Fact]
    public void FindingsAreGroupedErrorsFirst()
    {
        Assert.Equal([Severity.Error, Severity.Warning, Severity.Info], Report.Findings.Select(g => g.Severity));
        Assert.Equal(["KR3", "KR5"], Report.Findings[0].Findings.Select(f => f.SubjectId));
        Assert.All(Report.Findings[0].Findings, f => Assert.Equal("tracking/off-track", f.RuleId));
        Assert.Equal("A9", Assert.Single(Report.Findings[2].Findings).SubjectId);
    }
}
