using Throughline.Cli.Output;

namespace Throughline.Cli.Tests;

public sealed class StyledWriterTests
{
    [Fact]
    public void PlainWriterWritesNoEscapeCodes()
    {
        using var text = new StringWriter();
        new StyledWriter(text, colour: false).Write("warning", Palette.Warning).WriteLine(" done");

        Assert.Equal("warning done" + Environment.NewLine, text.ToString());
    }

    [Fact]
    public void ColourWriterWrapsStyledTextInAnsiCodes()
    {
        using var text = new StringWriter();
        new StyledWriter(text, colour: true).Write("warning", Palette.Warning).Write(" plain");

        var output = text.ToString();
        Assert.StartsWith("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("warning", output, StringComparison.Ordinal);
        Assert.EndsWith("\u001b[0m plain", output, StringComparison.Ordinal);
    }
}
