using System.Buffers;
using System.Text;
using System.Text.Json;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using static Throughline.Core.Tests.PlanBuilder;

namespace Throughline.Core.Tests.Plans;

public class PlanElementJsonWriteTests
{
    public static TheoryData<string> ExamplePlans => new(ExampleFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    internal static string[] ExampleFiles() => Directory.GetFiles(Path.Combine(RepositoryRoot(), "examples"), "*.plan.yaml");

    [Fact]
    public void GoalIsWrittenWithThePlanWritersKeysOrderAndOmissions()
    {
        var goal = new Goal
        {
            Id = "G1",
            Title = "Grow",
            Owner = "maria",
            Horizon = Day("2030-12-31"),
            Priority = 1,
            Weight = 2.5,
            Swot = ["S1"],
            CrossCutting = false,
            Extensions = new() { ["x-tags"] = new List<object?> { "a", 2L }, ["x-score"] = 2.0 },
        };

        Assert.Equal(
            """{"id":"G1","title":"Grow","owner":"maria","horizon":"2030-12-31","priority":1,"weight":2.5,"swot":["S1"],"cross_cutting":false,"x-tags":["a",2],"x-score":2.0}""",
            PlanElementJson.Write(PlanItemKind.Goal, goal));
    }

    [Fact]
    public void TextThatLooksLikeANumberIsWrittenAsAString()
    {
        var goal = new Goal { Id = "2026", Title = "true", Area = "12.5", Extensions = new() { ["x-code"] = "007" } };

        Assert.Equal("""{"id":"2026","title":"true","area":"12.5","x-code":"007"}""", PlanElementJson.Write(PlanItemKind.Goal, goal));
    }

    [Fact]
    public void ChildrenAreLeftOutUnlessAskedFor()
    {
        var objective = new Objective
        {
            Id = "O1",
            Title = "Sell",
            ContributesTo = [new Contribution { Id = "G1" }, new Contribution { Id = "G2", Weight = 2 }],
            KeyResults = [new KeyResult { Id = "KR1", Title = "Deals", CheckIns = [new CheckIn { Date = Day("2026-01-05"), Value = 3 }] }],
        };

        Assert.Equal("""{"id":"O1","title":"Sell","contributes_to":["G1",{"id":"G2","weight":2}]}""",
            PlanElementJson.Write(PlanItemKind.Objective, objective));
        Assert.Equal(
            """{"id":"O1","title":"Sell","contributes_to":["G1",{"id":"G2","weight":2}],"key_results":[{"id":"KR1","title":"Deals","checkins":[{"date":"2026-01-05","value":3}]}]}""",
            PlanElementJson.Write(PlanItemKind.Objective, objective, includeChildren: true));
        Assert.Equal("""{"id":"KR1","title":"Deals"}""", PlanElementJson.Write(PlanItemKind.KeyResult, objective.KeyResults[0]));
        Assert.Equal("""{"statement":"Clean"}""",
            PlanElementJson.Write(PlanItemKind.Vision, new Vision { Statement = "Clean", Success = [objective.KeyResults[0]] }));
    }

    [Fact]
    public void ElementsAreWrittenIntoTheCallersWriter()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            PlanElementJson.Write(writer, PlanItemKind.Person, new Person { Id = "ana", Name = "Ana", Level = PersonLevel.Manager });
            PlanElementJson.Write(writer, PlanItemKind.Criterion, new DecisionCriterion { Id = "impact" });
            writer.WriteEndArray();
        }

        Assert.Equal("""[{"id":"ana","name":"Ana","level":"manager"},{"id":"impact"}]""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void AnElementOfAnotherKindIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => PlanElementJson.Write(PlanItemKind.Objective, new Goal { Id = "G1" }));

        Assert.Equal("element", error.ParamName);
    }

    [Theory]
    [InlineData(PlanItemKind.Unit, """{"id":"sales","name":"Sales","parent":"acme","capacity":12.5,"max_initiatives":3,"members":["ana","bo"],"x-cost-centre":"CC-7"}""")]
    [InlineData(PlanItemKind.Person, """{"id":"ana","name":"Ana Ruiz","unit":"operations","level":"manager","manager":"maria","email":"ana@acme.example"}""")]
    [InlineData(PlanItemKind.Value, """{"name":"Customers first","description":"We decide from the bill backwards."}""")]
    [InlineData(PlanItemKind.Swot, """{"id":"T1","kind":"threat","text":"Grid operator lobbying"}""")]
    [InlineData(PlanItemKind.Vision, """{"statement":"Clean power","purpose":"Lower bills","horizon":"2032-12-31","success":[{"id":"VS1","title":"Homes","baseline":40000,"target":400000}]}""")]
    [InlineData(PlanItemKind.Goal, """{"id":"G1","title":"Caf\u00E9 \u0022Nord\u0022\n\t2","area":"finance","horizon":"2030-12-31","priority":1,"weight":0.25,"swot":["S1","T1"],"urgent":true,"cross_cutting":true,"x-meta":{"tags":["a",1,2.5,1000,true,null,{"k":"v"}],"empty":[]}}""")]
    [InlineData(PlanItemKind.Objective, """{"id":"O1","title":"Sell","description":"More","contributes_to":["G1",{"id":"G2","weight":2},{"id":"G3","x-why":"links"}],"owner":"ana","unit":"sales","start":"2026-01-01","due":"2026-12-31","priority":2,"urgent":true,"key_results":[{"id":"KR1","title":"Deals","baseline":0,"target":-1.5,"checkins":[{"date":"2026-02-01","value":-0.5}]}]}""")]
    [InlineData(PlanItemKind.KeyResult, """{"id":"KR2","title":"Uptime","baseline":99,"target":99.9,"unit":"%","direction":"maintain","range":[99.5,100],"weight":2,"cadence":"weekly","owner":"ana","metric":"uptime","checkins":[{"date":"2026-02-01","value":99.7,"confidence":0.8,"by":"ana","note":"Fine","x-source":"monitor"}]}""")]
    [InlineData(PlanItemKind.CheckIn, """{"date":"2026-02-01","value":1480,"confidence":0.7,"by":"ana","note":"New racking supplier"}""")]
    [InlineData(PlanItemKind.Initiative, """{"id":"I1","title":"Roof kit","description":"One kit","supports":["O1","KR1"],"unit":"operations","owner":"ana","start":"2026-02-01","end":"2026-06-30","effort":24,"depends_on":["I0"],"status":"active","stage":"act","priority":3,"urgent":true,"scores":{"impact":4,"cost":2}}""")]
    [InlineData(PlanItemKind.Action, """{"id":"A1","title":"Pick suppliers","initiative":"I1","supports":["KR1"],"owner":"bo","due":"2026-02-20","done":true,"effort":0.5}""")]
    [InlineData(PlanItemKind.Criterion, """{"id":"cost","name":"Cost","weight":2,"better":"lower"}""")]
    public void CanonicalJsonIsWrittenBackUnchanged(PlanItemKind kind, string json)
    {
        var element = PlanElementJsonTests.Read<PlanElement>(kind, json);

        Assert.Equal(json, PlanElementJson.Write(kind, element, includeChildren: true));
    }

    [Theory]
    [MemberData(nameof(ExamplePlans))]
    public void EveryElementOfTheExamplePlansReadsBackEqual(string file)
    {
        var read = PlanReader.ReadFile(Path.Combine(RepositoryRoot(), "examples", file));
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var plan = read.Plan!;
        var keyResults = plan.Objectives.SelectMany(objective => objective.KeyResults).Concat(plan.Vision?.Success ?? []).ToList();
        (PlanItemKind Kind, PlanElement Element)[] elements =
        [
            .. plan.Organization.Units.Select(unit => (PlanItemKind.Unit, (PlanElement)unit)),
            .. plan.Organization.People.Select(person => (PlanItemKind.Person, (PlanElement)person)),
            .. plan.Values.Select(value => (PlanItemKind.Value, (PlanElement)value)),
            .. plan.Swot.Select(item => (PlanItemKind.Swot, (PlanElement)item)),
            .. plan.Vision is null ? [] : new[] { (PlanItemKind.Vision, (PlanElement)plan.Vision) },
            .. plan.Goals.Select(goal => (PlanItemKind.Goal, (PlanElement)goal)),
            .. plan.Objectives.Select(objective => (PlanItemKind.Objective, (PlanElement)objective)),
            .. keyResults.Select(keyResult => (PlanItemKind.KeyResult, (PlanElement)keyResult)),
            .. keyResults.SelectMany(keyResult => keyResult.CheckIns).Select(checkIn => (PlanItemKind.CheckIn, (PlanElement)checkIn)),
            .. plan.Initiatives.Select(initiative => (PlanItemKind.Initiative, (PlanElement)initiative)),
            .. plan.Actions.Select(action => (PlanItemKind.Action, (PlanElement)action)),
            .. plan.Criteria.Select(criterion => (PlanItemKind.Criterion, (PlanElement)criterion)),
        ];

        foreach (var (kind, element) in elements)
        {
            var json = PlanElementJson.Write(kind, element, includeChildren: true);
            var back = PlanElementJson.Read(kind, json);
            Assert.True(back.Succeeded, $"{json}\n" + string.Join("\n", back.Errors));
            Assert.Equal(PlanComparison.ElementContent(element), PlanComparison.ElementContent(back.Element!));
        }
    }

    // Else the round trip above would skip a kind without failing.
    [Fact]
    public void TheExamplePlansTogetherHoldEveryKind()
    {
        var plans = ExampleFiles().Select(file => PlanReader.ReadFile(file).Plan!).ToList();

        Assert.Contains(plans, plan => plan.Values.Count > 0);
        Assert.Contains(plans, plan => plan.Swot.Count > 0);
        Assert.Contains(plans, plan => plan.Vision is not null);
        Assert.Contains(plans, plan => plan.Criteria.Count > 0);
        Assert.Contains(plans, plan => plan.Actions.Count > 0);
        Assert.Contains(plans, plan => plan.Organization.People.Count > 0 && plan.Organization.Units.Count > 0);
        Assert.Contains(plans, plan => plan.Goals.Count > 0 && plan.Initiatives.Count > 0);
        Assert.Contains(plans, plan => plan.Objectives.SelectMany(objective => objective.KeyResults).Any(keyResult => keyResult.CheckIns.Count > 0));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Throughline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside a checkout (no Throughline.slnx above " + AppContext.BaseDirectory + ").");
    }
}
