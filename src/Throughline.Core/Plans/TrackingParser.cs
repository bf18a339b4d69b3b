using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Throughline.Core.Plans;

/// <summary>
/// Sits between the YAML parser and <c>YamlStream</c> to keep what YamlStream loses: it drops the second
/// occurrence of a key in a mapping (with its value) and records it, because YamlStream stops at the first
/// duplicate and would hide every other error; and it remembers positions YamlStream's errors lack.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;
        public bool ExpectsKey { get; set; } = true;
        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
    }

    private readonly Stack<Frame> frames = new();
    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);

    public ParsingEvent? Current => inner.Current;

    /// <summary>Each duplicate key: its text, where it is, and where the first occurrence is.</summary>
    public List<(string Key, Mark At, Mark First)> Duplicates { get; } = [];

    /// <summary>The end of the last event read, for errors the parser raises without a position.</summary>
    public Mark LastMark { get; private set; } = Mark.Empty;

    /// <summary>The first alias naming an anchor not defined before it; YamlStream reports it without a position.</summary>
    public AnchorAlias? UndefinedAlias { get; private set; }

    public bool MoveNext()
    {
        while (Advance())
        {
            var current = inner.Current!;
            if (current is Scalar key && frames.TryPeek(out var frame) && frame.IsMapping && frame.ExpectsKey)
            {
                if (frame.Keys.TryGetValue(key.Value, out var first))
                {
                    Duplicates.Add((key.Value, key.Start, first));
                    SkipNode();
                    continue;
                }

                frame.Keys[key.Value] = key.Start;
            }

            Track(current);
            return true;
        }

        return false;
    }

    private bool Advance()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        LastMark = inner.Current!.End;
        return true;
    }

    private void Track(ParsingEvent current)
    {
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            anchors.Add(anchored.Anchor.Value);
        }

        if (current is AnchorAlias alias && !anchors.Contains(alias.Value.Value))
        {
            UndefinedAlias ??= alias;
        }

        switch (current)
        {
            case MappingStart:
                frames.Push(new Frame(isMapping: true));
                break;
            case SequenceStart:
                frames.Push(new Frame(isMapping: false));
                break;
            case MappingEnd or SequenceEnd:
                frames.Pop();
                NodeCompleted();
                break;
            case Scalar or AnchorAlias:
                NodeCompleted();
                break;
        }
    }

    private void NodeCompleted()
    {
        if (frames.TryPeek(out var parent) && parent.IsMapping)
        {
            parent.ExpectsKey = !parent.ExpectsKey;
        }
    }

    // Drops the value that follows a duplicate key, however deep it is.
    private void SkipNode()
    {
        var depth = 0;
        do
        {
            if (!Advance())
            {
                return;
            }

            switch (inner.Current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        while (depth > 0);
    }
}
