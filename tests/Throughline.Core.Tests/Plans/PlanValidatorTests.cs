using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using static Throughline.Core.Tests.PlanBuilder;

namespace Throughline.Core.Tests.Plans;

public class PlanValidatorTests
{
    private static Plan Acme() => new()
    {
        Organization = new Organization { Name = "Acme", People = [new Person { Id = "maria", Name = "Maria" }] },
        Objectives = [new Objective { Id = "O1", Title = "Sell" }],
    };

    private static T Add<T>(ElementReadResult read, List<T> list)
        where T : PlanElement
    {
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var element = Assert.IsType<T>(read.Element);
        list.Add(element);
        return element;
    }

    [Fact]
    public void UnknownOwnerOfAGoalReadFromJsonIsReportedInTheBodyAtItsPath()
    {
        var plan = Acme();
        var read = PlanElementJson.Read(PlanItemKind.Goal, """{"id": "G1", "title": "Grow", "owner": "mario"}""");
        Add(read, plan.Goals);

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal(PlanElementJson.BodyFileName, error.Location.File);
        Assert.Equal("$.owner", read.PathOf(error.Location));
        Assert.Equal("Unknown person 'mario' in 'owner' of goal G1; fix the id, or declare it under organization.people", error.Message);
        Assert.Equal("maria", error.Suggestion);
    }

    [Fact]
    public void UnknownEntryOfAnIdListReadFromJsonIsReportedAtTheEntry()
    {
        var plan = Acme();
        var read = PlanElementJson.Read(PlanItemKind.Initiative, """{"id": "I1", "title": "Kit", "supports": ["O1", "O9"]}""");
        Add(read, plan.Initiatives);

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal("$.supports[1]", read.PathOf(error.Location));
        Assert.Equal(
            "Unknown objective or key result 'O9' in 'supports' of initiative I1; fix the id, or declare it under objectives or the key_results of an objective",
            error.Message);
        Assert.Equal("O1", error.Suggestion);
    }

    [Fact]
    public void DuplicateIdOfAnElementReadFromJsonIsReportedAtItsId()
    {
        var plan = Acme();
        var read = PlanElementJson.Read(PlanItemKind.Goal, """{"id": "O1", "title": "Grow"}""");
        Add(read, plan.Goals);

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal("$.id", read.PathOf(error.Location));
        Assert.Equal(
            "Duplicate id 'O1': the objective at plan:1:1 already has it; ids must be unique across the whole file, so rename one of them",
            error.Message);
    }

    [Fact]
    public void DuplicateIdsOfElementsBuiltInCodeAreReportedAtTheStartOfTheNamedFile()
    {
        var plan = Acme();
        plan.Initiatives.Add(new Initiative { Id = "O1", Title = "Kit" });

        var error = Assert.Single(PlanValidator.Validate(plan, "acme"));

        Assert.Equal(new SourceLocation("acme", 1, 1), error.Location);
        Assert.StartsWith("Duplicate id 'O1': the objective at acme:1:1 already has it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceFromAnElementWithoutLocationsIsReportedAsTheReaderReportsIt()
    {
        var plan = Acme();
        plan.Initiatives.Add(new Initiative { Id = "I1", Title = "Kit", Supports = ["O9"], Owner = "maria" });
        var fromFile = Assert.Single(PlanReader.Read(PlanWriter.Write(plan), "acme.plan.yaml").Errors);

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal(new SourceLocation("plan", 1, 1), error.Location);
        Assert.Equal(fromFile.Message, error.Message);
        Assert.Equal(fromFile.Suggestion, error.Suggestion);
    }

    [Fact]
    public void ObjectivesContributingToEachOtherAreALoop()
    {
        var plan = Acme();
        plan.Objectives[0].ContributesTo = [new Contribution { Id = "O2" }];
        plan.Objectives.Add(new Objective { Id = "O2", Title = "Market", ContributesTo = [new Contribution { Id = "O1" }] });

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal(new SourceLocation("plan", 1, 1), error.Location);
        Assert.Equal(
            "Objectives contribute to each other in a loop: O1 -> O2 -> O1; progress cannot flow around a loop, so remove one of these links",
            error.Message);
    }

    // As in a plan file: a loop of dependencies is the engine's finding dependency/cycle, not an error of the plan.
    [Fact]
    public void InitiativesDependingOnEachOtherAreLeftToTheEngine()
    {
        var plan = Acme();
        plan.Initiatives.Add(new Initiative { Id = "I1", Title = "Kit", Supports = ["O1"], DependsOn = ["I2"] });
        var read = PlanElementJson.Read(PlanItemKind.Initiative, """{"id": "I2", "title": "Crew", "supports": ["O1"], "depends_on": ["I1"]}""");
        Add(read, plan.Initiatives);

        Assert.Empty(PlanValidator.Validate(plan));
        Assert.Empty(PlanReader.Read(PlanWriter.Write(plan), "acme.plan.yaml").Errors);
        Assert.Contains(Analyzer.Analyze(plan, Day("2026-06-01")).Findings, finding => finding.RuleId == "dependency/cycle");
    }

    [Fact]
    public void UnknownDependencyReadFromJsonIsReportedAtTheEntry()
    {
        var plan = Acme();
        plan.Initiatives.Add(new Initiative { Id = "I1", Title = "Kit" });
        var read = PlanElementJson.Read(PlanItemKind.Initiative, """{"id": "I2", "title": "Crew", "depends_on": ["I1", "I3"]}""");
        Add(read, plan.Initiatives);

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal("$.depends_on[1]", read.PathOf(error.Location));
        Assert.Equal(
            "Unknown dependency 'I3' of initiative I2: no initiative has this id; fix the id, or declare the initiative under initiatives",
            error.Message);
    }

    [Fact]
    public void UnknownCriterionInScoresReadFromJsonIsReportedAtItsKey()
    {
        var plan = Acme();
        var read = PlanElementJson.Read(PlanItemKind.Initiative, """{"id": "I1", "title": "Kit", "scores": {"impact": 4, "urgancy": 2}}""");
        Add(read, plan.Initiatives);

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal("$.scores.urgancy", read.PathOf(error.Location));
        Assert.StartsWith("Unknown criterion 'urgancy' in 'scores' of initiative I1", error.Message, StringComparison.Ordinal);
        Assert.Equal("urgency", error.Suggestion);
    }

    [Fact]
    public void PlanReadFromAFileAndEditedIsReportedAtTheFilesLocations()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization:
              name: Acme
              people: [{ id: ana }]
            goals:
              - { id: G1, title: Grow, owner: ana }
            objectives: [{ id: O1, title: Sell }, { id: O2, title: Market }]
            initiatives:
              - { id: I1, title: Kit, supports: [O1, O2] }
            """);
        plan.Organization.People.Clear();
        plan.Objectives.RemoveAt(1);

        var errors = PlanValidator.Validate(plan);

        Assert.Equal([new SourceLocation(ReadAssert.File, 6, 35), new SourceLocation(ReadAssert.File, 9, 42)], errors.Select(error => error.Location));
        Assert.StartsWith("Unknown person 'ana' in 'owner' of goal G1", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown objective or key result 'O2' in 'supports' of initiative I1", errors[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PlanElementJsonWriteTests.ExamplePlans), MemberType = typeof(PlanElementJsonWriteTests))]
    public void ExamplePlansAreValid(string file)
    {
        var read = PlanReader.ReadFile(Path.Combine(PlanElementJsonWriteTests.RepositoryRoot(), "examples", file));
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));

        Assert.Empty(PlanValidator.Validate(read.Plan!));
    }
}
