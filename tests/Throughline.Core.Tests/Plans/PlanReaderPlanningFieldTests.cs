using Throughline.Core.Model;

namespace Throughline.Core.Tests.Plans;

/// <summary>The execution-planning fields: limits, members, urgency, metrics, priorities, scores and criteria.</summary>
public class PlanReaderPlanningFieldTests
{
    [Fact]
    public void PlanningFieldsAreMappedWithTheirDefaults()
    {
        // criteria come last: the section may stand anywhere at the top level.
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization:
              name: Acme
              max_initiatives: 3
              units:
                - { id: ops, name: Ops, members: [ana, bo] }
                - { id: impact, name: Impact, members: bo }
              people:
                - { id: ana, unit: ops }
                - { id: bo }
            goals:
              - { id: G1, title: Grow, urgent: true, cross_cutting: false }
              - { id: G2, title: Keep }
            objectives:
              - id: O1
                title: Sell
                urgent: true
                key_results:
                  - { id: KR1, title: Stock, metric: '  inventory-days ' }
                  - { id: KR2, title: Deals }
            initiatives:
              - { id: I1, title: Kit, priority: 2, urgent: true, scores: { impact: 5, effort: 1, risk: 2.5 } }
              - { id: I2, title: Kat }
            criteria:
              - { id: impact, name: Customer impact, weight: 3 }
              - { id: effort, better: lower }
              - { id: risk, weight: 0.5, better: lower }
              - { id: alignment, weight: 2, better: higher }
            """);

        Assert.Equal(3, plan.Organization.MaxInitiatives);
        Assert.Equal(["ana", "bo"], plan.Organization.Units[0].Members);
        Assert.Equal(["bo"], plan.Organization.Units[1].Members);
        Assert.Equal([(true, (bool?)false), (false, null)], plan.Goals.Select(goal => (goal.Urgent, goal.CrossCutting)));
        var objective = plan.Objectives.Single();
        Assert.True(objective.Urgent);
        Assert.Equal(["inventory-days", null], objective.KeyResults.Select(keyResult => keyResult.Metric));

        var (scored, plain) = (plan.Initiatives[0], plan.Initiatives[1]);
        Assert.Equal((2, true), (scored.Priority!.Value, scored.Urgent));
        Assert.Equal([("impact", 5d), ("effort", 1d), ("risk", 2.5)], scored.Scores.Select(score => (score.Key, score.Value)));
        Assert.Equal((null, false, 0), (plain.Priority, plain.Urgent, plain.Scores.Count));

        Assert.Equal(["impact", "effort", "risk", "alignment"], plan.Criteria.Select(criterion => criterion.Id));
        Assert.Equal(["Customer impact", null, null, null], plan.Criteria.Select(criterion => criterion.Name));
        Assert.Equal([3, 1, 0.5, 2], plan.Criteria.Select(criterion => criterion.Weight));
        Assert.Equal(
            [CriterionPreference.Higher, CriterionPreference.Lower, CriterionPreference.Lower, CriterionPreference.Higher],
            plan.Criteria.Select(criterion => criterion.Better));
    }

    [Fact]
    public void OrganizationUnitGoalAndKeyResultFieldsAreChecked()
    {
        // Entries of line 8: '[' at column 16, so ana at 17, anna at 17 + 3 + 2 = 22, ops at 22 + 4 + 2 = 28,
        // the second ana at 28 + 3 + 2 = 33; unit ops's id at 6:11. Line 25: KR2 at 15, Weeks at 27, metric at 34, '' at 42.
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              max_initiatives: 0
              units:
                - id: ops
                  name: Ops
                  members: [ana, anna, ops, ana]
              people:
                - id: ana
                  unit: ops
            goals:
              - id: G1
                title: Grow
                urgent: yes
                cross_cutting: maybe
            objectives:
              - id: O1
                title: Sell
                urgent: 1
                key_results:
                  - id: KR1
                    title: Days
                    metric: ' '
                  - { id: KR2, title: Weeks, metric: '' }
            """,
            (4, 20, "'max_initiatives' of the organization must be 1 or more, but is 0"),
            (8, 22, "Unknown person 'anna' in 'members' of unit ops; fix the id, or declare it under organization.people"),
            (8, 28, "'ops' in 'members' of unit ops is the unit at test.plan.yaml:6:11, but 'members' must name a person"),
            (8, 33, "'ana' is listed twice in 'members' of unit ops (first at test.plan.yaml:8:17); remove one of the entries"),
            (15, 13, "'urgent' of goal G1 must be true or false, but is 'yes'"),
            (16, 20, "'cross_cutting' of goal G1 must be true or false, but is 'maybe'"),
            (20, 13, "'urgent' of objective O1 must be true or false, but is '1'"),
            (24, 17, "'metric' of key result KR1 is empty; name what is measured, such as inventory-days, or remove the field"),
            (25, 42, "'metric' of key result KR2 is empty"));

        Assert.Equal([null, "ana", null, null, null, null, null, null, null], errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void MembersMustBeIds()
    {
        ReadAssert.SingleError("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: ops, name: Ops, members: { ana: true } }
            """, 5, 38, "'members' of unit ops must be an id or a list of ids such as [A1, B2], but is a mapping");
    }

    [Fact]
    public void InitiativePriorityUrgencyAndScoresAreChecked()
    {
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            criteria:
              - id: impact
              - id: effort
                better: lower
            initiatives:
              - id: I1
                title: Kit
                priority: 0
                urgent: sometimes
                scores:
                  impact: 0
                  effrot: 2
                  alignment: 3
                  effort: high
                  risk: 5.5
              - id: I2
                title: Kat
                scores: [impact, 4]
            """,
            (10, 15, "'priority' of initiative I1 must be 1 or more, but is 0"),
            (11, 13, "'urgent' of initiative I1 must be true or false, but is 'sometimes'"),
            (13, 15, "The score for 'impact' in 'scores' of initiative I1 must be a number from 1 to 5, but is 0"),
            (14, 7, "Unknown criterion 'effrot' in 'scores' of initiative I1; fix the id, or declare the criterion under criteria"),
            (15, 7, "Initiative I1 scores 'alignment', but alignment is computed from the initiative's line of sight; remove it from scores"),
            (16, 15, "The score for 'effort' in 'scores' of initiative I1 must be a number from 1 to 5, but is 'high'"),
            (17, 13, "The score for 'risk' in 'scores' of initiative I1 must be a number from 1 to 5, but is 5.5"),
            (20, 13, "'scores' of initiative I2 must map criterion ids to scores from 1 to 5, such as { impact: 4, effort: 2 }, but is a list"));

        Assert.Equal([null, null, null, "effort", null, null, null, null], errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void ScoresOfOneAndFiveAreTheBounds()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            criteria: [{ id: impact }, { id: risk, better: lower }]
            initiatives:
              - { id: I1, title: Kit, scores: { impact: 1, risk: 5 } }
            """);

        Assert.Equal([1d, 5d], plan.Initiatives.Single().Scores.Values);
    }

    [Fact]
    public void WithoutACriteriaSectionTheDefaultCriteriaMayBeScored()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            initiatives:
              - { id: I1, title: Kit, scores: { impact: 4, urgency: 3, effort: 2, risk: 1 } }
            """);

        Assert.Equal([4d, 3d, 2d, 1d], plan.Initiatives.Single().Scores.Values);
    }

    [Fact]
    public void WithoutACriteriaSectionAMistypedScoreNamesTheDefaults()
    {
        // Line 4: '{' at 5, id at 7, I1 at 11, title at 15, Kit at 22, scores at 27, its '{' at 35, impcat at 37.
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            initiatives:
              - { id: I1, title: Kit, scores: { impcat: 4 } }
            """,
            (4, 37, "Unknown criterion 'impcat' in 'scores' of initiative I1; fix the id, or declare the criterion under criteria (without a criteria section, the defaults apply: impact, urgency, effort, risk)"));

        Assert.Equal("impact", errors.Single().Suggestion);
    }

    [Fact]
    public void UndeclaredCriteriaAreReportedForEachInitiative()
    {
        // Line 5: '{' at 5, id at 7, I1 at 11, title at 15, Kit at 22, scores at 27, its '{' at 35, impact at 37;
        // line 6 is the same up to Kat, so impact at 37 again.
        ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            criteria: [{ id: risk }]
            initiatives:
              - { id: I1, title: Kit, scores: { impact: 4, risk: 2 } }
              - { id: I2, title: Kat, scores: { impact: 3 } }
            """,
            (5, 37, "Unknown criterion 'impact' in 'scores' of initiative I1"),
            (6, 37, "Unknown criterion 'impact' in 'scores' of initiative I2"));
    }

    [Fact]
    public void CriteriaAreCheckedInTheirOwnNamespace()
    {
        // The unit 'impact' and the criterion 'impact' do not clash; the two criteria 'impact' do.
        // Line 9: id at 11, effort at 11..16, weight at 19, its 0 at 27, better at 30, less at 38.
        // Line 10: alignment at 11..19, better at 22, lower at 30. Line 11: impact at 11..16, wieght at 19.
        // Line 13: scores' '{' at 35, impact at 37, effort at 48, alignmnt at 59.
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: impact, name: Impact }
            criteria:
              - { id: impact, weight: 2 }
              - { name: Nameless }
              - { id: effort, weight: 0, better: less }
              - { id: alignment, better: lower }
              - { id: impact, wieght: 1 }
            initiatives:
              - { id: I1, title: Kit, scores: { impact: 5, effort: 1, alignmnt: 2 } }
            """,
            (8, 5, "A criterion has no id; add 'id: …' with an id that is unique among the criteria"),
            (9, 27, "'weight' of criterion effort must be greater than 0, but is 0"),
            (9, 38, "'better' of criterion effort must be higher or lower, but is 'less'"),
            (10, 30, "Criterion alignment cannot have 'better: lower': alignment is computed from the line of sight"),
            (11, 11, "Duplicate criterion id 'impact': the criterion at test.plan.yaml:7:11 already has it; criterion ids must be unique among the criteria"),
            (11, 19, "Unknown field 'wieght' in criterion impact"),
            (13, 59, "Unknown criterion 'alignmnt' in 'scores' of initiative I1"));

        // Alignment is never offered for a score: it cannot be scored by hand.
        Assert.Equal([null, null, null, null, null, "weight", null], errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void CriteriaMustBeAListOfMappings()
    {
        // Line 5: effort at 11..16, better at 19, lowr at 27.
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            criteria:
              - impact
              - { id: effort, better: lowr }
            """,
            (4, 5, "Expected a criterion as a mapping of fields (key: value), but found 'impact'"),
            (5, 27, "'better' of criterion effort must be higher or lower, but is 'lowr'"));
        Assert.Equal("lower", errors[1].Suggestion);

        ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            criteria: impact
            """, 3, 11, "'criteria' of the plan must be a list of criteria");
    }

    [Fact]
    public void MistypedPlanningFieldsGetTheirNamesSuggested()
    {
        // Line 7: member at 25. Line 9: crosscutting at 28. Line 11: score at 27, urgnt at 37. Line 13: metrics at 66.
        var errors = ReadAssert.Errors("""
            throughline: 1
            critera: []
            organization:
              name: Acme
              max_initiative: 2
              units:
                - { id: u, name: U, member: [] }
            goals:
              - { id: G1, title: Grow, crosscutting: true }
            initiatives:
              - { id: I1, title: Kit, score: 3, urgnt: true }
            objectives:
              - { id: O1, title: Sell, key_results: [{ id: KR1, title: Days, metrics: days }] }
            """,
            (2, 1, "Unknown field 'critera' in the plan"),
            (5, 3, "Unknown field 'max_initiative' in the organization"),
            (7, 25, "Unknown field 'member' in unit u"),
            (9, 28, "Unknown field 'crosscutting' in goal G1"),
            (11, 27, "Unknown field 'score' in initiative I1"),
            (11, 37, "Unknown field 'urgnt' in initiative I1"),
            (13, 66, "Unknown field 'metrics' in key result KR1"));

        Assert.Equal(
            ["criteria", "max_initiatives", "members", "cross_cutting", "scores", "urgent", "metric"],
            errors.Select(error => error.Suggestion));
    }
}
