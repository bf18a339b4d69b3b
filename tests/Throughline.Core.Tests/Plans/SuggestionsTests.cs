using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class SuggestionsTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("contribute_to", "contributes_to")]
    [InlineData("O3", "O1")]
    [InlineData("an", "ana")]
    public void CloseNamesAreSuggested(string input, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(input, ["id", "title", "contributes_to", "O1", "ana"]));
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("x")]
    [InlineData("title")]
    public void NothingIsSuggestedForDistantOrExactNames(string input)
    {
        Assert.Null(Suggestions.Closest(input, ["id", "title", "due"]));
    }
}
