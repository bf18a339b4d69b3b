using System.Buffers;

namespace Throughline.Core.Plans;

/// <summary>Lines, keys and the scalars and flow collections written on one line.</summary>
internal sealed partial class CommonYamlEvents
{
    // Characters that may not start a plain scalar.
    private const string Indicators = ",[]{}#&*!|>'\"%@`?:";

    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./");

    private static readonly SearchValues<char> IndicatorCharacters = SearchValues.Create(Indicators);

    private static readonly SearchValues<char> BlockStops = SearchValues.Create(":#");
    private static readonly SearchValues<char> FlowStops = SearchValues.Create(":#,[]{}");

    // Keys are the fields of plan elements, over and over: one string each.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownKeys =
        PlanFieldNames.All.Distinct().ToDictionary(name => name, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Lines lines;
    private readonly string?[] recentKeys = new string?[32];

    // Where the parser stands within the current line.
    private int pos;

    private char[] Text => lines.Text;

    private int LineStart => lines.Start;

    private int LineEnd => lines.End;

    private int LineNumber => lines.Number;

    private int Indent => lines.Indent;

    private bool AtEnd => lines.AtEnd;

    /// <summary>Moves to the next line that holds more than spaces or a comment.</summary>
    private void NextContentLine()
    {
        while (lines.MoveNext())
        {
            var first = LineStart + Indent;
            if (first < LineEnd && Text[first] != '#')
            {
                return;
            }
        }
    }

    private bool IsKeyAt(int at) => KeyEnd(at) >= 0;

    // The colon after a key that starts at `at` (a plain word followed by ": " or a colon at the end of the line), or -1.
    private int KeyEnd(int at)
    {
        var text = Text;
        if (at >= LineEnd || !(char.IsAsciiLetterOrDigit(text[at]) || text[at] == '_'))
        {
            return -1;
        }

        var length = text.AsSpan(at + 1, LineEnd - at - 1).IndexOfAnyExcept(KeyCharacters);
        var i = length < 0 ? LineEnd : at + 1 + length;
        return i < LineEnd && text[i] == ':' && (i + 1 == LineEnd || text[i + 1] == ' ') ? i : -1;
    }

    private PlanNode KeyNode(int at)
    {
        var colon = KeyEnd(at);
        if (colon < 0)
        {
            throw Uncommon("a key that is not a plain word");
        }

        pos = colon + 1;
        return Scalar(LineNumber, at - LineStart + 1, KeyText(at, colon), isPlain: true);
    }

    private string KeyText(int start, int end)
    {
        // The same few keys come again and again; the last one seen of each length and first letter is kept.
        var span = Text.AsSpan(start, end - start);
        var slot = ((span.Length * 31) + span[0]) & (recentKeys.Length - 1);
        if (recentKeys[slot] is { } recent && span.SequenceEqual(recent))
        {
            return recent;
        }

        var key = KnownKeys.TryGetValue(span, out var known) ? known : span.ToString();
        recentKeys[slot] = key;
        return key;
    }

    /// <summary>A value written on its key's line, or after a list item's dash.</summary>
    private PlanNode ReadInline() => Text[pos] switch
    {
        '{' => ReadFlowMapping(),
        '[' => ReadFlowSequence(),
        '\'' => ReadSingleQuoted(),
        '"' => ReadDoubleQuoted(),
        _ => ReadPlain(flow: false),
    };

    private PlanNode ReadFlowValue()
    {
        if (pos == LineEnd)
        {
            throw Uncommon("a flow collection over several lines");
        }

        return Text[pos] switch
        {
            '{' => ReadFlowMapping(),
            '[' => ReadFlowSequence(),
            '\'' => ReadSingleQuoted(),
            '"' => ReadDoubleQuoted(),
            _ => ReadPlain(flow: true),
        };
    }

    private PlanNode ReadPlain(bool flow)
    {
        var text = Text;
        var start = pos;
        var first = text[start];
        var second = start + 1 < LineEnd ? text[start + 1] : ' ';
        if (IndicatorCharacters.Contains(first)
            || (first == '-' && (second == ' ' || (flow && FlowStops.Contains(second))))
            || (first is '-' or '.' && (text.AsSpan(start, LineEnd - start).StartsWith("---") || text.AsSpan(start, LineEnd - start).StartsWith("..."))))
        {
            throw Uncommon("a value that starts with a YAML indicator");
        }

        var i = start;
        while (true)
        {
            var found = text.AsSpan(i, LineEnd - i).IndexOfAny(flow ? FlowStops : BlockStops);
            if (found < 0)
            {
                if (flow)
                {
                    throw Uncommon("a flow collection over several lines");
                }

                i = LineEnd;
                break;
            }

            i += found;
            var stop = text[i];
            if (stop == '#')
            {
                if (text[i - 1] == ' ')
                {
                    break;
                }

                i++;
            }
            else if (stop == ':')
            {
                if (flow || i + 1 == LineEnd || text[i + 1] == ' ')
                {
                    throw Uncommon("a colon in a value");
                }

                i++;
            }
            else if (stop is '[' or '{')
            {
                throw Uncommon("a bracket in a flow value");
            }
            else
            {
                break;
            }
        }

        var end = i;
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        pos = i;
        return Slice(start, end, isPlain: true);
    }

    private PlanNode ReadFlowMapping()
    {
        Deeper();
        var mapping = Collection(NodeKind.Mapping, LineNumber, pos - LineStart + 1);
        pos++;
        SkipSpaces();
        if (pos < LineEnd && Text[pos] == '}')
        {
            pos++;
            return Shallower(mapping);
        }

        do
        {
            var colon = KeyEnd(pos);
            if (colon < 0 || colon + 1 == LineEnd)
            {
                throw Uncommon("a flow mapping key that is not a plain word followed by ': '");
            }

            var key = Scalar(LineNumber, pos - LineStart + 1, KeyText(pos, colon), isPlain: true);
            CheckNewKey(mapping, key);
            pos = colon + 1;
            SkipSpaces();
            mapping.Add(key, ReadFlowValue());
        }
        while (!FlowEntryEnds('}'));

        return Shallower(mapping);
    }

    private PlanNode ReadFlowSequence()
    {
        Deeper();
        var sequence = Collection(NodeKind.Sequence, LineNumber, pos - LineStart + 1);
        pos++;
        SkipSpaces();
        if (pos < LineEnd && Text[pos] == ']')
        {
            pos++;
            return Shallower(sequence);
        }

        do
        {
            sequence.Add(ReadFlowValue());
        }
        while (!FlowEntryEnds(']'));

        return Shallower(sequence);
    }

    // After an entry of a flow collection: true at its closing bracket, false at a comma before the next entry.
    private bool FlowEntryEnds(char close)
    {
        SkipSpaces();
        if (pos < LineEnd && Text[pos] == close)
        {
            pos++;
            return true;
        }

        if (pos == LineEnd || Text[pos] != ',')
        {
            throw Uncommon("a flow collection with something other than a comma between entries");
        }

        pos++;
        SkipSpaces();
        if (pos == LineEnd || Text[pos] is ',' or ']' or '}')
        {
            throw Uncommon("an empty entry in a flow collection");
        }

        return false;
    }
}
