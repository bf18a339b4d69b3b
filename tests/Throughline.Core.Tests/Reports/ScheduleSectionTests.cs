using Throughline.Core.Analysis;
using Throughline.Core.Reports;

namespace Throughline.Core.Tests.Reports;

/// <summary>The schedule section; the dates are worked out in <see cref="PlanningFixture"/>.</summary>
public class ScheduleSectionTests
{
    private static readonly AnalysisResult Result = PlanningFixture.Analyze();
    private static readonly ScheduleSection Schedule = StrategyReport.From(Result).Schedule;

    [Fact]
    public void LateObjectivesComeFirstWithTheirCriticalPathInTimeOrder()
    {
        Assert.Equal(["O1", "O2"], Schedule.Objectives.Select(o => o.ObjectiveId));
        var o1 = Schedule.Objectives[0];

        // I1 finishes 03-31; I2 waits for it, starts 04-01 and takes its 27 days: 04-28. Due 04-15: 13 days late.
        Assert.Equal([("I1", "2026-03-31"), ("I2", "2026-04-28")], o1.CriticalPath.Select(s => (s.InitiativeId, Iso(s.EarliestFinish))));
        Assert.Equal((PlanBuilder.Day("2026-04-28"), PlanBuilder.Day("2026-04-15"), -13, true), (o1.EarliestFinish, o1.Due, o1.SlackDays, o1.Late));

        // I3 (30 days) waits for I1 too: 04-01 + 30 = 05-01, due 12-31: 244 days.
        var o2 = Schedule.Objectives[1];
        Assert.Equal(["I1", "I3"], o2.CriticalPath.Select(s => s.InitiativeId));
        Assert.Equal((244, false), (o2.SlackDays, o2.Late));
    }

    [Fact]
    public void EveryFormatSaysLateByNDays()
    {
        var text = TextLayout.OneLine(ReportWriter.Render(Result, ReportFormat.Text));
        Assert.Contains("O1 Cut delivery time for objective O1 to 3 days finishes 2026-04-28 | due 2026-04-15 | late by 13 days ! " +
            "path: I1 (2026-03-31) → I2 (2026-04-28)", text, StringComparison.Ordinal);
        Assert.Contains("finishes 2026-05-01 | due 2026-12-31 | 244 days of slack", text, StringComparison.Ordinal);

        var markdown = ReportWriter.Render(Result, ReportFormat.Markdown);
        Assert.Contains(
            "| **O1** Cut delivery time for objective O1 to 3 days | I1 (2026-03-31) → I2 (2026-04-28) | 2026-04-28 | 2026-04-15 | **late by 13 days** |",
            markdown,
            StringComparison.Ordinal);

        var html = ReportWriter.Render(Result, ReportFormat.Html);
        Assert.Contains("<td><span class=\"flag\">late by 13 days</span></td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CyclesAreListedWithTheirPath()
    {
        Assert.Empty(Schedule.Cycles);
        var plan = PlanningFixture.Builder()
            .Initiative("I7", ["O4"], i => i.DependsOn = ["I8"])
            .Initiative("I8", ["O4"], i => i.DependsOn = ["I7"])
            .Build();
        var result = Analyzer.Analyze(plan, PlanningFixture.AsOf);
        var schedule = StrategyReport.From(result).Schedule;

        // I7 and I8 wait for each other: one cycle, I7 → I8 → I7. O4 has supporting initiatives, none schedulable.
        var cycle = Assert.Single(schedule.Cycles);
        Assert.Equal(["I7", "I8", "I7"], cycle.Path);
        Assert.Equal((2, 0), (cycle.Members, cycle.OffPath.Count));
        Assert.Equal(1, schedule.ObjectivesUnscheduled);
        Assert.Contains("\n    I7 → I8 → I7\n", ReportWriter.Render(result, ReportFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void ALongCriticalPathKeepsItsFirstAndLastNine()
    {
        // A chain C01 → … → C15 of one-day initiatives, each waiting for the one before: 15 steps, 15 − 9 − 1 = 5 left out.
        var builder = PlanningFixture.Builder();
        for (var n = 1; n <= 15; n++)
        {
            var id = $"C{n:00}";
            var previous = $"C{n - 1:00}";
            builder.Initiative(id, ["O4"], i =>
            {
                (i.Start, i.End) = (PlanBuilder.Day("2026-05-01"), PlanBuilder.Day("2026-05-02"));
                i.DependsOn = n == 1 ? [] : [previous];
            });
        }

        var o4 = StrategyReport.From(Analyzer.Analyze(builder.Build(), PlanningFixture.AsOf)).Schedule.Objectives.Single(o => o.ObjectiveId == "O4");
        Assert.Equal(5, o4.StepsNotShown);
        Assert.Equal(["C01", "C07", "C08", "C09", "C10", "C11", "C12", "C13", "C14", "C15"], o4.CriticalPath.Select(s => s.InitiativeId));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", null);
}
