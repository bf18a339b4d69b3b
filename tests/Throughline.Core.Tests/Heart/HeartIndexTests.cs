using Throughline.Core.Analysis;
using Throughline.Core.Heart;
using Throughline.Core.Tests.Reports.Packet;
using static Throughline.Core.Heart.HeartDimension;

namespace Throughline.Core.Tests.Heart;

/// <summary>The HEART index on the worked example of docs/heart.md, every number computed by hand there.</summary>
public class HeartIndexTests
{
    private static readonly HeartInputs Inputs = new()
    {
        Comprehension = new Dictionary<string, double> { ["sales"] = 0.9 },
        Survey =
        [
            new PulseSurveyGroup("sales", Hope, 4.0, 5),
            new PulseSurveyGroup("ops", Hope, 2.0, 4),
            new PulseSurveyGroup("sales", Accountability, 3.0, 6),
        ],
    };

    [Fact]
    public void AccountabilityIsOnTimeCheckInsAndOwnerCoverage()
    {
        var report = Compute(null);

        // Sales: KR1 on time, KR3 48 days after its check-in (monthly), KR2 done and left out: 1 of 2.
        // Owners: O1, I1, I2, A1 of O1, I1, I2, A1, A2: 4 of 5.
        var sales = report.Find("sales")![Accountability];
        Assert.Equal([0.5, 0.8], sales.Parts.Take(2).Select(p => p.Value!.Value));
        Near(0.65, sales.Own);

        // Ops: KR4 on time, KR5 never checked in: 1 of 2. Owners: O3 of O2, O3, I3 (I4 done, A3 done, I5 cancelled): 1 of 3.
        Near((0.5 + (1.0 / 3)) / 2, report.Find("ops")![Accountability].Own);

        // Acme has no key results; A4 (owned by Maria, whose home it is) is its only item.
        var acme = report.Find("acme")![Accountability];
        Assert.Null(acme.Parts[0].Value);
        Near(1, acme.Own);
    }

    [Fact]
    public void ResultsIsProgressAgainstTimeElapsed()
    {
        var report = Compute(null);

        // Half the time gone. Sales: KR1 0.4 / 0.5 = 0.8, KR2 done = 1, KR3 0.3 / 0.5 = 0.6: mean 0.8.
        Near(0.8, report.Find("sales")![Results].Own);

        // Ops: KR4 (weight 3) 0.6 / 0.5 capped at 1, KR5 0: (3 × 1 + 0) / 4.
        Near(0.75, report.Find("ops")![Results].Own);
        Assert.Null(report.Find("acme")![Results].Own);
    }

    [Fact]
    public void EmpowermentIsTheShareOfWorkOwnedBelowTheExecutiveLevel()
    {
        var report = Compute(null);

        // Sales: I1 (Ana, manager), A1 (Bo, frontline) below; I2 (Maria, executive) not; A2 has no owner: 2 of 3.
        Near(2.0 / 3, report.Find("sales")![Empowerment].Own);

        // Ops: I4 (Cy, by his home unit) and A3 (Eve, done work still counts); I3 unowned, I5 and A5 cancelled.
        Near(1, report.Find("ops")![Empowerment].Own);
        Near(0, report.Find("acme")![Empowerment].Own);
    }

    [Fact]
    public void HopeAndTrustAreUnknownWithoutInputs()
    {
        var sales = Compute(null).Find("sales")!;

        Assert.Null(sales[Hope].Own);
        Assert.Null(sales[Hope].Rolled);
        Assert.Null(sales[Trust].Own);
        Assert.Equal("not measured", sales[Trust].Parts[0].Detail);
    }

    [Fact]
    public void SurveyOfFiveIsBlendedWithBehaviourAndComprehensionIsTrust()
    {
        var sales = Compute(Inputs).Find("sales")!;

        Near(0.75, sales[Hope].Own);
        Near((0.65 + 0.5) / 2, sales[Accountability].Own);
        Near(0.9, sales[Trust].Own);
        Assert.Equal("average 4 of 5 from 5 respondents", sales[Hope].Parts.Single(p => p.Name == "pulse survey").Detail);
    }

    [Fact]
    public void TrustIsTheMeanOfComprehensionAndAcknowledgedShare()
    {
        // Sales: understood 0.9 and acknowledged 0.6, no Trust survey: (0.9 + 0.6) / 2 = 0.75.
        var sales = Compute(Inputs with { Acknowledged = new Dictionary<string, double> { ["sales"] = 0.6 } }).Find("sales")!;

        Near(0.75, sales[Trust].Own);
        Assert.Equal(
            [("message comprehension", 0.9), ("messages acknowledged", 0.6)],
            sales[Trust].Parts.Where(p => p.Value is not null).Select(p => (p.Name, p.Value!.Value)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(Inputs with { Acknowledged = new Dictionary<string, double> { ["sales"] = -0.1 } }));
    }

    [Fact]
    public void SurveyOfFourIsIgnoredAndNotShown()
    {
        var ops = Compute(Inputs).Find("ops")!;

        Assert.Null(ops[Hope].Own);
        var part = Assert.Single(ops[Hope].Parts);
        Assert.Null(part.Value);
        Assert.Equal("withheld: fewer than 5 respondents", part.Detail);
        Assert.DoesNotContain(ops.Dimensions.SelectMany(d => d.Parts), p => p.Detail.Contains("average", StringComparison.Ordinal));
    }

    [Fact]
    public void SurveyOfFiveIsUsed()
    {
        var inputs = Inputs with { Survey = [new PulseSurveyGroup("ops", Hope, 2.0, 5)] };

        Near(0.25, Compute(inputs).Find("ops")![Hope].Own);
    }

    [Fact]
    public void UnitsRollUpWeightedByPeople()
    {
        var report = Compute(Inputs);
        var acme = report.Find("acme")!;

        // Acme 1 person, sales 2, ops 3; a unit whose value is unknown drops out with its weight.
        Near(0.75, acme[Hope].Rolled);
        Near(((1 * 0) + (2 * (2.0 / 3)) + (3 * 1)) / 6, acme[Empowerment].Rolled);
        Near(((1 * 1) + (2 * 0.575) + (3 * 0.41666666666666667)) / 6, acme[Accountability].Rolled);
        Near(((2 * 0.8) + (3 * 0.75)) / 5, acme[Results].Rolled);
        Near(0.9, acme[Trust].Rolled);
        Near((0.75 + 0.7222222222222222 + 0.5666666666666667 + 0.77 + 0.9) / 5, acme.Index);
        Assert.Equal((1, 2, 3), (acme.People, report.Find("sales")!.People, report.Find("ops")!.People));

        // A leaf's rolled value is its own.
        var ops = report.Find("ops")!;
        Assert.All(ops.Dimensions, d =>
        {
            Assert.Equal(d.Own is null, d.Rolled is null);
            if (d.Own is { } own)
            {
                Near(own, d.Rolled);
            }
        });
        Near((1 + 0.41666666666666667 + 0.75) / 3, ops.Index);
    }

    [Fact]
    public void InputsOutOfRangeAreRejected()
    {
        var result = HeartPlan.Build().Analyze(HeartPlan.AsOf);

        Assert.Throws<ArgumentOutOfRangeException>(() => HeartIndex.Compute(result, new HeartInputs { Survey = [new("ops", Hope, 5.5, 9)] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeartIndex.Compute(result, new HeartInputs { Comprehension = new Dictionary<string, double> { ["ops"] = 1.2 } }));
        Assert.Throws<ArgumentException>(() => HeartIndex.Compute(result, new HeartInputs { Survey = [new("ops", Hope, 3, 9), new("ops", Hope, 4, 9)] }));
    }

    [Fact]
    public void EnterpriseExampleGivesEveryUnitSharesOrUnknowns()
    {
        var plan = EnterprisePlan.Read();
        var report = HeartIndex.Compute(Analyzer.Analyze(plan, PlanBuilder.Day("2026-11-15")));

        Assert.Equal(plan.Organization.Units.Select(u => u.Id), report.Units.Select(u => u.UnitId));
        var values = report.Units.SelectMany(u => u.Dimensions).SelectMany(d => new[] { d.Own, d.Rolled }).OfType<double>();
        Assert.All(values, v => Assert.InRange(v, 0, 1));
        Assert.All(report.Units, u => Assert.Null(u[Hope].Rolled));
        Assert.NotNull(report.Units[0].Index);
    }

    internal static void Near(double expected, double? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected, actual.Value, 9);
    }

    private static HeartReport Compute(HeartInputs? inputs) => HeartIndex.Compute(HeartPlan.Build().Analyze(HeartPlan.AsOf), inputs);
}
