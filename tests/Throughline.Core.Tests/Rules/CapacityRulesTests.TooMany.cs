using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Tests.Capacity;

namespace Throughline.Core.Tests.Rules;

public partial class CapacityRulesTests
{
    private static PlanBuilder Running(int count, Action<Unit>? unit = null)
    {
        var builder = new PlanBuilder().Unit("ops", configure: unit);
        for (var n = 1; n <= count; n++)
        {
            builder.Initiative($"I{n}", [], Work.In("ops", null, null, null));
        }

        return builder;
    }

    [Fact]
    public void MoreInitiativesAtOnceThanTheDefaultLimitAreReported()
    {
        var finding = Running(6).Analyze("2026-03-06").SingleBy(TooMany);

        Assert.Equal(
            "Unit ops runs 6 initiatives at once on 2026-03-06, more than its limit of 5 (from the rule's limit): " +
            "I1, I2, I3, I4, I5, I6.",
            finding.Message);
        Assert.Equal((ElementKind.Unit, "ops", Severity.Warning), (finding.SubjectKind, finding.SubjectId, finding.Severity));
    }

    [Fact]
    public void AsManyAsTheLimitIsFine() => Running(5).Analyze("2026-03-06").NoneBy(TooMany);

    [Fact]
    public void TheUnitsOwnLimitComesFirstThenTheOrganizations()
    {
        var own = Running(3, u => u.MaxInitiatives = 2);
        own.Build().Organization.MaxInitiatives = 4;
        var shared = Running(3);
        shared.Build().Organization.MaxInitiatives = 2;
        var looser = Running(3, u => u.MaxInitiatives = 3);
        looser.Build().Organization.MaxInitiatives = 2;

        Assert.EndsWith(
            "more than its limit of 2 (from its max_initiatives): I1, I2, I3.",
            own.Analyze("2026-03-06").SingleBy(TooMany).Message,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "more than its limit of 2 (from the organization's max_initiatives): I1, I2, I3.",
            shared.Analyze("2026-03-06").SingleBy(TooMany).Message,
            StringComparison.Ordinal);
        looser.Analyze("2026-03-06").NoneBy(TooMany);
    }

    [Fact]
    public void TheRulesLimitParameterAppliesWhenNoUnitOrOrganizationLimitIsSet()
    {
        var limit = new Dictionary<string, double> { ["limit"] = 2 };

        Assert.Contains(
            "runs 3 initiatives at once on 2026-03-06, more than its limit of 2 (from the rule's limit)",
            Running(3).Rule(TooMany, parameters: limit).Analyze("2026-03-06").SingleBy(TooMany).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void InitiativesOneAfterAnotherDoNotRunAtOnce()
    {
        // Six month-long initiatives, one after another, with a limit of 1: never more than one at a time.
        var builder = new PlanBuilder().Unit("ops", configure: u => u.MaxInitiatives = 1);
        for (var month = 1; month <= 6; month++)
        {
            var first = new DateOnly(2026, month, 1);
            builder.Initiative($"I{month}", [], Work.In("ops", null, $"{first:yyyy-MM-dd}", $"{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}"));
        }

        builder.Analyze("2026-01-01").NoneBy(TooMany);
    }

    [Fact]
    public void ThePeakIsDatedTheFirstDayItIsReached()
    {
        // Limit 1: I1 runs through March, I2 from 20 March: two at once from 2026-03-20.
        var finding = new PlanBuilder()
            .Unit("ops", configure: u => u.MaxInitiatives = 1)
            .Initiative("I1", [], Work.In("ops", null, "2026-03-01", "2026-03-31"))
            .Initiative("I2", [], Work.In("ops", null, "2026-03-20", "2026-04-30"))
            .Analyze("2026-03-06")
            .SingleBy(TooMany);

        Assert.Equal(
            "Unit ops runs 2 initiatives at once on 2026-03-20, more than its limit of 1 (from its max_initiatives): I1, I2.",
            finding.Message);
    }

    [Fact]
    public void SubUnitsDoneProposedAndFinishedWorkDoNotCount()
    {
        // Limit 1 on ops: its only counted initiative is I1.
        var result = new PlanBuilder()
            .Unit("ops", configure: u => u.MaxInitiatives = 1)
            .Unit("team", "ops")
            .Initiative("I1", [], Work.In("ops", null, null, null))
            .Initiative("Team", [], Work.In("team", null, null, null))
            .Initiative("Done", [], Work.In("ops", null, null, null, InitiativeStatus.Done))
            .Initiative("Proposed", [], Work.In("ops", null, null, null, InitiativeStatus.Proposed))
            .Initiative("Cancelled", [], Work.In("ops", null, null, null, InitiativeStatus.Cancelled))
            .Initiative("Finished", [], Work.In("ops", null, "2026-01-01", "2026-03-05"))
            .Analyze("2026-03-06");

        result.NoneBy(TooMany);
    }
}
