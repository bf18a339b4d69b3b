namespace Throughline.Core.Tests.Plans;

public class PlanReaderFieldTests
{
    [Fact]
    public void UnknownFieldIsReportedWithClosestFieldName()
    {
        var error = ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            goals:
              - id: G1
                title: Grow
                ownr: ana
            """, 6, 5, "Unknown field 'ownr' in goal G1; fix its name, remove it, or rename it to 'x-ownr'");

        Assert.Equal("owner", error.Suggestion);
        Assert.EndsWith("(did you mean 'owner'?)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFieldFarFromAnyKnownOneGetsNoSuggestion()
    {
        var error = ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            budget: 100000
            """, 3, 1, "Unknown field 'budget' in the plan");

        Assert.Null(error.Suggestion);
    }

    [Fact]
    public void UnknownFieldsAreFoundAtEveryLevel()
    {
        var errors = ReadAssert.Errors("""
            throughline: 1
            organisation: { name: Acme }
            organization:
              name: Acme
              unit: []
            objectives:
              - id: O1
                title: Sell
                key_results:
                  - { id: KR1, title: Deals, taget: 3, checkins: [{ date: 2026-01-01, value: 1, confidance: 0.5 }] }
            """,
            (2, 1, "Unknown field 'organisation' in the plan"),
            (5, 3, "Unknown field 'unit' in the organization"),
            (10, 34, "Unknown field 'taget' in key result KR1"),
            (10, 85, "Unknown field 'confidance' in a check-in of key result KR1"));

        Assert.Equal(["organization", "units", "target", "confidence"], errors.Select(error => error.Suggestion));
    }

    [Theory]
    [InlineData("capacity: lots", 17, "'capacity' of unit u must be a number, but is 'lots'")]
    [InlineData("capacity: [1]", 17, "'capacity' of unit u must be a number, but is a list")]
    [InlineData("max_initiatives: 2.5", 24, "'max_initiatives' of unit u must be a whole number, but is '2.5'")]
    [InlineData("parent: { id: acme }", 15, "'parent' of unit u must be text, but is a mapping")]
    public void WrongTypeIsReportedAtTheValue(string field, int column, string message)
    {
        ReadAssert.SingleError($"""
            throughline: 1
            organization:
              name: Acme
              units:
                - id: u
                  name: U
                  {field}
            """, 7, column, message);
    }

    [Theory]
    [InlineData("2026-02-30", "'start' of objective O1 must be a date, but '2026-02-30' is not a valid one; write it as YYYY-MM-DD")]
    [InlineData("01/03/2026", "'start' of objective O1 must be a date, but '01/03/2026' is not a valid one")]
    [InlineData("2026-01-01T10:00:00Z", "must be a date")]
    public void InvalidDateIsAnError(string date, string message)
    {
        ReadAssert.SingleError($"""
            throughline: 1
            organization: {"{"} name: Acme {"}"}
            objectives:
              - id: O1
                title: Sell
                start: {date}
            """, 6, 12, message);
    }

    [Fact]
    public void ListWhereAMappingIsExpectedIsAnError()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization: [Acme]
            goals:
              - [G1, Grow]
            vision: just words
            """,
            (2, 15, "Expected the organization as a mapping of fields (key: value), but found a list"),
            (4, 5, "Expected a goal as a mapping of fields"),
            (5, 9, "Expected the vision as a mapping of fields (key: value), but found 'just words'"));
    }

    [Fact]
    public void MappingWhereAListIsExpectedIsAnError()
    {
        ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            goals:
              id: G1
              title: Grow
            """, 4, 3, "'goals' of the plan must be a list of goals (each item on its own line starting with '- '), but is a mapping");
    }

    [Fact]
    public void UnknownEnumValueListsTheValidValues()
    {
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              people:
                - { id: ana, level: Manager }
            swot:
              - { id: S1, kind: strenght }
            objectives:
              - id: O1
                title: Sell
                key_results:
                  - { id: KR1, title: Deals, direction: up, cadence: daily }
            initiatives:
              - { id: I1, title: Kit, status: started, stage: transfrom }
            """,
            (5, 25, "'Manager' is not a valid level for person ana; use one of: executive, manager, frontline"),
            (7, 21, "'strenght' is not a valid kind for SWOT item S1; use one of: strength, weakness, opportunity, threat"),
            (12, 45, "'up' is not a valid direction for key result KR1; use one of: increase, decrease, maintain"),
            (12, 58, "'daily' is not a valid cadence for key result KR1; use one of: weekly, biweekly, monthly, quarterly"),
            (14, 35, "'started' is not a valid status for initiative I1; use one of: proposed, planned, active, done, cancelled"),
            (14, 51, "'transfrom' is not a valid stage for initiative I1; use one of: believe, engage, act, transform"));

        Assert.Equal(["manager", "strength", null, null, null, "transform"], errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void OutOfRangeValuesAreErrors()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: u, name: U, capacity: -1, max_initiatives: -2 }
            goals:
              - { id: G1, title: Grow, weight: 0, priority: 0 }
            objectives:
              - id: O1
                title: Sell
                contributes_to: [{ id: G1, weight: -1 }]
                key_results:
                  - id: KR1
                    title: Deals
                    weight: -0.5
                    range: [10, 5]
                    checkins: [{ date: 2026-01-01, value: 1, confidence: 1.5 }]
            initiatives:
              - { id: I1, title: Kit, effort: -3 }
            actions:
              - { id: A1, title: Call, effort: -1 }
            """,
            (5, 35, "'capacity' of unit u must be 0 or more, but is -1"),
            (5, 56, "'max_initiatives' of unit u must be 0 or more, but is -2"),
            (7, 36, "'weight' of goal G1 must be greater than 0, but is 0"),
            (7, 49, "'priority' of goal G1 must be 1 or more, but is 0"),
            (11, 40, "'weight' of a contribution of objective O1 must be greater than 0, but is -1"),
            (15, 17, "'weight' of key result KR1 must be greater than 0, but is -0.5"),
            (16, 16, "'range' of key result KR1 starts above where it ends (10 > 5); write the lower bound first"),
            (17, 62, "'confidence' of a check-in of key result KR1 must be between 0 and 1 (0.7 means 70%), but is 1.5"),
            (19, 35, "'effort' of initiative I1 must be 0 or more, but is -3"),
            (21, 36, "'effort' of action A1 must be 0 or more, but is -1"));
    }

    [Fact]
    public void RangeMustBeTwoNumbers()
    {
        ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            objectives:
              - { id: O1, title: Sell, key_results: [{ id: KR1, title: Up, range: [1, high] }] }
            """, 4, 71, "'range' of key result KR1 must be two numbers, [low, high]");
    }

    [Fact]
    public void MissingRequiredFieldsAreErrors()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization:
              units:
                - { id: u }
                - { name: Nameless }
            goals:
              - { id: G1 }
            objectives:
              - id: O1
                key_results:
                  - id: KR1
                    checkins:
                      - { confidence: 0.5 }
            initiatives:
              - { title: '' }
            actions:
              - { id: A1 }
            swot:
              - { id: S1 }
            """,
            (3, 3, "The organization has no name; add 'name: …'"),
            (4, 7, "Unit u has no name"),
            (5, 7, "A unit has no id; add 'id: …' with an id that is unique in the file"),
            (7, 5, "Goal G1 has no title"),
            (9, 5, "Objective O1 has no title"),
            (11, 9, "Key result KR1 has no title"),
            (13, 13, "A check-in of key result KR1 has no date; add 'date: YYYY-MM-DD'"),
            (13, 13, "A check-in of key result KR1 has no value"),
            (15, 5, "An initiative has no id"),
            (15, 5, "An initiative has no title"),
            (17, 5, "Action A1 has no title"),
            (19, 5, "SWOT item S1 has no kind; add 'kind: …' with one of: strength, weakness, opportunity, threat"));
    }

    [Fact]
    public void BooleanMustBeTrueOrFalse()
    {
        ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            actions:
              - { id: A1, title: Call, done: yes }
            """, 4, 34, "'done' of action A1 must be true or false, but is 'yes'");
    }

    [Fact]
    public void IdListEntriesMustBeIds()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            goals:
              - { id: G1, title: Grow, swot: { S1: true } }
            initiatives:
              - { id: I1, title: Kit, supports: [[O1]] }
            """,
            (4, 34, "'swot' of goal G1 must be an id or a list of ids such as [A1, B2], but is a mapping"),
            (6, 38, "Each entry of 'supports' of initiative I1 must be an id, but this one is a list"));
    }

    [Fact]
    public void ManyErrorsAreReportedTogetherInFileOrder()
    {
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              people:
                - { id: ana, levle: manager }
            goals:
              - { id: G1, title: Grow, owner: anna, horizon: soon }
            objectives:
              - { id: O1, title: Sell, contributes_to: [G2], priority: first }
            """,
            (5, 18, "Unknown field 'levle'"),
            (7, 35, "Unknown person 'anna'"),
            (7, 50, "'horizon' of goal G1 must be a date"),
            (9, 45, "Unknown goal or objective 'G2'"),
            (9, 60, "'priority' of objective O1 must be a whole number"));

        Assert.Equal(["level", "ana", null, "G1", null], errors.Select(error => error.Suggestion));
    }
}
