namespace Throughline.Core.Plans;

internal enum NodeKind : byte
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// One node of a plan file as the readers see it: a scalar, a list or a mapping, with the line and column
/// where it starts. A scalar's text can stay a slice of the characters it was read from until a reader asks
/// for it as a string, so numbers and dates are parsed without a string of their own.
/// </summary>
internal sealed class PlanNode
{
    private string? value;
    private char[]? source;
    private int offset;
    private int length;
    private List<PlanNode>? items;
    private List<KeyValuePair<PlanNode, PlanNode>>? pairs;

    public NodeKind Kind { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>A scalar written without quotes: only plain scalars can mean null, true or a number.</summary>
    public bool IsPlain { get; private set; }

    /// <summary>The scalar's text; empty for lists and mappings.</summary>
    public string Value => value ??= source is null ? "" : new string(source, offset, length);

    /// <summary>The scalar's text without making a string of it.</summary>
    public ReadOnlySpan<char> Text => value is not null ? value.AsSpan() : source.AsSpan(offset, length);

    public bool IsScalar => Kind == NodeKind.Scalar;

    public bool IsSequence => Kind == NodeKind.Sequence;

    public bool IsMapping => Kind == NodeKind.Mapping;

    /// <summary>The items of a list, in order.</summary>
    public List<PlanNode> Items => items ??= [];

    /// <summary>The keys and values of a mapping, in order.</summary>
    public List<KeyValuePair<PlanNode, PlanNode>> Pairs => pairs ??= [];

    public static PlanNode Scalar(int line, int column, string text, bool isPlain) =>
        new PlanNode().AsScalar(line, column, text, isPlain);

    public static PlanNode Collection(NodeKind kind, int line, int column) =>
        new PlanNode().AsCollection(kind, line, column);

    /// <summary>Makes this node a scalar with the given text; for nodes that are reused.</summary>
    public PlanNode AsScalar(int line, int column, string text, bool isPlain)
    {
        Start(NodeKind.Scalar, line, column);
        value = text;
        IsPlain = isPlain;
        return this;
    }

    /// <summary>Makes this node a scalar whose text is a slice of <paramref name="text"/>, read only when asked for.</summary>
    public PlanNode AsScalar(int line, int column, char[] text, int start, int count, bool isPlain)
    {
        Start(NodeKind.Scalar, line, column);
        source = text;
        offset = start;
        length = count;
        IsPlain = isPlain;
        return this;
    }

    public PlanNode AsCollection(NodeKind kind, int line, int column)
    {
        Start(kind, line, column);
        return this;
    }

    /// <summary>Gives the scalar a string of its own when its text is a slice of <paramref name="chars"/>, which is about to be reused.</summary>
    public void Detach(char[] chars)
    {
        if (source == chars)
        {
            _ = Value;
            source = null;
        }
    }

    public void Add(PlanNode item) => Items.Add(item);

    public void Add(PlanNode key, PlanNode item) => Pairs.Add(new(key, item));

    private void Start(NodeKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
        IsPlain = false;
        value = null;
        source = null;
        items?.Clear();
        pairs?.Clear();
    }
}
