using Throughline.Core.Analysis;
using Throughline.Core.Beat;
using Throughline.Core.Model;
using Throughline.Core.Tests.Reports.Packet;

namespace Throughline.Core.Tests.Rules;

/// <summary>The BEAT stage rules and assessments (docs/beat.md), at each boundary of each entry criterion.</summary>
public class StageRulesTests
{
    private const string AsOf = "2026-03-06";

    [Fact]
    public void InitiativeRunByAManagersUnitActsWithoutFinding()
    {
        var result = Team().Initiative("I1", ["O1"], Runs("ana", ChangeStage.Act)).Analyze(AsOf);

        result.NoneBy("stage/act-before-engage");
        result.NoneBy("stage/skipped");
    }

    [Fact]
    public void OwnerAloneWhoActsHasNotEngagedAnyone()
    {
        var result = Team().Initiative("I1", ["O1"], Runs("ana", ChangeStage.Act, unit: null)).Analyze(AsOf);

        var finding = result.SingleBy("stage/act-before-engage");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(
            "Initiative I1 claims stage act before anyone has engaged: nobody besides its owner is involved " +
            "(it has no unit, and no action is owned by anyone else).",
            finding.Message);
    }

    [Fact]
    public void AnActionOwnedBySomeoneElseMakesATeam()
    {
        var result = Team().Initiative("I1", ["O1"], Runs("ana", ChangeStage.Act, unit: null))
            .Action("A1", "I1", a => a.Owner = "bo")
            .Analyze(AsOf);

        result.NoneBy("stage/act-before-engage");
    }

    [Fact]
    public void AnActionOwnedByTheOwnerMakesNoTeam()
    {
        var result = Team().Initiative("I1", ["O1"], Runs("ana", ChangeStage.Act, unit: null))
            .Action("A1", "I1", a => a.Owner = "ana")
            .Analyze(AsOf);

        Assert.Contains("nobody besides its owner", result.SingleBy("stage/act-before-engage").Message);
    }

    [Fact]
    public void ATeamOfExecutivesOnlyHasNotEngagedBelowTheTop()
    {
        var result = Team()
            .Unit("board").Person("maria", "board", Level(PersonLevel.Executive)).Person("max", "board", Level(PersonLevel.Executive))
            .Initiative("I1", ["O1"], Runs("maria", ChangeStage.Transform, unit: "board"))
            .Analyze(AsOf);

        Assert.Equal(
            "Initiative I1 claims stage transform before anyone has engaged: nobody below the executive level is involved.",
            result.SingleBy("stage/act-before-engage").Message);
    }

    [Fact]
    public void OneFrontlineMemberOfTheUnitIsEnough()
    {
        var result = Team()
            .Unit("board", configure: u => u.Members = ["bo"]).Person("maria", "board", Level(PersonLevel.Executive))
            .Initiative("I1", ["O1"], Runs("maria", ChangeStage.Act, unit: "board"))
            .Analyze(AsOf);

        result.NoneBy("stage/act-before-engage");
    }

    [Fact]
    public void ActiveInitiativeThatClaimsEngageActsToo()
    {
        var result = Team().Initiative("I1", ["O1"], Runs(null, ChangeStage.Engage, unit: null)).Analyze(AsOf);

        Assert.Equal(
            "Initiative I1 is active before anyone has engaged: it has no owner; nobody is involved (it has no unit, " +
            "and no action has an owner); nobody below the executive level is involved.",
            result.SingleBy("stage/act-before-engage").Message);
    }

    [Fact]
    public void UnitWithNobodyElseIsNamed()
    {
        var result = Team().Unit("lab").Initiative("I1", ["O1"], Runs("ana", ChangeStage.Act, unit: "lab")).Analyze(AsOf);

        Assert.Contains("(lab has nobody else, and no action is owned by anyone else)", result.SingleBy("stage/act-before-engage").Message);
    }

    [Fact]
    public void InitiativeWithoutStageIsNoChangeInitiative()
    {
        var result = Team().Initiative("I1", ["O1"], Runs(null, null, unit: null)).Analyze(AsOf);

        Assert.DoesNotContain(result.Findings, f => f.Family == "stage");
    }

    [Fact]
    public void PlannedEngagingOrDoneInitiativesDoNotAct()
    {
        var result = Team()
            .Initiative("I1", ["O1"], Runs("ana", ChangeStage.Engage, unit: null, status: InitiativeStatus.Planned))
            .Initiative("I2", ["O1"], Runs("ana", ChangeStage.Act, unit: null, status: InitiativeStatus.Done))
            .Initiative("I3", ["O1"], Runs("ana", null, unit: null, status: InitiativeStatus.Planned))
            .Analyze(AsOf);

        result.NoneBy("stage/act-before-engage");
    }

    [Fact]
    public void TransformWithoutCheckInsHasNoOutcome()
    {
        var result = Team().Initiative("I1", ["O1"], Runs("ana", ChangeStage.Transform)).Analyze(AsOf);

        var finding = result.SingleBy("stage/transform-without-outcome");
        Assert.Equal("Initiative I1 claims stage transform, but no key result it moves (KR1) has check-ins that show progress.", finding.Message);
    }

    [Fact]
    public void ACheckInThatShowsProgressIsAnOutcome()
    {
        var result = Team().CheckIn("KR1", "2026-03-01", 10).Initiative("I1", ["O1"], Runs("ana", ChangeStage.Transform)).Analyze(AsOf);

        result.NoneBy("stage/transform-without-outcome");
    }

    [Fact]
    public void ACheckInAtTheBaselineShowsNoProgress()
    {
        var result = Team().CheckIn("KR1", "2026-03-01", 0).Initiative("I1", ["O1"], Runs("ana", ChangeStage.Transform)).Analyze(AsOf);

        result.SingleBy("stage/transform-without-outcome");
    }

    [Fact]
    public void ACheckInAfterTheAnalysisDateDoesNotCountYet()
    {
        var plan = Team().CheckIn("KR1", "2026-03-07", 10).Initiative("I1", ["O1"], Runs("ana", ChangeStage.Transform));

        plan.Analyze(AsOf).SingleBy("stage/transform-without-outcome");
        plan.Analyze("2026-03-07").NoneBy("stage/transform-without-outcome");
    }

    [Fact]
    public void AKeyResultSupportedDirectlyCounts()
    {
        var result = Team().KeyResult("O1", "KR2", 0, 10, [("2026-02-01", 5)])
            .Initiative("I1", ["KR2"], Runs("ana", ChangeStage.Transform))
            .Analyze(AsOf);

        result.NoneBy("stage/transform-without-outcome");
    }

    [Fact]
    public void TransformThatMovesNothingSaysSo()
    {
        var result = Team().Initiative("I1", [], Runs("ana", ChangeStage.Transform, description: "Four-day week")).Analyze(AsOf);

        Assert.Equal(
            "Initiative I1 claims stage transform but moves no key result that could show the change.",
            result.SingleBy("stage/transform-without-outcome").Message);
    }

    [Fact]
    public void EngageWithoutAWhySkippedBelieve()
    {
        var without = Team().Initiative("I1", [], Runs("ana", ChangeStage.Engage, status: InitiativeStatus.Planned)).Analyze(AsOf);
        var described = Team().Initiative("I1", [], Runs("ana", ChangeStage.Engage, status: InitiativeStatus.Planned, description: "Four-day week"))
            .Analyze(AsOf);

        var finding = without.SingleBy("stage/skipped");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("Initiative I1 claims stage engage but skipped believe (no description and nothing in `supports` says why).", finding.Message);
        described.NoneBy("stage/skipped");
    }

    [Fact]
    public void EngageWithoutAnOwnerSkippedBelieveButActWithoutOneIsLeftToActBeforeEngage()
    {
        var engage = Team().Initiative("I1", ["O1"], Runs(null, ChangeStage.Engage, status: InitiativeStatus.Planned)).Analyze(AsOf);
        var act = Team().Initiative("I1", ["O1"], Runs(null, ChangeStage.Act, status: InitiativeStatus.Planned)).Analyze(AsOf);

        Assert.Equal("Initiative I1 claims stage engage but skipped believe (no owner sponsors it).", engage.SingleBy("stage/skipped").Message);
        act.NoneBy("stage/skipped");
        act.SingleBy("stage/act-before-engage");
    }

    [Fact]
    public void TransformWithoutWorkSkippedAct()
    {
        Action<Initiative> planned = Runs("ana", ChangeStage.Transform, status: InitiativeStatus.Planned);
        var later = Team().Initiative("I1", ["O1"], i => { planned(i); i.Start = PlanBuilder.Day("2026-03-07"); }).Analyze(AsOf);
        var started = Team().Initiative("I1", ["O1"], i => { planned(i); i.Start = PlanBuilder.Day("2026-03-06"); }).Analyze(AsOf);
        var withAction = Team().Initiative("I1", ["O1"], planned).Action("A1", "I1", a => a.Owner = "bo").Analyze(AsOf);

        Assert.Equal(
            "Initiative I1 claims stage transform but skipped act (no actions, not active or done, start date not reached).",
            later.SingleBy("stage/skipped").Message);
        started.NoneBy("stage/skipped");
        withAction.NoneBy("stage/skipped");
    }

    [Fact]
    public void EarnedStageClimbsCriterionByCriterion()
    {
        var result = Team().CheckIn("KR1", "2026-03-01", 10)
            .Initiative("I0", [], Runs("ana", ChangeStage.Believe, status: InitiativeStatus.Planned))
            .Initiative("I1", ["O1"], Runs("ana", ChangeStage.Believe, unit: null, status: InitiativeStatus.Planned))
            .Initiative("I2", ["O1"], Runs("ana", ChangeStage.Engage, status: InitiativeStatus.Planned))
            .Initiative("I3", ["O1"], Runs("ana", ChangeStage.Transform, status: InitiativeStatus.Active, supports: "KR9"))
            .KeyResult("O1", "KR9", 0, 10)
            .Initiative("I4", ["O1"], Runs("ana", ChangeStage.Act, status: InitiativeStatus.Active))
            .Person("maria", configure: Level(PersonLevel.Executive))
            .Initiative("I5", ["O1"], i =>
            {
                Runs("maria", ChangeStage.Transform, unit: null, status: InitiativeStatus.Planned)(i);
                i.Start = PlanBuilder.Day("2026-04-01");
            })
            .Initiative("I6", ["O1"], Runs("ana", ChangeStage.Act, status: InitiativeStatus.Cancelled))
            .Analyze(AsOf);

        var stages = BeatStages.Assess(result).ToDictionary(s => s.InitiativeId, s => s.Earned);
        var findings = result.Findings.Where(f => f.Family == "stage").Select(f => $"{f.SubjectId} {f.RuleId}");

        Assert.Equal(
            new Dictionary<string, ChangeStage?>
            {
                ["I0"] = null,
                ["I1"] = ChangeStage.Believe,
                ["I2"] = ChangeStage.Engage,
                ["I3"] = ChangeStage.Act,
                ["I4"] = ChangeStage.Transform,
                ["I5"] = ChangeStage.Believe,
            },
            stages);
        Assert.Equal(
            ["I3 stage/transform-without-outcome", "I5 stage/act-before-engage", "I5 stage/skipped"],
            findings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EnterpriseExampleEarnsEveryStageItClaims()
    {
        var result = Analyzer.Analyze(EnterprisePlan.Read(), PlanBuilder.Day("2026-11-15"));

        var stages = BeatStages.Assess(result);
        Assert.Equal(9, stages.Count);
        Assert.All(stages, s => Assert.True(s.Earned >= s.Claimed, $"{s.InitiativeId} claims {s.Claimed} but earned {s.Earned}"));
        Assert.DoesNotContain(result.Findings, f => f.Family == "stage");
    }

    private static PlanBuilder Team() => new PlanBuilder()
        .Unit("ops")
        .Person("ana", "ops", Level(PersonLevel.Manager))
        .Person("bo", "ops", Level(PersonLevel.Frontline))
        .Goal("G1")
        .Objective("O1", ["G1"])
        .KeyResult("O1", "KR1", 0, 100);

    private static Action<Person> Level(PersonLevel level) => p => p.Level = level;

    private static Action<Initiative> Runs(
        string? owner, ChangeStage? stage, string? unit = "ops", InitiativeStatus status = InitiativeStatus.Active,
        string? description = null, string? supports = null) => i =>
    {
        (i.Owner, i.Stage, i.Unit, i.Status, i.Description) = (owner, stage, unit, status, description);
        if (supports is not null)
        {
            i.Supports = [supports];
        }
    };
}
