using Throughline.Core.Silos;

namespace Throughline.Core.Tests.Silos;

public class MeasureTitlesTests
{
    [Theory]
    [InlineData("Inventory days", "days inventory")]
    [InlineData("Days of inventory", "days inventory")]
    [InlineData("The days in our inventory (days)", "days inventory")]
    [InlineData("Installation cost/kW", "cost installation kw")]
    [InlineData("NPS", "nps")]
    public void TitleIsReducedToItsSortedMeasureWords(string title, string expected) =>
        Assert.Equal(expected, MeasureTitles.Key(title));

    [Theory]
    [InlineData("")]
    [InlineData("The — of the")]
    public void TitleWithoutMeasureWordsHasNoKey(string title) => Assert.Null(MeasureTitles.Key(title));
}
