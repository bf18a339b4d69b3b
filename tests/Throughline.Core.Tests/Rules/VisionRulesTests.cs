using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Rules;

public class VisionRulesTests
{
    private const string Vague = "vision/vague";
    private const string NoSuccessMeasure = "vision/no-success-measure";
    private const string NoHorizon = "vision/no-horizon";

    [Fact]
    public void VagueVisionWithoutNumbersOrMeasuredSuccessIsReported()
    {
        var result = new PlanBuilder()
            .Vision("Become the world-class, leading supplier and revolutionize the industry")
            .Analyze("2026-03-01");

        var finding = result.SingleBy(Vague);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(ElementKind.Vision, finding.SubjectKind);
        Assert.Equal("vision", finding.SubjectId);
        // Each buzzword once, in the order it appears.
        Assert.Equal(
            "The vision rests on 'world-class', 'leading', 'revolutionize' and names nothing that could be measured.",
            finding.Message);
    }

    [Fact]
    public void AYearAloneDoesNotMakeABuzzwordVisionMeasurable()
    {
        var result = new PlanBuilder()
            .Vision("Be the best in the world by 2030")
            .Analyze("2026-03-01");

        Assert.Equal(
            "The vision rests on 'best in the world' and names nothing that could be measured.",
            result.SingleBy(Vague).Message);
    }

    [Fact]
    public void BuzzwordVisionThatNamesAQuantityIsNotVague()
    {
        var result = new PlanBuilder()
            .Vision("Be the leading supplier to 400,000 households by 2030")
            .Analyze("2026-03-01");

        result.NoneBy(Vague);
    }

    [Fact]
    public void BuzzwordVisionWithAMeasuredSuccessMeasureIsNotVague()
    {
        var result = new PlanBuilder()
            .Vision("Become the leading supplier in the region")
            .SuccessMeasure("VS1", 40_000, 400_000)
            .Analyze("2026-03-01");

        result.NoneBy(Vague);
    }

    [Fact]
    public void SuccessMeasureWithoutTargetOrRangeDoesNotCountAsMeasured()
    {
        var result = new PlanBuilder()
            .Vision("Become the leading supplier in the region")
            .SuccessMeasure("VS1", 40_000, 0, kr => kr.Target = null)
            .Analyze("2026-03-01");

        Assert.Equal("The vision rests on 'leading' and names nothing that could be measured.", result.SingleBy(Vague).Message);
    }

    [Fact]
    public void PlainVisionWithoutBuzzwordsIsNotVague()
    {
        var result = new PlanBuilder()
            .Vision("Every household in our region can buy clean power for less than grid power")
            .Analyze("2026-03-01");

        result.NoneBy(Vague);
    }

    [Fact]
    public void VisionWithoutSuccessMeasuresIsReported()
    {
        var result = new PlanBuilder()
            .Vision("Every household in our region buys clean power")
            .Analyze("2026-03-01");

        var finding = result.SingleBy(NoSuccessMeasure);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("vision", finding.SubjectId);
        Assert.Equal("The vision has no success measures: nobody can tell whether it is getting closer.", finding.Message);
    }

    [Fact]
    public void OneSuccessMeasureIsEnough()
    {
        var result = new PlanBuilder()
            .Vision("Every household in our region buys clean power")
            .SuccessMeasure("VS1", 40_000, 400_000)
            .Analyze("2026-03-01");

        result.NoneBy(NoSuccessMeasure);
    }

    [Fact]
    public void PlanWithoutVisionHasNeitherSuccessMeasureNorHorizon()
    {
        var result = new PlanBuilder().Goal("G1").Analyze("2026-03-01");

        Assert.Equal(
            "The plan states no vision, so nothing measures where the organization is heading.",
            result.SingleBy(NoSuccessMeasure).Message);
        Assert.Equal("The plan states no vision and so no horizon.", result.SingleBy(NoHorizon).Message);
        result.NoneBy(Vague);
    }

    [Fact]
    public void VisionWithoutHorizonIsReported()
    {
        var result = new PlanBuilder()
            .Vision("Every household in our region buys clean power", horizon: null)
            .Analyze("2026-03-01");

        var finding = result.SingleBy(NoHorizon);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("vision", finding.SubjectId);
        Assert.Equal("The vision has no horizon: it says where, but not by when.", finding.Message);
    }

    [Fact]
    public void HorizonIsStillAheadOnItsOwnDay()
    {
        var result = new PlanBuilder()
            .Vision("Every household in our region buys clean power", horizon: "2030-12-31")
            .Analyze("2030-12-31");

        result.NoneBy(NoHorizon);
    }

    [Fact]
    public void HorizonHasPassedTheDayAfter()
    {
        var result = new PlanBuilder()
            .Vision("Every household in our region buys clean power", horizon: "2030-12-31")
            .Analyze("2031-01-01");

        Assert.Equal("The vision's horizon 2030-12-31 has passed.", result.SingleBy(NoHorizon).Message);
    }
}
