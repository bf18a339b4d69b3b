using System.Globalization;
using Throughline.Core.Capacity;
using Throughline.Core.Priorities;

namespace Throughline.Core.Reports;

/// <summary>The priorities section as text: criteria, the ranking with each score's arithmetic, and who should yield.</summary>
internal static class TextPriorities
{
    // Rank, tier and score columns: "   1  first   0.725   ".
    private const int ExplanationIndent = 24;

    public static void Write(TextLayout text, PrioritySection priorities)
    {
        text.Heading("Priorities");
        text.Wrapped(2, "Open initiatives ranked on weighted decision criteria, best first, in three tiers; under each, " +
            "what every criterion adds to its score.");
        text.Wrapped(2, $"{PlanningFigures.Criteria(priorities)}; total weight {PlanningFigures.Score(priorities.TotalWeight)}.", "Criteria: ");
        if (priorities.Ranking.Count == 0)
        {
            text.Line("  No open initiative to rank.");
        }
        else
        {
            text.Line();
            text.Line("     #  TIER    SCORE   INITIATIVE");
        }

        foreach (var line in priorities.Ranking)
        {
            var rank = line.Rank.ToString(CultureInfo.InvariantCulture).PadLeft(6);
            var head = $"{rank}  {line.Tier.Label(),-6}  {PlanningFigures.Score(line.Score),-6}  ";
            var row = $"{head}{TextLayout.OneLine(line.Id)}  {TextLayout.OneLine(line.Title)}";
            text.Line(row.Length <= TextLayout.Width ? row : row[..(TextLayout.Width - 3)].TrimEnd() + "...");
            foreach (var explanation in PlanningFigures.Explanations(priorities, line))
            {
                text.Wrapped(ExplanationIndent, explanation);
            }
        }

        var notShown = priorities.InitiativesRanked - priorities.Ranking.Count;
        if (notShown > 0)
        {
            text.Line();
            text.Line($"  and {Figures.Plural(notShown, "more ranked initiative", "more ranked initiatives")} (not shown).");
        }

        Yielding(text, priorities);
    }

    internal const string YieldingLead = "For each unit over capacity in a month, the open initiatives behind its load " +
        "(its sub-units' included), the one that should give way first at the top.";

    private static void Yielding(TextLayout text, PrioritySection priorities)
    {
        text.Subheading("Who should yield");
        text.Wrapped(2, YieldingLead);
        if (priorities.Yielding.Count == 0)
        {
            text.Line("  No unit is over capacity in the months shown.");
        }

        foreach (var group in priorities.Yielding)
        {
            text.Line();
            text.Wrapped(2, $"{group.UnitId} in {MonthRanges.Label(group.Month)}: {PlanningFigures.Overload(group)} !");
            if (group.Initiatives.Count == 0)
            {
                text.Line("    No open initiative: the month's load is done work.");
            }

            foreach (var line in group.Initiatives)
            {
                text.Wrapped(4, $"{line.InitiativeId} ({PlanningFigures.Weeks(line.PersonWeeks)} person-weeks) {line.Reason}", "- ");
            }

            if (group.InitiativesNotShown > 0)
            {
                text.Line($"    and {Figures.Plural(group.InitiativesNotShown, "more initiative", "more initiatives")} (not shown).");
            }
        }

        if (priorities.YieldingNotShown > 0)
        {
            text.Line();
            text.Line($"  and {Figures.Plural(priorities.YieldingNotShown, "more unit-month", "more unit-months")} over capacity (not shown).");
        }
    }
}
