using Throughline.Core.Generation;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Generation;

public sealed class DeterminismTests
{
    [Fact]
    public void SameOptionsGiveTheSameBytes()
    {
        using var first = new StringWriter();
        using var second = new StringWriter();
        PlanGenerator.Write(new GeneratorOptions(1_000, 42), first);
        PlanGenerator.Write(new GeneratorOptions(1_000, 42), second);

        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public void AnotherSeedGivesAnotherPlanOfTheSameSize()
    {
        var (one, oneSummary) = PlanGenerator.GenerateWithSummary(new GeneratorOptions(1_000, 42));
        var (other, otherSummary) = PlanGenerator.GenerateWithSummary(new GeneratorOptions(1_000, 43));

        Assert.NotEqual(PlanWriter.Write(one), PlanWriter.Write(other));
        Assert.Equal(oneSummary.Units, otherSummary.Units);
        Assert.Equal(oneSummary.Objectives, otherSummary.Objectives);
    }

    [Fact]
    public void TheAnalysisDateMovesTheCheckIns()
    {
        var november = PlanGenerator.Generate(new GeneratorOptions(200, 42));
        var march = PlanGenerator.Generate(new GeneratorOptions(200, 42, new DateOnly(2027, 3, 31)));

        var lastInNovember = november.Objectives.SelectMany(o => o.KeyResults).SelectMany(k => k.CheckIns).Max(c => c.Date);
        var lastInMarch = march.Objectives.SelectMany(o => o.KeyResults).SelectMany(k => k.CheckIns).Max(c => c.Date);
        Assert.Equal(GeneratorOptions.DefaultAsOf, lastInNovember);
        Assert.Equal(new DateOnly(2027, 3, 31), lastInMarch);
    }

    [Fact]
    public void TheFileSaysHowToMakeItAgain()
    {
        var lines = Generated.Text(200, 7).Split('\n');

        Assert.Equal("# A synthetic organization: throughline generate --people 200 --seed 7 --as-of 2026-11-15", lines[0]);
        Assert.StartsWith("# ", lines[1], StringComparison.Ordinal);
        Assert.Equal("throughline: 1", lines[2]);
    }

    [Theory]
    [InlineData(20, 0)]
    [InlineData(200, 7)]
    [InlineData(2_000, -3)]
    public void StreamedFileIsWhatPlanWriterWritesForTheGeneratedModel(int people, long seed)
    {
        // One source of truth: the in-memory plan and the streamed file come from the same random decisions,
        // and the streaming writer spells them exactly as PlanWriter does.
        var model = PlanGenerator.Generate(new GeneratorOptions(people, seed));

        Assert.Equal(PlanWriter.Write(model), Generated.Body(Generated.Text(people, seed)));
    }

    [Theory]
    [InlineData(GeneratorOptions.MinPeople - 1)]
    [InlineData(GeneratorOptions.MaxPeople + 1)]
    public void SizesOutsideTheRangeAreRefused(int people) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanGenerator.Generate(new GeneratorOptions(people, 1)));
}
