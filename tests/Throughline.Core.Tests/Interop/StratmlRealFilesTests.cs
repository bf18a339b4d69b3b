using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Throughline.Core.Interop;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Interop;

/// <summary>
/// The two real plans in shared/data/stratml. Expected counts were established by reading the XML: every
/// &lt;Goal&gt; and &lt;Objective&gt; start tag counted (grep -c '&lt;Goal&gt;', grep -o '&lt;Objective&gt;' | wc -l, and
/// an XPath count of .//Goal and .//Objective, which agree); neither file has a &lt;PerformanceIndicator&gt;.
/// </summary>
public sealed class StratmlRealFilesTests
{
    private static ImportResult Import(string name) =>
        StratmlReader.Read(File.ReadAllText(SharedData.Stratml(name)), name);

    [Fact]
    public void PresidentialMemorandumImportsItsGoalAndFiveObjectives()
    {
        var result = Import("PMOAI.xml");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var plan = result.Plan!;
        Assert.Equal("Donald J. Trump", plan.Organization.Name);
        Assert.StartsWith("... America is ready", plan.Vision!.Statement, StringComparison.Ordinal);
        Assert.StartsWith("To implement policies", plan.Vision.Purpose, StringComparison.Ordinal);
        Assert.Equal(6, plan.Values.Count);
        var goal = Assert.Single(plan.Goals);
        Assert.Equal(("G1", "Establishment"), (goal.Id, goal.Title));

        // Sequence indicators 1-4 under goal G1; the first objective has none and takes the next free number.
        Assert.Equal(["O1.5", "O1.1", "O1.2", "O1.3", "O1.4"], plan.Objectives.Select(o => o.Id));
        Assert.Equal(["Responsibilities", "Initiatives", "Plans", "Reports", "Information, Ideas & Experiences"], plan.Objectives.Select(o => o.Title));
        Assert.All(plan.Objectives, o => Assert.Equal("G1", Assert.Single(o.ContributesTo).Id));
        Assert.Empty(plan.Objectives.SelectMany(o => o.KeyResults));

        // 14 stakeholders of type Person, all on the goal, none a performer.
        Assert.Equal(14, plan.Organization.People.Count);
        Assert.Null(goal.Owner);
        Assert.Equal(new DateOnly(2017, 3, 27), plan.Objectives[0].Start);
        Assert.Equal(
            [
                "PMOAI.xml:2:2322: note: no sequence indicator; id G1 made from its position",
                "PMOAI.xml:2:9298: note: no sequence indicator; id O1.5 made from its position",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void HiltonHeadPlanImportsFortyOneGoalsAndTheObjectivesThatSaySomething()
    {
        var result = Import("HHIOP20200304.xml");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var plan = result.Plan!;
        Assert.Equal("Town of Hilton Head Island", plan.Organization.Name);
        Assert.Equal(41, plan.Goals.Count);

        // 386 <Objective> elements; the one at line 132 has no name, description or indicator and is skipped.
        Assert.Equal(385, plan.Objectives.Count);
        Assert.Contains(result.Diagnostics, d => d.ToString() == "HHIOP20200304.xml:132:5: warning: an <Objective> with no name, description or indicators; skipped");
        Assert.Equal(23, plan.Values.Count);
        Assert.Equal("EX1", plan.Goals[1].Id);
        Assert.Equal("EX1.1", plan.Objectives[0].Id);
        Assert.Equal(new DateOnly(2040, 12, 31), plan.Vision!.Horizon);
        Assert.All(plan.Objectives, o => Assert.Equal(new DateOnly(2040, 12, 31), o.Due));
        Assert.Empty(PlanReader.Read(PlanWriter.Write(plan), "HHIOP.plan.yaml").Errors);
    }

    [Theory]
    [InlineData("PMOAI.xml", 1, 5)]
    [InlineData("HHIOP20200304.xml", 41, 385)]
    public void ExportValidatesAndImportsBackWithEveryGoalAndObjective(string name, int goals, int objectives)
    {
        var first = Import(name).Plan!;

        var xml = StratmlWriter.Write(first);
        StratmlSchema.AssertValid(xml);
        var second = StratmlReader.Read(xml, "exported.xml");

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        var again = second.Plan!;
        Assert.Equal((goals, objectives), (again.Goals.Count, again.Objectives.Count));
        Assert.Equal(first.Goals.Select(g => (g.Id, g.Title)), again.Goals.Select(g => (g.Id, g.Title)));
        Assert.Equal(first.Objectives.Select(o => (o.Id, o.Title, o.ContributesTo[0].Id)), again.Objectives.Select(o => (o.Id, o.Title, o.ContributesTo[0].Id)));
        Assert.Equal(first.Values.Select(v => v.Name), again.Values.Select(v => v.Name));
        Assert.Equal(first.Vision!.Statement, again.Vision!.Statement);
    }
}
