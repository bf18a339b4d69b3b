using System.Globalization;
using Throughline.Core.Plans;

namespace Throughline.Core.Generation;

/// <summary>
/// Writes plan-file YAML straight to a <see cref="TextWriter"/>, one scalar at a time, spelled as
/// <see cref="PlanWriter"/> spells it: numbers as <see cref="YamlScalars.FormatNumber"/> does, dates as
/// <c>yyyy-MM-dd</c>, strings quoted as it quotes them. Numbers and dates are formatted straight into the
/// output buffer, so writing millions of check-ins allocates nothing per value. Call <see cref="Flush"/> at the end.
/// </summary>
internal sealed class YamlOut(TextWriter writer)
{
    private const string Spaces = "                                ";

    // Text is gathered here and handed on in large pieces: a console writer flushes on every call, which would
    // make writing a large plan to standard output crawl.
    private readonly char[] buffer = new char[1 << 16];
    private int used;

    public void Write(string text) => Append(text);

    public void Write(char c)
    {
        Reserve(1);
        buffer[used++] = c;
    }

    public void Indent(int width) => Append(Spaces.AsSpan(0, width));

    public void NewLine() => Write('\n');

    public void Number(double value)
    {
        Reserve(32);
        if (!value.TryFormat(buffer.AsSpan(used), out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"Cannot format {value}.");
        }

        used += written;
    }

    public void Date(DateOnly date)
    {
        Reserve(10);
        var into = buffer.AsSpan(used, 10);
        Digits(into[..4], date.Year);
        into[4] = '-';
        Digits(into.Slice(5, 2), date.Month);
        into[7] = '-';
        Digits(into.Slice(8, 2), date.Day);
        used += 10;
    }

    /// <summary>Hands everything written so far to the underlying writer.</summary>
    public void Flush()
    {
        writer.Write(buffer, 0, used);
        used = 0;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > buffer.Length)
        {
            Flush();
            writer.Write(text);
            return;
        }

        Reserve(text.Length);
        text.CopyTo(buffer.AsSpan(used));
        used += text.Length;
    }

    private void Reserve(int length)
    {
        if (used + length > buffer.Length)
        {
            Flush();
        }
    }

    /// <summary>
    /// A string that reads back as itself, quoted as <see cref="PlanWriter"/> quotes it: double quotes for text that
    /// would read as null, a boolean or a number; plain when that is plainly safe; single quotes otherwise (as
    /// YamlDotNet chooses for, say, <c>%</c>), or double quotes with escapes for control characters.
    /// </summary>
    /// <param name="inFlow">Inside <c>[…]</c> or <c>{…}</c>, where a comma would end the value.</param>
    public void Text(string text, bool inFlow = false)
    {
        if (IsPlainSafe(text, inFlow))
        {
            Append(text);
        }
        else if (!YamlScalars.NeedsQuotes(text) && !text.Any(char.IsControl))
        {
            Write('\'');
            Append(text.Replace("'", "''", StringComparison.Ordinal));
            Write('\'');
        }
        else
        {
            DoubleQuoted(text);
        }
    }

    private void DoubleQuoted(string text)
    {
        Write('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"' or '\\':
                    Write('\\');
                    Write(c);
                    break;
                case '\n':
                    Append("\\n");
                    break;
                case < ' ':
                    Append($"\\x{(int)c:X2}");
                    break;
                default:
                    Write(c);
                    break;
            }
        }

        Write('"');
    }

    /// <summary>
    /// Deliberately narrow: a letter or digit first, then only letters, digits, spaces and <c>-.()%/;</c> (and
    /// <c>',</c> outside flow collections), and not a word YAML reads as null, a boolean or a number. Such text is
    /// plain for YamlDotNet too, so the output matches <see cref="PlanWriter"/>'s.
    /// </summary>
    internal static bool IsPlainSafe(string text, bool inFlow)
    {
        if (text.Length == 0 || !char.IsAsciiLetterOrDigit(text[0]) || text[^1] == ' ' || YamlScalars.NeedsQuotes(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            var allowed = char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '%' or '/' or ';' || (c is '\'' or ',' && !inFlow);
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
