namespace Throughline.Core.Plans;

internal enum YamlEvent : byte
{
    StreamStart,
    DocumentStart,
    MappingStart,
    SequenceStart,
    Scalar,
    Alias,
    MappingEnd,
    SequenceEnd,
    DocumentEnd,
    StreamEnd,
}

/// <summary>
/// A YAML stream read front to back. The reader of a plan steps into the top mapping, the organization and
/// each long list (<see cref="Enter"/>), and reads every other node whole (<see cref="ReadNode"/>): one
/// objective with its key results and check-ins, one action, and so on. So the file is never held as one tree.
/// </summary>
/// <remarks>
/// A source steps into the collections it streams itself; any other collection is read whole and then
/// walked from memory, so that callers can step into every mapping and list the same way.
/// </remarks>
internal abstract class YamlEvents
{
    private readonly Stack<Walk> walks = new();

    public YamlEvent Current => walks.TryPeek(out var walk) ? walk.Current : SourceCurrent;

    /// <summary>Where the current event starts, as YAML counts lines and columns (from 1).</summary>
    public (int Line, int Column) Position => walks.TryPeek(out var walk) ? walk.Position : SourcePosition;

    public bool AtCollectionEnd => Current is YamlEvent.MappingEnd or YamlEvent.SequenceEnd;

    /// <summary>How many nodes are in use; <see cref="Release"/> frees the ones made after this.</summary>
    public int Watermark => walks.Count > 0 ? int.MaxValue : SourceWatermark;

    protected abstract YamlEvent SourceCurrent { get; }

    protected abstract (int Line, int Column) SourcePosition { get; }

    /// <summary>Whether the source streams the collection at the current event itself.</summary>
    protected abstract bool SourceCanEnter { get; }

    protected virtual int SourceWatermark => 0;

    /// <summary>Moves past the current event (a stream or document marker, the end of a collection, or into one).</summary>
    protected abstract void SourceMoveNext();

    /// <summary>Reads the whole node at the current event and moves past it.</summary>
    protected abstract PlanNode SourceReadNode();

    /// <summary>Frees the nodes made since <paramref name="watermark"/>, for a source that reuses them.</summary>
    protected virtual void SourceRelease(int watermark)
    {
    }

    /// <summary>Moves past a stream or document marker.</summary>
    public void Skip()
    {
        if (walks.Count > 0)
        {
            throw new InvalidOperationException("Stream and document markers are not part of a node.");
        }

        SourceMoveNext();
    }

    /// <summary>Steps into the mapping or list at the current event; its entries follow, then its end.</summary>
    public void Enter()
    {
        if (Current is not (YamlEvent.MappingStart or YamlEvent.SequenceStart))
        {
            throw new InvalidOperationException($"Cannot step into a {Current}.");
        }

        if (walks.TryPeek(out var walk))
        {
            walks.Push(new Walk(walk.Take()));
        }
        else if (SourceCanEnter)
        {
            SourceMoveNext();
        }
        else
        {
            walks.Push(new Walk(SourceReadNode()));
        }
    }

    /// <summary>Steps out of the mapping or list whose end is the current event.</summary>
    public void Exit()
    {
        if (!AtCollectionEnd)
        {
            throw new InvalidOperationException($"Cannot step out at a {Current}.");
        }

        if (walks.Count > 0)
        {
            walks.Pop();
        }
        else
        {
            SourceMoveNext();
        }
    }

    /// <summary>
    /// Steps into the list at the current event and gives its items, one whole node at a time; an item's nodes
    /// may be used again for later items once the next one is asked for. Steps out at the end.
    /// </summary>
    public IEnumerable<PlanNode> Items()
    {
        Enter();
        var watermark = Watermark;
        while (!AtCollectionEnd)
        {
            yield return ReadNode();
            Release(watermark);
        }

        Exit();
    }

    /// <summary>Reads the whole node at the current event and moves past it.</summary>
    public PlanNode ReadNode() => walks.TryPeek(out var walk) ? walk.Take() : SourceReadNode();

    /// <summary>Reads the next key of a mapping that was stepped into.</summary>
    public PlanNode ReadKey()
    {
        if (walks.Count == 0 && SourceCurrent != YamlEvent.Scalar)
        {
            SourceComplexKey();
        }

        return ReadNode();
    }

    /// <summary>Called before a key that is not a scalar is read from a mapping the source streams.</summary>
    protected virtual void SourceComplexKey()
    {
    }

    /// <summary>Frees the nodes read since <paramref name="watermark"/>: the caller holds none of them any more.</summary>
    public void Release(int watermark)
    {
        if (walks.Count == 0)
        {
            SourceRelease(watermark);
        }
    }

    // A mapping or list held in memory, walked entry by entry: a mapping's keys and values alternate.
    private sealed class Walk(PlanNode node)
    {
        private int next;

        private int Count => node.IsSequence ? node.Items.Count : 2 * node.Pairs.Count;

        private PlanNode? Next => next >= Count ? null
            : node.IsSequence ? node.Items[next]
            : next % 2 == 0 ? node.Pairs[next / 2].Key : node.Pairs[next / 2].Value;

        public YamlEvent Current => Next is { } entry ? StartOf(entry) : node.IsSequence ? YamlEvent.SequenceEnd : YamlEvent.MappingEnd;

        public (int Line, int Column) Position => Next is { } entry ? (entry.Line, entry.Column) : (node.Line, node.Column);

        public PlanNode Take() => Next is { } entry ? Advance(entry) : throw new InvalidOperationException("No node here.");

        private PlanNode Advance(PlanNode entry)
        {
            next++;
            return entry;
        }
    }

    public static YamlEvent StartOf(PlanNode node) => node.Kind switch
    {
        NodeKind.Mapping => YamlEvent.MappingStart,
        NodeKind.Sequence => YamlEvent.SequenceStart,
        _ => YamlEvent.Scalar,
    };
}
