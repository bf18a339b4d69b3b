using System.Text.Json;
using Throughline.Core.Generation;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

/// <summary>
/// The reader streams a file one top-level item at a time, with a fast parser for the YAML plan files are
/// written in and YamlDotNet's parser for any other. Whichever parses it, a file gives the plan, locations and
/// errors that loading it as one YAML tree gives.
/// </summary>
public class PlanReaderStreamingTests
{
    private const string File = "test.plan.yaml";

    public static TheoryData<string> ExampleFiles() => [.. PlanElementJsonWriteTests.ExampleFiles()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ExamplePlansReadTheSameWhicheverParserReadsThem(string file)
    {
        var text = System.IO.File.ReadAllText(file);

        var common = AssertSameAsWholeDocument(text);

        // The others have folded text (statement: >-), which YamlDotNet's parser reads.
        Assert.True(common || text.Contains(": >-", StringComparison.Ordinal), "The fast parser should read this example.");
    }

    [Fact]
    public void GeneratedPlansReadTheSameWhicheverParserReadsThem()
    {
        using var writer = new StringWriter();
        PlanGenerator.Write(new GeneratorOptions(300, 7), writer);

        Assert.True(AssertSameAsWholeDocument(writer.ToString()), "The fast parser should read generated plans.");
    }

    public static TheoryData<string, string> Edits() => new()
    {
        { "title: Cut", "tittle: Cut" },
        { "due: 2026-12-31", "due: next spring" },
        { "- id: KR1\n", "- id: KR1\n        id: KR1b\n" },
        { "owner: ana", "owner: anna" },
        { "value: 1480", "valeu: 1480" },
        { "{ date: 2026-02-01, value: 1480", "{ date: 2026-02-30, value: 1480" },
        { "confidence: 0.7", "confidence: 7" },
        { "name: Acme Energy                  # required", "name: &org Acme Energy" },
        { "    title: Standardize roof-mount kit", "    title: *org" },
        { "    title: Standardize roof-mount kit", "    title: |\n      Standardize\n      roof-mount kit" },
        { "supports: [O1]", "supports: [O1\n" },
        { "rules:", "---\nrules:" },
        { "  - id: G1\n", "  - id: G1\n\tarea: x\n" },
        { "throughline: 1", "throughline: 2" },
        { "throughline: 1                       # format version (required)\n", "" },
        { "organization:\n  name: Acme Energy", "organisation:\n  name: Acme Energy" },
        { "goals:", "goals: 5\nx-goals:" },
        { "      - { date: 2026-02-01", "      - [2026-02-01]\n      - { date: 2026-02-01" },
        { "contributes_to: [G1]", "contributes_to: [G1, {id: G1, weight: 0}, {weight: 2}, [x]]" },
        { "actions:", "x-extra: {a: [1, {b: c}], d: 'e'}\nactions:" },
        { "actions:", "actions: []\nx-actions:" },
        { "  - { id: A1", "  - 5\n  - { id: A1" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void PlansWithErrorsReadTheSameWhicheverParserReadsThem(string find, string replace)
    {
        Assert.Contains(find, PlanFixtures.FullPlan, StringComparison.Ordinal);

        AssertSameAsWholeDocument(PlanFixtures.FullPlan.Replace(find, replace, StringComparison.Ordinal));
    }

    [Fact]
    public void AnchorsAndAliasesAcrossListItemsReadTheSame()
    {
        var result = ReadAssert.Read("""
            throughline: 1
            organization:
              name: Acme
              people:
                - { id: ana, name: &name Ana Ruiz }
              units:
                - id: ops
                  name: Operations
                  members: &team [ana]
                - id: sales
                  name: *name
                  members: *team
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sales = result.Plan!.Organization.Units[1];
        Assert.Equal("Ana Ruiz", sales.Name);
        Assert.Equal(["ana"], sales.Members);

        // An alias stands for the anchored node, and so is where the anchor is.
        Assert.Equal(new SourceLocation(ReadAssert.File, 5, 24), sales.LocationOf("name"));
        Assert.Equal(new SourceLocation(ReadAssert.File, 9, 16), sales.LocationOf("members"));
    }

    [Fact]
    public void AnAliasBeforeItsAnchorStandsForTheAnchorLaterInTheDocument()
    {
        // As YamlDotNet's loader of whole documents resolves it: at the end of the document.
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: ops, name: *later }
                - { id: sales, name: &later Sales }
            """);

        Assert.Equal("Sales", plan.Organization.Units[0].Name);
        Assert.Equal(new SourceLocation(ReadAssert.File, 6, 26), plan.Organization.Units[0].LocationOf("name"));
    }

    [Fact]
    public void ErrorsInsideAStreamedItemKeepTheirLineAndColumn()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            objectives:
              - id: O1
                title: First
              - id: O2
                title: Second
                key_results:
                  - id: KR1
                    title: Cost
                    checkins:
                      - { date: 2026-01-05, value: 12.5 }
                      - { date: 2026-01-12, vlaue: 13 }
                      - { date: 2026-01-19, value: 14, confidence: 1.5 }
            """,
            (13, 13, "A check-in of key result KR1 has no value"),
            (13, 33, "Unknown field 'vlaue' in a check-in of key result KR1"),
            (14, 56, "'confidence' of a check-in of key result KR1 must be between 0 and 1"));
    }

    [Fact]
    public void DuplicateKeysInsideAStreamedItemAreReportedWithOtherErrors()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            actions:
              - { id: A1, title: One }
              - id: A2
                title: Two
                title: Three
                owner: nobody
            """,
            (7, 5, "Duplicate key 'title': it already appears in this mapping at line 6"),
            (8, 12, "Unknown person 'nobody' in 'owner' of action A2"));
    }

    [Fact]
    public void ASyntaxErrorAfterManyItemsIsTheOnlyError()
    {
        var result = ReadAssert.Read("""
            throughline: 1
            organization: { name: Acme }
            goals:
              - { id: G1, tittle: Grow }
              - { id: G2, title: More }
            actions:
              - { id: A1, title: "Unclosed }
            """);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondDocumentAfterAStreamedPlanIsReportedAtItsStart()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            goals:
              - { id: G1, title: Grow, tittle: x }
            ---
            goals: []
            """,
            (4, 28, "Unknown field 'tittle' in goal G1"),
            (6, 1, "one YAML document"));
    }

    [Fact]
    public void ListSectionsWrittenInFlowStyleAreRead()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme, units: [{ id: ops, name: Ops }], people: [{ id: ana, unit: ops }] }
            goals: [{ id: G1, title: Grow, owner: ana }, { id: G2, title: More }]
            """);

        Assert.Equal(["G1", "G2"], plan.Goals.Select(goal => goal.Id));
        Assert.Equal(new SourceLocation(ReadAssert.File, 3, 26), plan.Goals[0].LocationOf("title"));
        Assert.Equal("ops", plan.Organization.People.Single().Unit);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(900)]
    public void AnErrorFarDownALongListKeepsItsLine(int item)
    {
        var text = Actions(item, "tittle: Step");

        AssertSameAsWholeDocument(text);
        ReadAssert.Errors(text,
            (2 + (2 * item), 5, $"Action A{item} has no title"),
            (3 + (2 * item), 5, "Unknown field 'tittle'"));
    }

    [Fact]
    public void YamlTheFastParserLeavesFarDownALongListIsStillRead()
    {
        var text = Actions(900, "title: |\n      Text of\n      two lines\n    x-note: x");

        Assert.False(AssertSameAsWholeDocument(text));
        Assert.Equal("Text of\ntwo lines\n", ReadAssert.Valid(text).Actions[899].Title);
    }

    [Fact]
    public void ASyntaxErrorFarDownALongListIsTheOnlyError()
    {
        var text = Actions(900, "tittle: \"Unclosed");

        AssertSameAsWholeDocument(text);
        var result = ReadAssert.Read(text);
        Assert.Null(result.Plan);
        Assert.Contains("not valid YAML", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    // A thousand actions, each on two lines; the second line of one of them is replaced.
    private static string Actions(int item, string secondLine)
    {
        var actions = Enumerable.Range(1, 1000).Select(i => $"  - id: A{i}\n    {(i == item ? secondLine : "title: Step")} {i}\n");
        return $"throughline: 1\norganization: {{ name: Acme }}\nactions:\n{string.Concat(actions)}";
    }

    [Fact]
    public void ReadFileGivesWhatReadGivesForTheSameText()
    {
        var path = Path.Combine(Path.GetTempPath(), $"streaming-{Guid.NewGuid():N}.plan.yaml");
        var text = PlanFixtures.FullPlan.Replace("title: Cut", "tittle: Cut", StringComparison.Ordinal);
        System.IO.File.WriteAllText(path, text);
        try
        {
            Assert.Equal(Dump(PlanReader.Read(text, path)), Dump(PlanReader.ReadFile(path)));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void ReadFileReadsLinesLongerThanItsBuffer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"streaming-{Guid.NewGuid():N}.plan.yaml");
        var title = new string('x', 100_000);
        var text = $"throughline: 1\norganization: {{ name: Acme }}\ngoals:\n  - {{ id: G1, title: {title} }}\n  - {{ id: G2, title: Short }}\n";
        System.IO.File.WriteAllText(path, text);
        try
        {
            var read = PlanReader.ReadFile(path);

            Assert.True(read.Succeeded, string.Join("\n", read.Errors));
            Assert.Equal(title, read.Plan!.Goals[0].Title);
            Assert.Equal(new SourceLocation(path, 5, 22), read.Plan.Goals[1].LocationOf("title"));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void FieldLocationsAreTheSameWhenReadAsADictionary()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            objectives:
              - id: O1
                title: First
                x-note: kept
                key_results:
                  - { id: KR1, title: Cost, checkins: [{ date: 2026-01-05, value: 1 }] }
            """);

        var objective = plan.Objectives[0];
        var checkIn = objective.KeyResults[0].CheckIns[0];

        Assert.Equal(new SourceLocation(ReadAssert.File, 8, 71), checkIn.LocationOf("value"));
        Assert.Equal(["date", "value"], checkIn.FieldLocations!.Keys);
        Assert.Equal(new SourceLocation(ReadAssert.File, 8, 71), checkIn.FieldLocations["value"]);
        Assert.Equal(["id", "title", "x-note", "key_results"], objective.FieldLocations!.Keys);
        Assert.Equal(new SourceLocation(ReadAssert.File, 6, 13), objective.LocationOf("x-note"));
    }

    [Fact]
    public void AnEditedCopyReportsItsOwnListEntriesAtTheFieldNotAtTheOriginalsEntries()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            objectives:
              - { id: O1, title: Sell }
            initiatives:
              - { id: I1, title: Kit, supports: [O1] }
            """);
        var copy = plan.Initiatives[0].ShallowCopy<Initiative>();
        copy.Supports = ["O1", "O9"];
        plan.Initiatives[0] = copy;

        var error = Assert.Single(PlanValidator.Validate(plan, ReadAssert.File));

        // The copy's entries are not the ones read, so the error is at the field, as for any edited element.
        Assert.Equal(new SourceLocation(ReadAssert.File, 6, 37), error.Location);
        Assert.Contains("'O9' in 'supports' of initiative I1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListEntriesKeepTheirLocationsWhenTheFieldLocationsAreReplaced()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            objectives:
              - { id: O1, title: Sell }
            initiatives:
              - { id: I1, title: Kit, supports: [O1, O1] }
            """);
        var initiative = plan.Initiatives[0];
        initiative.FieldLocations = new(initiative.FieldLocations!);
        initiative.Supports[1] = "O9";

        var error = Assert.Single(PlanValidator.Validate(plan, ReadAssert.File));

        Assert.Equal(new SourceLocation(ReadAssert.File, 6, 42), error.Location);
    }

    [Fact]
    public void ValuesNestedVeryDeepAreReadByYamlDotNetsParser()
    {
        var text = $"throughline: 1\norganization: {{ name: Acme }}\nx-deep: {new string('[', 200)}1{new string(']', 200)}\n";

        Assert.False(AssertSameAsWholeDocument(text));
        Assert.NotNull(ReadAssert.Valid(text).Extensions!["x-deep"]);
    }

    [Fact]
    public void LocationsFarApartOrFarRightAreKeptExactly()
    {
        var people = string.Concat(Enumerable.Range(1, 200).Select(i => $"    - {{ id: p{i} }}\n"));
        var members = string.Concat(Enumerable.Range(1, 200).Select(i => $"        - p{i}\n"));
        var title = new string('x', 70_000);
        var text = $"throughline: 1\norganization:\n  name: Acme\n  people:\n{people}  units:\n    - id: u1\n      name: U\n      members:\n{members}        - p1\n" +
            $"goals:\n  - {{ id: G1, title: {title}, owner: nobody }}\n";

        AssertSameAsWholeDocument(text);
        ReadAssert.Errors(text,
            (409, 11, "'p1' is listed twice in 'members' of unit u1 (first at test.plan.yaml:209:11)"),
            (411, 70_031, "Unknown person 'nobody' in 'owner' of goal G1"));
    }

    /// <summary>
    /// Reads the text with each parser: the fast one (unless it gives up), YamlDotNet's streaming one (unless
    /// only the whole document can be read), and YamlDotNet's loader of whole documents, which the others must equal.
    /// </summary>
    /// <returns>Whether the fast parser read it.</returns>
    private static bool AssertSameAsWholeDocument(string text)
    {
        var whole = Dump(PlanReader.ReadWhole(new StringReader(text), File));
        try
        {
            Assert.Equal(whole, Dump(PlanReader.ReadParsed(new StringReader(text), File)));
        }
        catch (WholeDocumentNeededException)
        {
        }

        try
        {
            using var events = new CommonYamlEvents(text);
            Assert.Equal(whole, Dump(PlanReader.ReadCommon(events, File)));
            return true;
        }
        catch (UncommonYamlException)
        {
            return false;
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, MaxDepth = 512 };

    // Everything read, locations included, then every error.
    private static string Dump(PlanReadResult result) =>
        (result.Plan is null ? "(no plan)" : JsonSerializer.Serialize(result.Plan, Indented))
        + "\n" + string.Join("\n", result.Errors);
}
