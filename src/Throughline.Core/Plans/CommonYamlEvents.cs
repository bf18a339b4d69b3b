namespace Throughline.Core.Plans;

/// <summary>
/// Parses the YAML plan files are written in, line by line and fast: a top-level block mapping; block
/// mappings and lists below it; one-line flow mappings and lists (<c>{ date: 2026-01-05, value: 12.5 }</c>);
/// one-line plain and quoted scalars; comments and blank lines. Nodes are reused once the reader is done with
/// them (<see cref="YamlEvents.Release"/>), and a scalar's text stays a slice of the file until it is needed.
/// </summary>
/// <remarks>
/// It gives the same nodes, values and positions as YamlDotNet's parser. Anything else — anchors, aliases,
/// tags, block scalars, text over several lines, tabs, a second document, a duplicate key, any YAML error —
/// throws <see cref="UncommonYamlException"/>, and the file is read again with YamlDotNet's parser, which
/// reads all of YAML and words its errors.
/// </remarks>
internal sealed partial class CommonYamlEvents : YamlEvents, IDisposable
{
    // More keys than this in one mapping, and checking each new key against the others would cost too much.
    private const int MaxKeys = 64;

    private const int MaxDepth = 64;

    private readonly List<Frame> frames = [];
    private readonly NodePool pool = new();

    private Stage stage = Stage.StreamStart;
    private YamlEvent current = YamlEvent.StreamStart;
    private (int Line, int Column) position = (1, 1);
    private bool canEnter;
    private int depth;

    public CommonYamlEvents(string text)
        : this(new StringReader(text))
    {
    }

    public CommonYamlEvents(TextReader reader)
    {
        lines = new Lines(reader, pool.Detach);
    }

    private enum Stage
    {
        StreamStart,
        DocumentStart,
        Root,
        Body,
        DocumentEnd,
        StreamEnd,
    }

    // How the value of the key just read is written.
    private enum ValueKind
    {
        Inline,
        BlockMapping,
        BlockSequence,
        Empty,
    }

    public void Dispose() => lines.Dispose();

    protected override YamlEvent SourceCurrent => current;

    protected override (int Line, int Column) SourcePosition => position;

    protected override bool SourceCanEnter => canEnter;

    protected override int SourceWatermark => pool.Used;

    protected override void SourceRelease(int watermark) => pool.Release(watermark);

    protected override void SourceMoveNext()
    {
        switch (stage)
        {
            case Stage.StreamStart:
                NextContentLine();
                if (AtEnd || Indent != 0 || !IsKeyAt(LineStart))
                {
                    throw Uncommon("the file does not start with a key at the left margin");
                }

                stage = Stage.DocumentStart;
                break;
            case Stage.DocumentStart:
                stage = Stage.Root;
                break;
            case Stage.Root:
                frames.Add(new Frame(isMapping: true, indent: 0));
                stage = Stage.Body;
                break;
            case Stage.Body when current is YamlEvent.MappingEnd or YamlEvent.SequenceEnd:
                frames.RemoveAt(frames.Count - 1);
                if (frames.Count == 0)
                {
                    stage = Stage.DocumentEnd;
                }

                break;
            case Stage.Body:
                // Into the block mapping or list that is the value of the key just read.
                var parent = frames[^1];
                parent.ExpectsKey = true;
                frames.Add(new Frame(isMapping: parent.Value == ValueKind.BlockMapping, indent: Indent));
                break;
            case Stage.DocumentEnd:
                stage = Stage.StreamEnd;
                break;
            default:
                throw new InvalidOperationException("The stream has ended.");
        }

        Settle();
    }

    protected override PlanNode SourceReadNode()
    {
        PlanNode node;
        if (stage == Stage.Root)
        {
            node = ReadBlockMapping(0, LineStart);
            stage = Stage.DocumentEnd;
        }
        else if (stage != Stage.Body)
        {
            throw new InvalidOperationException($"No node starts at a {current}.");
        }
        else if (frames[^1] is { IsMapping: true, ExpectsKey: true } mapping)
        {
            node = ReadKey(mapping);
        }
        else if (frames[^1] is { IsMapping: true } owner)
        {
            node = ReadValue(owner);
        }
        else
        {
            node = ReadSequenceItem(frames[^1].Indent);
        }

        Settle();
        return node;
    }

    // The key of a mapping being streamed, and how its value is written.
    private PlanNode ReadKey(Frame mapping)
    {
        var key = KeyNode(LineStart + Indent);
        mapping.AddKey(key.Value);
        var line = LineNumber;
        var colon = pos - 1;
        SkipSpaces();
        mapping.ExpectsKey = false;
        if (pos < LineEnd && Text[pos] != '#')
        {
            mapping.Value = ValueKind.Inline;
            mapping.ValueLine = line;
            mapping.ValueStart = pos;
            return key;
        }

        mapping.ValueLine = line;
        mapping.ValueStart = colon - LineStart + 2;
        NextContentLine();
        mapping.Value = BlockValueKind(mapping.Indent);
        return key;
    }

    private PlanNode ReadValue(Frame mapping)
    {
        mapping.ExpectsKey = true;
        switch (mapping.Value)
        {
            case ValueKind.Inline:
                pos = mapping.ValueStart;
                var node = ReadInline();
                EndLine(mapping.Indent);
                return node;
            case ValueKind.BlockSequence:
                return ReadBlockSequence(Indent);
            case ValueKind.BlockMapping:
                return ReadBlockMapping(Indent, LineStart + Indent);
            default:
                return Scalar(mapping.ValueLine, mapping.ValueStart, "", isPlain: true);
        }
    }

    // The value of a key with nothing after its colon: a block mapping or list on the lines below, or empty.
    private ValueKind BlockValueKind(int mappingIndent)
    {
        if (AtEnd || Indent < mappingIndent)
        {
            return ValueKind.Empty;
        }

        if (Indent == mappingIndent)
        {
            // A list may stand at its key's own indentation.
            return DashAt(Indent) ? ValueKind.BlockSequence : ValueKind.Empty;
        }

        return DashAt(Indent) ? ValueKind.BlockSequence
            : IsKeyAt(LineStart + Indent) ? ValueKind.BlockMapping
            : throw Uncommon("a value on the line below its key");
    }

    // Works out the current event from where the parser stands.
    private void Settle()
    {
        canEnter = false;
        switch (stage)
        {
            case Stage.StreamStart:
                Set(YamlEvent.StreamStart, 1, 1);
                return;
            case Stage.DocumentStart:
                Set(YamlEvent.DocumentStart, LineNumber, 1);
                return;
            case Stage.Root:
                Set(YamlEvent.MappingStart, LineNumber, 1);
                canEnter = true;
                return;
            case Stage.DocumentEnd:
                Set(YamlEvent.DocumentEnd, LineNumber, 1);
                return;
            case Stage.StreamEnd:
                Set(YamlEvent.StreamEnd, LineNumber, 1);
                return;
        }

        var frame = frames[^1];
        if (frame.IsMapping && !frame.ExpectsKey)
        {
            SettleValue(frame);
        }
        else if (AtEnd || Indent < frame.Indent || (!frame.IsMapping && Indent == frame.Indent && !DashAt(Indent)))
        {
            Set(frame.IsMapping ? YamlEvent.MappingEnd : YamlEvent.SequenceEnd, LineNumber, Indent + 1);
        }
        else if (Indent > frame.Indent)
        {
            throw Uncommon("a line indented deeper than its mapping or list");
        }
        else if (frame.IsMapping)
        {
            if (!IsKeyAt(LineStart + Indent))
            {
                throw Uncommon("a line in a mapping that is not a key");
            }

            Set(YamlEvent.Scalar, LineNumber, Indent + 1);
        }
        else
        {
            var item = ItemStart(Indent);
            Set(IsKeyAt(item) ? YamlEvent.MappingStart : InlineEvent(item), LineNumber, item - LineStart + 1);
        }
    }

    private void SettleValue(Frame mapping)
    {
        switch (mapping.Value)
        {
            case ValueKind.Inline:
                Set(InlineEvent(mapping.ValueStart), mapping.ValueLine, mapping.ValueStart - LineStart + 1);
                break;
            case ValueKind.Empty:
                Set(YamlEvent.Scalar, mapping.ValueLine, mapping.ValueStart);
                break;
            default:
                Set(mapping.Value == ValueKind.BlockMapping ? YamlEvent.MappingStart : YamlEvent.SequenceStart, LineNumber, Indent + 1);
                canEnter = true;
                break;
        }
    }

    private YamlEvent InlineEvent(int at) => Text[at] switch
    {
        '{' => YamlEvent.MappingStart,
        '[' => YamlEvent.SequenceStart,
        _ => YamlEvent.Scalar,
    };

    private void Set(YamlEvent kind, int line, int column)
    {
        current = kind;
        position = (line, column);
    }

    // A block mapping or list the reader has stepped into, and, for a mapping, where its current value is.
    private sealed class Frame(bool isMapping, int indent)
    {
        private readonly List<string> keys = [];

        public bool IsMapping { get; } = isMapping;

        public int Indent { get; } = indent;

        public bool ExpectsKey { get; set; } = true;

        public ValueKind Value { get; set; }

        public int ValueLine { get; set; }

        // The index of an inline value in the line, or the column of an empty one.
        public int ValueStart { get; set; }

        public void AddKey(string key)
        {
            if (keys.Contains(key) || keys.Count >= MaxKeys)
            {
                throw Uncommon("a duplicate key");
            }

            keys.Add(key);
        }
    }
}

/// <summary>The text uses YAML that <see cref="CommonYamlEvents"/> leaves to YamlDotNet's parser.</summary>
internal sealed class UncommonYamlException(string what) : Exception($"Not read by the common YAML parser: {what}.");
