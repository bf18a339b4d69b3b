using System.Globalization;
using System.Text;

namespace Throughline.Core.Plans;

/// <summary>Single- and double-quoted scalars, on one line.</summary>
internal sealed partial class CommonYamlEvents
{
    private PlanNode ReadSingleQuoted()
    {
        var text = Text;
        var start = pos;
        var i = start + 1;
        var chunk = i;
        StringBuilder? unescaped = null;
        while (true)
        {
            var found = text.AsSpan(i, LineEnd - i).IndexOf('\'');
            if (found < 0)
            {
                throw Uncommon("quoted text over several lines");
            }

            i += found;
            if (i + 1 < LineEnd && text[i + 1] == '\'')
            {
                unescaped ??= new StringBuilder();
                unescaped.Append(text, chunk, i + 1 - chunk);
                i += 2;
                chunk = i;
                continue;
            }

            break;
        }

        pos = i + 1;
        if (unescaped is null)
        {
            return Slice(start, start + 1, i, isPlain: false);
        }

        unescaped.Append(text, chunk, i - chunk);
        return Scalar(LineNumber, start - LineStart + 1, unescaped.ToString(), isPlain: false);
    }

    private PlanNode ReadDoubleQuoted()
    {
        var text = Text;
        var start = pos;
        var i = start + 1;
        var chunk = i;
        StringBuilder? unescaped = null;
        while (true)
        {
            var found = text.AsSpan(i, LineEnd - i).IndexOfAny('"', '\\');
            if (found < 0)
            {
                throw Uncommon("quoted text over several lines");
            }

            i += found;
            if (text[i] == '"')
            {
                break;
            }

            unescaped ??= new StringBuilder();
            unescaped.Append(text, chunk, i - chunk);
            i = Unescape(i, unescaped);
            chunk = i;
        }

        pos = i + 1;
        if (unescaped is null)
        {
            return Slice(start, start + 1, i, isPlain: false);
        }

        unescaped.Append(text, chunk, i - chunk);
        return Scalar(LineNumber, start - LineStart + 1, unescaped.ToString(), isPlain: false);
    }

    // The escape at `at` (a backslash); returns where the text after it starts.
    private int Unescape(int at, StringBuilder to)
    {
        var text = Text;
        var code = at + 1 < LineEnd ? text[at + 1] : '\n';
        switch (code)
        {
            case '\\' or '"':
                to.Append(code);
                return at + 2;
            case 'n':
                to.Append('\n');
                return at + 2;
            case 't':
                to.Append('\t');
                return at + 2;
            case 'r':
                to.Append('\r');
                return at + 2;
            case '0':
                to.Append('\0');
                return at + 2;
            case 'x' or 'u':
                var digits = code == 'x' ? 2 : 4;
                if (at + 2 + digits > LineEnd
                    || !int.TryParse(text.AsSpan(at + 2, digits), NumberStyles.AllowHexSpecifier, null, out var value)
                    || char.IsSurrogate((char)value))
                {
                    throw Uncommon("an escape this parser does not read");
                }

                to.Append((char)value);
                return at + 2 + digits;
            default:
                throw Uncommon("an escape this parser does not read");
        }
    }

    // A quoted scalar: it starts at its opening quote, its text is between the quotes.
    private PlanNode Slice(int quote, int start, int end, bool isPlain) =>
        Next().AsScalar(LineNumber, quote - LineStart + 1, Text, start, end - start, isPlain);
}
