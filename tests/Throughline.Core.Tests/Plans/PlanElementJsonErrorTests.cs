using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class PlanElementJsonErrorTests
{
    private static IReadOnlyList<ElementError> Errors(PlanItemKind kind, string json, params (string Path, string Message)[] expected)
    {
        var result = PlanElementJson.Read(kind, json);
        Assert.False(result.Succeeded);
        Assert.Null(result.Element);
        Assert.Equal(expected, result.Errors.Select(error => (error.Path, error.Message)));
        return result.Errors;
    }

    private static ElementError SingleError(PlanItemKind kind, string json, string path, string message) =>
        Errors(kind, json, (path, message))[0];

    [Fact]
    public void WrongTypeIsReportedAtItsField()
    {
        var error = SingleError(PlanItemKind.Goal, """{"id": "G1", "title": "Grow", "priority": "high"}""",
            "$.priority", "'priority' of goal G1 must be a whole number, but is 'high'; write a whole number such as 3");

        Assert.Null(error.Suggestion);
    }

    [Fact]
    public void ObjectWhereTextBelongsIsReportedAtItsField() =>
        SingleError(PlanItemKind.Goal, """{"id": "G1", "title": {"text": "Grow"}}""",
            "$.title", "'title' of goal G1 must be text, but is a mapping; write a single value; quote it if it contains ': ' or ' #'");

    [Fact]
    public void OutOfRangeConfidenceOfACheckInIsReported() =>
        SingleError(PlanItemKind.CheckIn, """{"date": "2026-02-01", "value": 3, "confidence": 1.5}""",
            "$.confidence", "'confidence' of a check-in of a key result must be between 0 and 1 (0.7 means 70%), but is 1.5");

    [Fact]
    public void UnknownFieldIsReportedWithTheClosestFieldName()
    {
        var errors = Errors(PlanItemKind.Goal, """{"id": "G1", "titel": "Grow"}""",
            ("$.title", "Goal G1 has no title; add 'title: …'"),
            ("$.titel", "Unknown field 'titel' in goal G1; fix its name, remove it, or rename it to 'x-titel' to keep it as custom data"));

        Assert.Equal([null, "title"], errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void FieldNameThatIsNoPlainWordIsQuotedInThePath() =>
        SingleError(PlanItemKind.Goal, """{"id": "G1", "title": "Grow", "it's": 1}""",
            "$['it\\'s']", "Unknown field 'it's' in goal G1; fix its name, remove it, or rename it to 'x-it's' to keep it as custom data");

    [Fact]
    public void InvalidEnumValueIsReportedWithTheClosestValue()
    {
        var error = SingleError(PlanItemKind.Initiative, """{"id": "I1", "title": "Kit", "status": "actve"}""",
            "$.status", "'actve' is not a valid status for initiative I1; use one of: proposed, planned, active, done, cancelled");

        Assert.Equal("active", error.Suggestion);
    }

    [Fact]
    public void MissingRequiredFieldsArePathsOfTheFieldsThatShouldBeThere()
    {
        SingleError(PlanItemKind.Goal, """{"title": "Grow"}""",
            "$.id", "A goal has no id; add 'id: …' with an id that is unique in the file");
        SingleError(PlanItemKind.Swot, """{"id": "S1", "text": "Cheap"}""",
            "$.kind", "SWOT item S1 has no kind; add 'kind: …' with one of: strength, weakness, opportunity, threat");
        Errors(PlanItemKind.CheckIn, """{"note": "Late"}""",
            ("$.date", "A check-in of a key result has no date; add 'date: YYYY-MM-DD'"),
            ("$.value", "A check-in of a key result has no value; add 'value: …' with the measured number"));
    }

    [Fact]
    public void NestedErrorsArePathsIntoTheArraysAndObjects() =>
        Errors(PlanItemKind.Objective, """
            {"id": "O1", "title": "Sell", "contributes_to": ["G1", {"id": "G2", "weight": 0}],
             "key_results": [{"id": "KR1", "title": "Deals", "checkins": [{"date": "2026-01-05", "value": 1}, {"date": "2026-02-30", "value": 2}]},
                             {"title": "Calls"}]}
            """,
            ("$.contributes_to[1].weight", "'weight' of a contribution of objective O1 must be greater than 0, but is 0"),
            ("$.key_results[0].checkins[1].date",
                "'date' of a check-in of key result KR1 must be a date, but '2026-02-30' is not a valid one; write it as YYYY-MM-DD, e.g. 2026-03-31"),
            ("$.key_results[1].id", "A key result has no id; add 'id: …' with an id that is unique in the file"));

    [Fact]
    public void WrongEntryOfAnIdListIsReportedAtTheEntry() =>
        SingleError(PlanItemKind.Initiative, """{"id": "I1", "title": "Kit", "supports": ["O1", {"id": "O2"}]}""",
            "$.supports[1]", "Each entry of 'supports' of initiative I1 must be an id, but this one is a mapping");

    [Fact]
    public void MalformedJsonGivesOneErrorWhereParsingStopped() =>
        SingleError(PlanItemKind.Goal, """{"id": "G1", "title": }""", "$.title",
            "The body is not valid JSON at line 1, position 23: '}' is an invalid start of a value; check the quotes, commas and brackets there");

    [Fact]
    public void MalformedJsonPositionCountsCharactersOnItsLine() =>
        SingleError(PlanItemKind.Goal, "{\n  \"id\": \"G1\",\n  \"title\": \"Café\" x\n}", "$.title",
            "The body is not valid JSON at line 3, position 19: 'x' is invalid after a value. Expected either ',', '}', or ']'; check the quotes, commas and brackets there");

    [Theory]
    [InlineData("""{"id": "G1",}""", "$.id")]
    [InlineData("""{"id": "G1" /* note */}""", "$.id")]
    [InlineData("""{"id": 'G1'}""", "$.id")]
    [InlineData("""{"id": "G1"} {}""", "$")]
    [InlineData("""{"id": "O1", "key_results": [{"id": "KR1", """, "$.key_results[0].id")]
    [InlineData("""{"id": "O1", "contributes_to": ["G1", ]}""", "$.contributes_to[1]")]
    [InlineData("""{"id": "G1", "title": "\ud800"}""", "$.title")]
    public void WhatStrictJsonRejectsIsMalformed(string json, string path)
    {
        var error = Assert.Single(PlanElementJson.Read(PlanItemKind.Objective, json).Errors);

        Assert.Equal(path, error.Path);
        Assert.StartsWith("The body is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("\"Grow\"", "a string")]
    [InlineData("12", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("null", "null")]
    public void BodyThatIsNoObjectIsReportedAtTheRoot(string json, string found) =>
        SingleError(PlanItemKind.Goal, json, "$", $"The body must be a JSON object of the goal's fields, such as {{\"id\": …}}, but is {found}");

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t")]
    public void EmptyBodyIsReportedAtTheRoot(string json) =>
        SingleError(PlanItemKind.KeyResult, json, "$", "The body is empty; send the key result as a JSON object of its fields, such as {\"id\": …}");

    [Fact]
    public void DuplicateKeysAreReportedAtTheSecondOne()
    {
        SingleError(PlanItemKind.Goal, """{"id": "G1", "title": "Grow", "title": "Sell"}""",
            "$.title", "Duplicate key 'title': it already appears in this object; keep one of them");
        SingleError(PlanItemKind.Objective, """{"id": "O1", "title": "Sell", "contributes_to": [{"id": "G1", "weight": 1, "weight": {"a": [2]}}]}""",
            "$.contributes_to[0].weight", "Duplicate key 'weight': it already appears in this object; keep one of them");
    }

    [Fact]
    public void LocationsOfOtherFilesHaveNoPathInTheBody()
    {
        var result = PlanElementJson.Read(PlanItemKind.Goal, """{"id": "G1", "title": "Grow"}""");
        var goal = Assert.IsType<Goal>(result.Element);

        Assert.Equal("$.title", result.PathOf(goal.LocationOf("title")!.Value));
        Assert.Equal("$", result.PathOf(goal.Location!.Value));
        Assert.Equal("$", result.PathOf(new SourceLocation("plan", 3, 5)));
    }
}
