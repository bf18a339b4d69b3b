using Throughline.Core.Model;
using Throughline.Core.Plans;
using static Throughline.Core.Tests.PlanBuilder;

namespace Throughline.Core.Tests.Plans;

public class PlanElementJsonTests
{
    internal static T Read<T>(PlanItemKind kind, string json)
        where T : PlanElement
    {
        var result = PlanElementJson.Read(kind, json);
        Assert.True(result.Succeeded, "Errors were:\n" + string.Join("\n", result.Errors));
        return Assert.IsAssignableFrom<T>(result.Element);
    }

    [Fact]
    public void UnitIsReadWithEveryField()
    {
        var unit = Read<Unit>(PlanItemKind.Unit,
            """{"id": "sales", "name": "Sales", "parent": "acme", "capacity": 12.5, "max_initiatives": 3, "members": ["ana", "bo"]}""");

        Assert.Equal(("sales", "Sales", "acme"), (unit.Id, unit.Name, unit.Parent));
        Assert.Equal(12.5, unit.Capacity);
        Assert.Equal(3, unit.MaxInitiatives);
        Assert.Equal(["ana", "bo"], unit.Members);
    }

    [Fact]
    public void PersonIsReadWithEveryField()
    {
        var person = Read<Person>(PlanItemKind.Person,
            """{"id": "ana", "name": "Ana Ruiz", "unit": "operations", "level": "manager", "manager": "maria", "email": "ana@acme.example"}""");

        Assert.Equal(("ana", "Ana Ruiz", "operations"), (person.Id, person.Name, person.Unit));
        Assert.Equal(PersonLevel.Manager, person.Level);
        Assert.Equal(("maria", "ana@acme.example"), (person.Manager, person.Email));
    }

    [Fact]
    public void ValueIsRead()
    {
        var value = Read<ValueStatement>(PlanItemKind.Value, """{"name": "Customers first", "description": "We decide from the bill backwards."}""");

        Assert.Equal(("Customers first", "We decide from the bill backwards."), (value.Name, value.Description));
    }

    [Fact]
    public void SwotItemIsRead()
    {
        var item = Read<SwotItem>(PlanItemKind.Swot, """{"id": "T1", "kind": "threat", "text": "Grid operator lobbying"}""");

        Assert.Equal(("T1", SwotKind.Threat, "Grid operator lobbying"), (item.Id, item.Kind, item.Text));
    }

    [Fact]
    public void VisionIsReadWithItsSuccessMeasures()
    {
        var vision = Read<Vision>(PlanItemKind.Vision, """
            {"statement": "Clean power for less", "purpose": "Lower bills", "horizon": "2032-12-31",
             "success": [{"id": "VS1", "title": "Households on clean tariffs", "baseline": 40000, "target": 400000, "unit": "households"}]}
            """);

        Assert.Equal(("Clean power for less", "Lower bills"), (vision.Statement, vision.Purpose));
        Assert.Equal(Day("2032-12-31"), vision.Horizon);
        var measure = Assert.Single(vision.Success);
        Assert.Equal(("VS1", "Households on clean tariffs", "households"), (measure.Id, measure.Title, measure.Unit));
        Assert.Equal((40000.0, 400000.0), (measure.Baseline, measure.Target));
    }

    [Fact]
    public void GoalIsReadWithEveryFieldAndItsLocation()
    {
        var goal = Read<Goal>(PlanItemKind.Goal, """
            {"id": "G1", "title": "Cheapest supplier", "description": "By price per kWh", "area": "finance", "owner": "maria",
             "horizon": "2030-12-31", "priority": 1, "weight": 2.5, "swot": ["S1", "T1"], "urgent": true, "cross_cutting": false}
            """);

        Assert.Equal(("G1", "Cheapest supplier", "By price per kWh"), (goal.Id, goal.Title, goal.Description));
        Assert.Equal(("finance", "maria"), (goal.Area, goal.Owner));
        Assert.Equal(Day("2030-12-31"), goal.Horizon);
        Assert.Equal((1, 2.5), (goal.Priority, goal.Weight));
        Assert.Equal(["S1", "T1"], goal.Swot);
        Assert.True(goal.Urgent);
        Assert.False(goal.CrossCutting);
        Assert.Equal(PlanElementJson.BodyFileName, goal.Location?.File);
        Assert.Null(goal.Extensions);
    }

    [Fact]
    public void ObjectiveIsReadWithContributionsKeyResultsAndCheckIns()
    {
        var objective = Read<Objective>(PlanItemKind.Objective, """
            {"id": "O1", "title": "Cut installation cost", "contributes_to": ["G1", {"id": "G2", "weight": 2}],
             "owner": "ana", "unit": "operations", "start": "2026-01-01", "due": "2026-12-31", "priority": 2, "urgent": true,
             "key_results": [{"id": "KR1", "title": "Cost per kW", "baseline": 1500, "target": 1200,
                              "checkins": [{"date": "2026-02-01", "value": 1480}]}]}
            """);

        Assert.Equal(("O1", "Cut installation cost", "ana", "operations"), (objective.Id, objective.Title, objective.Owner, objective.Unit));
        Assert.Equal(["G1", "G2"], objective.ContributesTo.Select(contribution => contribution.Id));
        Assert.Equal([null, 2.0], objective.ContributesTo.Select(contribution => contribution.Weight));
        Assert.Equal((Day("2026-01-01"), Day("2026-12-31")), (objective.Start, objective.Due));
        Assert.Equal(2, objective.Priority);
        Assert.True(objective.Urgent);
        var keyResult = Assert.Single(objective.KeyResults);
        Assert.Equal(("KR1", 1500.0, 1200.0), (keyResult.Id, keyResult.Baseline, keyResult.Target));
        var checkIn = Assert.Single(keyResult.CheckIns);
        Assert.Equal((Day("2026-02-01"), 1480.0), (checkIn.Date, checkIn.Value));
    }

    [Fact]
    public void KeyResultIsReadWithEveryField()
    {
        var keyResult = Read<KeyResult>(PlanItemKind.KeyResult, """
            {"id": "KR2", "title": "Uptime", "baseline": 99, "target": 99.9, "unit": "%", "direction": "maintain", "range": [99.5, 100],
             "weight": 2, "cadence": "weekly", "owner": "ana", "metric": "uptime",
             "checkins": [{"date": "2026-02-01", "value": 99.7, "confidence": 0.8, "by": "ana", "note": "Fine"}]}
            """);

        Assert.Equal(("KR2", "Uptime", "%"), (keyResult.Id, keyResult.Title, keyResult.Unit));
        Assert.Equal((99.0, 99.9, 2.0), (keyResult.Baseline, keyResult.Target, keyResult.Weight));
        Assert.Equal(Direction.Maintain, keyResult.Direction);
        Assert.Equal(new ValueRange(99.5, 100), keyResult.Range);
        Assert.Equal(Cadence.Weekly, keyResult.Cadence);
        Assert.Equal(("ana", "uptime"), (keyResult.Owner, keyResult.Metric));
        var checkIn = Assert.Single(keyResult.CheckIns);
        Assert.Equal((99.7, 0.8, "ana", "Fine"), (checkIn.Value, checkIn.Confidence, checkIn.By, checkIn.Note));
    }

    [Fact]
    public void CheckInIsRead()
    {
        var checkIn = Read<CheckIn>(PlanItemKind.CheckIn,
            """{"date": "2026-02-01", "value": -0.5, "confidence": 0.7, "by": "ana", "note": "New racking supplier"}""");

        Assert.Equal((Day("2026-02-01"), -0.5, 0.7), (checkIn.Date, checkIn.Value, checkIn.Confidence));
        Assert.Equal(("ana", "New racking supplier"), (checkIn.By, checkIn.Note));
    }

    [Fact]
    public void InitiativeIsReadWithEveryField()
    {
        var initiative = Read<Initiative>(PlanItemKind.Initiative, """
            {"id": "I1", "title": "Roof kit", "description": "One kit", "supports": ["O1", "KR1"], "unit": "operations", "owner": "ana",
             "start": "2026-02-01", "end": "2026-06-30", "effort": 24, "depends_on": ["I0"], "status": "active", "stage": "act",
             "priority": 3, "urgent": true, "scores": {"impact": 4, "cost": 2}}
            """);

        Assert.Equal(("I1", "Roof kit", "One kit"), (initiative.Id, initiative.Title, initiative.Description));
        Assert.Equal(["O1", "KR1"], initiative.Supports);
        Assert.Equal(("operations", "ana"), (initiative.Unit, initiative.Owner));
        Assert.Equal((Day("2026-02-01"), Day("2026-06-30")), (initiative.Start, initiative.End));
        Assert.Equal(24, initiative.Effort);
        Assert.Equal(["I0"], initiative.DependsOn);
        Assert.Equal((InitiativeStatus.Active, ChangeStage.Act), (initiative.Status, initiative.Stage));
        Assert.Equal(3, initiative.Priority);
        Assert.True(initiative.Urgent);
        Assert.Equal(new Dictionary<string, double> { ["impact"] = 4, ["cost"] = 2 }, initiative.Scores);
    }

    [Fact]
    public void ActionIsReadWithEveryField()
    {
        var action = Read<PlanAction>(PlanItemKind.Action, """
            {"id": "A1", "title": "Pick suppliers", "initiative": "I1", "supports": ["KR1"], "owner": "bo", "due": "2026-02-20", "done": true, "effort": 0.5}
            """);

        Assert.Equal(("A1", "Pick suppliers", "I1", "bo"), (action.Id, action.Title, action.Initiative, action.Owner));
        Assert.Equal(["KR1"], action.Supports);
        Assert.Equal(Day("2026-02-20"), action.Due);
        Assert.True(action.Done);
        Assert.Equal(0.5, action.Effort);
    }

    [Fact]
    public void CriterionIsRead()
    {
        var criterion = Read<DecisionCriterion>(PlanItemKind.Criterion, """{"id": "cost", "name": "Cost", "weight": 2, "better": "lower"}""");

        Assert.Equal(("cost", "Cost", 2.0, CriterionPreference.Lower), (criterion.Id, criterion.Name, criterion.Weight, criterion.Better));
    }

    [Fact]
    public void StringsKeepEscapesTabsAndCharactersOutsideTheBasicPlane()
    {
        var goal = Read<Goal>(PlanItemKind.Goal,
            "{\"id\": \"G1\",\t\"title\": \"Caf\\u00e9 \\\"Nord\\\" \\\\ \\/ 😀\", \"description\": \"line\\nnext\\ttab\\r\\u0007 \\u2028\"}");

        Assert.Equal("Café \"Nord\" \\ / 😀", goal.Title);
        Assert.Equal("line\nnext\ttab\r\u0007 \u2028", goal.Description);
    }

    [Fact]
    public void JsonNumbersAreReadInEverySpelling()
    {
        var keyResult = Read<KeyResult>(PlanItemKind.KeyResult, """{"id": "KR1", "title": "T", "baseline": 1e3, "target": -0.5, "weight": 2.5E-1}""");

        Assert.Equal((1000.0, -0.5, 0.25), (keyResult.Baseline, keyResult.Target, keyResult.Weight));
    }

    [Fact]
    public void JsonStringThatLooksLikeANumberStaysText()
    {
        var goal = Read<Goal>(PlanItemKind.Goal, """{"id": "2026", "title": "2026", "area": "true", "owner": "null"}""");

        Assert.Equal(("2026", "2026", "true", "null"), (goal.Id, goal.Title, goal.Area, goal.Owner));
    }

    [Fact]
    public void QuotedNumbersAndBooleansAreReadAsThePlanReaderReadsDoubleQuotedScalars()
    {
        var fromYaml = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            goals: [{ id: G1, title: Grow, priority: "2", weight: "0.5", urgent: "true" }]
            """).Goals.Single();
        var fromJson = Read<Goal>(PlanItemKind.Goal, """{"id": "G1", "title": "Grow", "priority": "2", "weight": "0.5", "urgent": "true"}""");

        Assert.Equal((2, 0.5, true), (fromYaml.Priority, fromYaml.Weight, fromYaml.Urgent));
        Assert.Equal((2, 0.5, true), (fromJson.Priority, fromJson.Weight, fromJson.Urgent));
    }

    [Fact]
    public void NullFieldsAreAbsent()
    {
        var goal = Read<Goal>(PlanItemKind.Goal, """{"id": "G1", "title": "Grow", "owner": null, "priority": null, "swot": null}""");

        Assert.Null(goal.Owner);
        Assert.Null(goal.Priority);
        Assert.Empty(goal.Swot);
    }

    [Fact]
    public void ExtensionKeysKeepObjectAndArrayValues()
    {
        var goal = Read<Goal>(PlanItemKind.Goal, """
            {"id": "G1", "title": "Grow", "x-text": "12", "x-meta": {"tags": ["a", "b"], "score": 2.0, "count": 1, "flag": true, "none": null, "inner": {"k": "v"}}}
            """);

        Assert.Equal("12", goal.Extensions!["x-text"]);
        var meta = Assert.IsType<Dictionary<string, object?>>(goal.Extensions["x-meta"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(meta["tags"]));
        Assert.Equal(2.0, Assert.IsType<double>(meta["score"]));
        Assert.Equal(1L, Assert.IsType<long>(meta["count"]));
        Assert.Equal(true, meta["flag"]);
        Assert.Null(meta["none"]);
        Assert.Equal("v", Assert.IsType<Dictionary<string, object?>>(meta["inner"])["k"]);
    }
}
