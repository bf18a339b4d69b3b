namespace Throughline.Core.Plans;

/// <summary>Block mappings and lists read whole, line by line, and the nodes they are made of.</summary>
internal sealed partial class CommonYamlEvents
{
    private PlanNode ReadBlockMapping(int indent, int firstKey)
    {
        Deeper();
        var mapping = Collection(NodeKind.Mapping, LineNumber, firstKey - LineStart + 1);
        var keyAt = firstKey;
        while (true)
        {
            var key = KeyNode(keyAt);
            CheckNewKey(mapping, key);
            mapping.Add(key, ReadValueAfterColon(indent));
            if (AtEnd || Indent < indent)
            {
                return Shallower(mapping);
            }

            if (Indent > indent)
            {
                throw Uncommon("a line indented deeper than its mapping");
            }

            keyAt = LineStart + indent;
        }
    }

    private PlanNode ReadValueAfterColon(int mappingIndent)
    {
        var line = LineNumber;
        var column = pos - LineStart + 1;
        SkipSpaces();
        if (pos < LineEnd && Text[pos] != '#')
        {
            var value = ReadInline();
            EndLine(mappingIndent);
            return value;
        }

        NextContentLine();
        return BlockValueKind(mappingIndent) switch
        {
            ValueKind.BlockSequence => ReadBlockSequence(Indent),
            ValueKind.BlockMapping => ReadBlockMapping(Indent, LineStart + Indent),
            _ => Scalar(line, column, "", isPlain: true),
        };
    }

    private PlanNode ReadBlockSequence(int indent)
    {
        Deeper();
        var sequence = Collection(NodeKind.Sequence, LineNumber, indent + 1);
        do
        {
            sequence.Add(ReadSequenceItem(indent));
            if (AtEnd || Indent < indent)
            {
                return Shallower(sequence);
            }

            if (Indent > indent)
            {
                throw Uncommon("a line indented deeper than its list");
            }
        }
        while (DashAt(indent));

        return Shallower(sequence);
    }

    private PlanNode ReadSequenceItem(int indent)
    {
        var start = ItemStart(indent);
        if (IsKeyAt(start))
        {
            return ReadBlockMapping(start - LineStart, start);
        }

        pos = start;
        var item = ReadInline();
        EndLine(indent);
        return item;
    }

    // Where the item after "- " starts, on the line of its dash.
    private int ItemStart(int indent)
    {
        pos = LineStart + indent + 1;
        if (pos == LineEnd)
        {
            throw Uncommon("a list item on the line below its dash");
        }

        SkipSpaces();
        if (pos == LineEnd || Text[pos] == '#' || (Text[pos] == '-' && (pos + 1 == LineEnd || Text[pos + 1] == ' ')))
        {
            throw Uncommon("a list item that is empty or a list");
        }

        return pos;
    }

    // After a value on its key's line: only a comment may follow, and the next line may not continue it.
    private void EndLine(int indent)
    {
        SkipSpaces();
        if (pos < LineEnd && !(Text[pos] == '#' && Text[pos - 1] == ' '))
        {
            throw Uncommon("text after a value");
        }

        NextContentLine();
        if (!AtEnd && Indent > indent)
        {
            throw Uncommon("a value continued on the next line");
        }
    }

    private void SkipSpaces()
    {
        while (pos < LineEnd && Text[pos] == ' ')
        {
            pos++;
        }
    }

    private bool DashAt(int indent)
    {
        var at = LineStart + indent;
        return at < LineEnd && Text[at] == '-' && (at + 1 == LineEnd || Text[at + 1] == ' ');
    }

    private PlanNode Scalar(int line, int column, string value, bool isPlain) =>
        Next().AsScalar(line, column, value, isPlain);

    private PlanNode Slice(int start, int end, bool isPlain) =>
        Next().AsScalar(LineNumber, start - LineStart + 1, Text, start, end - start, isPlain);

    private PlanNode Collection(NodeKind kind, int line, int column) => Next().AsCollection(kind, line, column);

    private PlanNode Next() => pool.Next();

    // Mappings and lists are read by recursion: nested deeper than this, they are left to YamlDotNet's parser.
    private void Deeper()
    {
        if (++depth > MaxDepth)
        {
            throw Uncommon("mappings and lists nested very deep");
        }
    }

    private PlanNode Shallower(PlanNode collection)
    {
        depth--;
        return collection;
    }

    private static void CheckNewKey(PlanNode mapping, PlanNode key)
    {
        var pairs = mapping.Pairs;
        if (pairs.Count >= MaxKeys)
        {
            throw Uncommon("a mapping with very many keys");
        }

        foreach (var pair in pairs)
        {
            // Keys are strings already, the same string for the same key most of the time.
            if (string.Equals(pair.Key.Value, key.Value, StringComparison.Ordinal))
            {
                throw Uncommon("a duplicate key");
            }
        }
    }

    private static UncommonYamlException Uncommon(string what) => new(what);

    /// <summary>Nodes made once and used again, item after item.</summary>
    private sealed class NodePool
    {
        private readonly List<PlanNode> nodes = [];

        public int Used { get; private set; }

        public PlanNode Next()
        {
            if (Used == nodes.Count)
            {
                nodes.Add(new PlanNode());
            }

            return nodes[Used++];
        }

        public void Release(int watermark) => Used = Math.Min(Used, watermark);

        /// <summary>Gives the nodes in use that hold slices of <paramref name="chars"/> strings of their own.</summary>
        public void Detach(char[] chars)
        {
            for (var i = 0; i < Used; i++)
            {
                nodes[i].Detach(chars);
            }
        }
    }
}
