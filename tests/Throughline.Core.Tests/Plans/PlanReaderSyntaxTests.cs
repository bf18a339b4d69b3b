using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class PlanReaderSyntaxTests
{
    [Fact]
    public void MalformedYamlGivesOneErrorAtTheParsersPosition()
    {
        var result = ReadAssert.Read("""
            throughline: 1
            organization:
              name: "Acme
            goals: []
            """);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Plan);
        Assert.Equal(new SourceLocation(ReadAssert.File, 3, 9), error.Location);
        Assert.StartsWith("The file is not valid YAML (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFlowListIsASyntaxErrorNotACrash()
    {
        var result = ReadAssert.Read("""
            throughline: 1
            goals: [G1, G2
            organization: { name: Acme }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Plan);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxErrorHidesNoOtherKindOfError()
    {
        ReadAssert.SingleError("""
            throughline: 1
            throughline: 1
            organization: { name: Acme
            """, 4, 1, "not valid YAML");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public void EmptyFileIsAnError(string text)
    {
        var result = ReadAssert.Read(text);

        Assert.Null(result.Plan);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation(ReadAssert.File, 1, 1), error.Location);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondKeyAlongWithOtherErrors()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              name: Acme Energy
            goals:
              - id: G1
                title: Grow
                owner: nobody
                title: Grow more
                area: [sales]
            """,
            (4, 3, "Duplicate key 'name': it already appears in this mapping at line 3"),
            (8, 12, "Unknown person 'nobody'"),
            (9, 5, "Duplicate key 'title'"),
            (10, 11, "'area' of goal G1 must be text, but is a list"));
    }

    [Fact]
    public void FirstOfDuplicateKeysIsKept()
    {
        var result = ReadAssert.Read("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: a, name: A }
              units:
                - { id: b, name: B }
            """);

        Assert.Single(result.Errors);
        Assert.Equal("a", result.Plan!.Organization.Units.Single().Id);
    }

    [Fact]
    public void AliasToAnUndefinedAnchorIsReportedAtTheAlias()
    {
        var result = ReadAssert.Read("""
            throughline: 1
            organization:
              name: *acme
            """);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation(ReadAssert.File, 3, 9), error.Location);
        Assert.Contains("'*acme' refers to no anchor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnchorsAndAliasesAreResolved()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization:
              name: &name Acme
              units: [{ id: acme, name: *name }]
            """);

        Assert.Equal("Acme", plan.Organization.Units.Single().Name);
    }

    [Fact]
    public void WindowsLineEndingsAreRead()
    {
        var result = ReadAssert.Read("throughline: 1\r\norganization:\r\n  name: Acme\r\n  nme: typo\r\n");

        Assert.Equal("Acme", result.Plan!.Organization.Name);
        Assert.Equal(new SourceLocation(ReadAssert.File, 4, 3), Assert.Single(result.Errors).Location);
    }

    [Fact]
    public void SecondYamlDocumentIsAnError()
    {
        ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            ---
            goals: []
            """, 4, 1, "one YAML document");
    }

    [Fact]
    public void FileThatIsNotAMappingIsAnError()
    {
        var result = ReadAssert.Read("- throughline: 1\n");

        Assert.Null(result.Plan);
        Assert.Equal(new SourceLocation(ReadAssert.File, 1, 1), Assert.Single(result.Errors).Location);
    }

    [Fact]
    public void MissingVersionIsAnError()
    {
        ReadAssert.SingleError("organization: { name: Acme }\n", 1, 1, "does not say its format version; this release reads version 1");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("one")]
    [InlineData("1.5")]
    public void OtherVersionIsAnErrorSayingThisReleaseReadsVersionOne(string version)
    {
        ReadAssert.SingleError($"organization: {{ name: Acme }}\nthroughline: {version}\n", 2, 14, "this release reads version 1");
    }

    [Fact]
    public void MissingOrganizationIsAnError()
    {
        ReadAssert.SingleError("throughline: 1\ngoals: []\n", 1, 1, "The plan has no organization");
    }

    [Fact]
    public void ReadFileReportsAMissingFileAsAnErrorNotAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "plan.yaml");

        var result = PlanReader.ReadFile(path);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation(path, 1, 1), error.Location);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFileReportsADirectoryAsAnErrorNotAnException()
    {
        var result = PlanReader.ReadFile(Path.GetTempPath());

        Assert.Null(result.Plan);
        Assert.Contains("directory", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsPrintAsFileLineColumnWithSuggestion()
    {
        var at = new SourceLocation("a.plan.yaml", 12, 5);

        Assert.Equal("a.plan.yaml:12:5: error: Unknown field 'titel'", new PlanError(at, "Unknown field 'titel'").ToString());
        Assert.Equal("a.plan.yaml:12:5: error: Unknown field 'titel' (did you mean 'title'?)",
            new PlanError(at, "Unknown field 'titel'", "title").ToString());
    }
}
