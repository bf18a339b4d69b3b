using Throughline.Cli.Starter;
using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Cli.Tests;

/// <summary>The starter plan of <c>throughline init</c>: always clean on the day it is written, and complete.</summary>
public sealed class StarterPlanTests
{
    private static Plan Read(DateOnly today, string organization = "Starter Test")
    {
        var read = PlanReader.Read(StarterPlan.Generate(organization, today, "starter.plan.yaml"), "starter.plan.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        return read.Plan!;
    }

    [Fact]
    public void HasNoFindingOnAnyDayOfTwoYears()
    {
        // Every day of an ordinary year and a leap year: quarter starts and ends, the first days after a
        // quarter starts (one check-in only), the last ones (key results done) and 29 February.
        var failures = new List<string>();
        for (var day = new DateOnly(2027, 1, 1); day <= new DateOnly(2028, 12, 31); day = day.AddDays(1))
        {
            var findings = Analyzer.Analyze(Read(day), day).Findings;
            failures.AddRange(findings.Select(f => $"{day:yyyy-MM-dd}: {f.RuleId} {f.SubjectId}: {f.Message}"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void IsDatedInTheQuarterItIsWrittenInAndTheYearAhead()
    {
        var plan = Read(new DateOnly(2027, 5, 20));

        // The year's objective runs twelve months from the start of the quarter, so that next quarter's
        // initiative fits inside it whenever the starter is written.
        Assert.Equal("Grow weekly active businesses from 800 to 1,500 by March 2028", plan.Objectives[0].Title);
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2028, 3, 31)), (plan.Objectives[0].Start, plan.Objectives[0].Due));
        Assert.Equal("Cut the time to a first plan from 14 to 3 days in Q2 2027", plan.Objectives[1].Title);
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2027, 6, 30)), (plan.Objectives[1].Start, plan.Objectives[1].Due));
        Assert.Equal(new DateOnly(2032, 12, 31), plan.Vision!.Horizon);
    }

    [Fact]
    public void CheckInsEndTodayOneCadenceApartWithinTheObjectivesPeriod()
    {
        // 2027-04-20: KR2 is biweekly and its quarter started 19 days ago, so 04-06 and 04-20 only (03-23 is before it).
        var plan = Read(new DateOnly(2027, 4, 20));
        var kr2 = plan.Objectives[1].KeyResults[0];

        Assert.Equal(
            [new DateOnly(2027, 4, 6), new DateOnly(2027, 4, 20)],
            kr2.CheckIns.Select(c => c.Date));

        // The line reaches 3 days at 95% of the quarter's 90 days (day 85); on 04-06 (day 5) it is at
        // 14 − 11 × 5/85 = 13.35 → 13.3 and on 04-20 (day 19) at 14 − 11 × 19/85 = 11.54 → 11.5 (rounded toward 3).
        Assert.Equal([13.3, 11.5], kr2.CheckIns.Select(c => c.Value));
        Assert.Equal([0.75, 0.8], kr2.CheckIns.Select(c => c.Confidence ?? double.NaN));
    }

    [Fact]
    public void OnTheFirstDayOfTheYearEachObjectiveKeyResultHasOneCheckInAtItsBaseline()
    {
        // The year and the first quarter start today: one check-in each, where the line starts.
        var plan = Read(new DateOnly(2027, 1, 1));
        var keyResults = plan.Objectives.SelectMany(o => o.KeyResults).ToList();

        Assert.All(keyResults, kr => Assert.Equal(new DateOnly(2027, 1, 1), Assert.Single(kr.CheckIns).Date));
        Assert.Equal([800.0, 14.0, 96.0], keyResults.Select(kr => kr.CheckIns[0].Value));
        Assert.Equal([800.0, 14.0], keyResults.Where(kr => kr.Baseline is not null).Select(kr => kr.Baseline!.Value));
    }

    [Fact]
    public void CheckInValuesStayBetweenBaselineAndTargetOrInsideTheRange()
    {
        var plan = Read(new DateOnly(2027, 11, 30));
        var keyResults = plan.Vision!.Success.Concat(plan.Objectives.SelectMany(o => o.KeyResults)).ToList();

        Assert.Equal(5, keyResults.Count);
        foreach (var kr in keyResults)
        {
            var (low, high) = kr.Range is { } range
                ? (range.Low, range.High)
                : (Math.Min(kr.Baseline!.Value, kr.Target!.Value), Math.Max(kr.Baseline!.Value, kr.Target!.Value));
            Assert.All(kr.CheckIns, c => Assert.InRange(c.Value, low, high));
            Assert.NotEmpty(kr.CheckIns);
        }
    }

    [Fact]
    public void ShowsEveryPartOfTheFormat()
    {
        var plan = Read(new DateOnly(2027, 8, 10));
        var organization = plan.Organization;

        Assert.Contains(organization.Units, u => u.Parent is not null && u.Capacity is not null && u.MaxInitiatives is not null);
        Assert.Equal(
            Enum.GetValues<PersonLevel>(),
            organization.People.Select(p => p.Level!.Value).Distinct().Order());
        Assert.Contains(organization.People, p => p.Manager is not null);
        Assert.Contains(organization.People, p => p.Email is not null);

        var vision = plan.Vision!;
        Assert.NotNull(vision.Purpose);
        Assert.NotNull(vision.Horizon);
        Assert.NotEmpty(vision.Success);
        Assert.NotEmpty(plan.Values);
        Assert.Equal(Enum.GetValues<SwotKind>(), plan.Swot.Select(s => s.Kind).Distinct().Order());

        Assert.Contains(plan.Goals, g => g.Area is not null && g.Priority is not null && g.Weight is not null
            && g.Horizon is not null && g.Swot.Count > 0 && g.Description is not null);
        Assert.Contains(plan.Goals, g => g.Extensions?.ContainsKey("x-tracker") == true);

        Assert.Contains(plan.Objectives, o => o.ContributesTo.Any(c => c.Weight is not null));
        Assert.Contains(plan.Objectives, o => o.ContributesTo.Any(c => plan.Objectives.Any(p => p.Id == c.Id)));
        var keyResults = plan.Objectives.SelectMany(o => o.KeyResults).Concat(vision.Success).ToList();
        Assert.Equal(Enum.GetValues<Direction>(), keyResults.Where(k => k.Direction is not null).Select(k => k.Direction!.Value).Distinct().Order());
        Assert.Contains(keyResults, k => k.Range is not null);
        Assert.Equal(Enum.GetValues<Cadence>(), keyResults.Select(k => k.Cadence!.Value).Distinct().Order());
        Assert.Contains(keyResults, k => k.Weight is not null && k.Owner is not null);
        Assert.Contains(keyResults.SelectMany(k => k.CheckIns), c => c.Confidence is not null && c.By is not null && c.Note is not null);

        Assert.Contains(plan.Initiatives, i => i.DependsOn.Count > 0 && i.Effort is not null && i.Stage is not null && i.Description is not null);
        Assert.True(plan.Initiatives.Select(i => i.Status).Distinct().Count() >= 3);
        Assert.Contains(plan.Actions, a => a.Initiative is not null && a.Done);
        Assert.Contains(plan.Actions, a => a.Supports.Count > 0 && a.Initiative is null);
        Assert.Contains(plan.Actions, a => a.Effort is not null);

        Assert.Contains(plan.Rules, r => r.Severity is not null);
        Assert.Contains(plan.Rules, r => r.Parameters.Count > 0);
    }

    [Theory]
    [InlineData("Acme Energy")]
    [InlineData("Acme: Energy #1")]
    [InlineData("Yes")]
    [InlineData("2030")]
    [InlineData("Café \"Nord\" \\ Süd")]
    [InlineData("O'Brien & Sons (Europe)")]
    public void OrganizationNameReadsBackExactly(string name)
    {
        var plan = Read(new DateOnly(2027, 8, 10), name);

        Assert.Equal(name, plan.Organization.Name);
        Assert.Equal(name, plan.Organization.Units[0].Name);
    }

    [Theory]
    [InlineData("Acme Energy", "acme-energy.plan.yaml")]
    [InlineData("  ACME -- Energy, Inc. ", "acme-energy-inc.plan.yaml")]
    [InlineData("Team 42", "team-42.plan.yaml")]
    [InlineData("!!!", "organization.plan.yaml")]
    public void FileNameIsTheSluggedName(string name, string expected) =>
        Assert.Equal(expected, StarterPlan.FileNameFor(name));

    [Fact]
    public void HeaderSaysWhenAndHowToCheck()
    {
        var text = StarterPlan.Generate("X", new DateOnly(2027, 8, 10), "x.plan.yaml");

        Assert.Contains("# Written by `throughline init` on 2027-08-10.", text, StringComparison.Ordinal);
        Assert.Contains("`throughline check x.plan.yaml`", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTemplateSectionIsCommented()
    {
        var text = StarterPlan.Generate("X", new DateOnly(2027, 8, 10), "x.plan.yaml");
        var sections = text.Split('\n').Where(line => line.Length > 0 && char.IsAsciiLetterLower(line[0])).ToList();

        Assert.Equal(
            ["throughline", "organization", "vision", "values", "swot", "goals", "objectives", "initiatives", "actions", "rules"],
            sections.Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)]));
        Assert.All(sections, line => Assert.Contains(" # ", line, StringComparison.Ordinal));
    }
}
