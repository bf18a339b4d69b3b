using Spectre.Console;

namespace Throughline.Cli.Output;

/// <summary>
/// One output stream of the CLI (stdout or stderr). Text is written as is; a style adds ANSI colour only
/// when colour is on, so redirected output, NO_COLOR and tests get plain text byte for byte.
/// </summary>
/// <remarks>
/// Spectre's <see cref="AnsiWriter"/> is used rather than an <c>IAnsiConsole</c> because the console
/// wraps text at the terminal width, and a wrapped <c>file:line:col</c> line is one editors and CI can no
/// longer parse.
/// </remarks>
internal sealed class StyledWriter
{
    private readonly AnsiWriter? ansi;

    public StyledWriter(TextWriter writer, bool colour)
    {
        Writer = writer;
        if (colour)
        {
            var capabilities = AnsiCapabilities.Create(
                writer, new AnsiWriterSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Detect });
            ansi = new AnsiWriter(writer, capabilities);
        }
    }

    /// <summary>The underlying writer, for output that must never be styled (JSON, SARIF, reports).</summary>
    public TextWriter Writer { get; }

    public bool Colour => ansi is not null;

    public StyledWriter Write(string text, Style? style = null)
    {
        if (ansi is not null && style is { } s)
        {
            ansi.Write(text, s);
        }
        else
        {
            Writer.Write(text);
        }

        return this;
    }

    public StyledWriter WriteLine(string text = "", Style? style = null)
    {
        Write(text, style);
        Writer.WriteLine();
        return this;
    }

    /// <summary>Writes <c>error: message</c>, the way every CLI error starts.</summary>
    public void Error(string message)
    {
        Write("error", Palette.Error);
        WriteLine(": " + message);
    }
}
