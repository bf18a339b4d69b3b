using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Throughline.Core.Plans;

/// <summary>
/// The events of YamlDotNet's parser, behind <see cref="TrackingParser"/>: any YAML at all. Anchors are
/// resolved within the document, as YamlDotNet's own loader resolves them; what only a loader of the whole
/// document can resolve (an alias before its anchor, a mapping key that is not a scalar) stops the read
/// with <see cref="WholeDocumentNeededException"/>.
/// </summary>
internal sealed class ParserEvents : YamlEvents
{
    private readonly TrackingParser parser;
    private readonly Dictionary<string, PlanNode> anchors = new(StringComparer.Ordinal);

    public ParserEvents(TextReader reader)
    {
        parser = new TrackingParser(new Parser(reader));
        MoveNext();
    }

    public TrackingParser Parser => parser;

    protected override YamlEvent SourceCurrent => parser.Current switch
    {
        StreamStart => YamlEvent.StreamStart,
        DocumentStart => YamlEvent.DocumentStart,
        MappingStart => YamlEvent.MappingStart,
        SequenceStart => YamlEvent.SequenceStart,
        Scalar => YamlEvent.Scalar,
        AnchorAlias => YamlEvent.Alias,
        MappingEnd => YamlEvent.MappingEnd,
        SequenceEnd => YamlEvent.SequenceEnd,
        DocumentEnd => YamlEvent.DocumentEnd,
        _ => YamlEvent.StreamEnd,
    };

    protected override (int Line, int Column) SourcePosition => At(parser.Current!.Start);

    // An anchored collection must exist as a node, for the aliases that may name it.
    protected override bool SourceCanEnter => parser.Current is NodeEvent { Anchor.IsEmpty: true };

    protected override void SourceMoveNext()
    {
        if (parser.Current is DocumentStart)
        {
            // YamlDotNet resolves aliases within one document only.
            anchors.Clear();
        }

        MoveNext();
    }

    protected override PlanNode SourceReadNode()
    {
        var current = parser.Current!;
        var (line, column) = At(current.Start);
        switch (current)
        {
            case Scalar scalar:
                MoveNext();
                return Anchored(scalar, PlanNode.Scalar(line, column, scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any));
            case AnchorAlias alias:
                MoveNext();
                return anchors.TryGetValue(alias.Value.Value, out var target) ? target : throw new WholeDocumentNeededException();
            case MappingStart mapping:
                var map = Anchored(mapping, PlanNode.Collection(NodeKind.Mapping, line, column));
                MoveNext();
                while (parser.Current is not MappingEnd)
                {
                    if (parser.Current is not Scalar)
                    {
                        SourceComplexKey();
                    }

                    var key = SourceReadNode();
                    map.Add(key, SourceReadNode());
                }

                MoveNext();
                return map;
            case SequenceStart:
                var sequence = Anchored((NodeEvent)current, PlanNode.Collection(NodeKind.Sequence, line, column));
                MoveNext();
                while (parser.Current is not SequenceEnd)
                {
                    sequence.Add(SourceReadNode());
                }

                MoveNext();
                return sequence;
            default:
                throw new InvalidOperationException($"No node starts at a {current.GetType().Name}.");
        }
    }

    // YamlDotNet's loader compares such keys by value and may reject the mapping for it.
    protected override void SourceComplexKey() => throw new WholeDocumentNeededException();

    private PlanNode Anchored(NodeEvent start, PlanNode node)
    {
        if (!start.Anchor.IsEmpty)
        {
            anchors[start.Anchor.Value] = node;
        }

        return node;
    }

    private void MoveNext()
    {
        try
        {
            parser.MoveNext();
        }
        catch (YamlException e)
        {
            throw new YamlSyntaxException(e.Start.Line >= 1 ? e.Start : parser.LastMark, e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unclosed flow collections.
            throw new YamlSyntaxException(parser.LastMark, "an unclosed '[' or '{' or a stray character", e);
        }
    }

    private static (int Line, int Column) At(Mark mark) => (checked((int)mark.Line), checked((int)mark.Column));
}

/// <summary>The file is not valid YAML: where the parser stopped, and why.</summary>
internal sealed class YamlSyntaxException(Mark at, string reason, Exception inner) : Exception(reason, inner)
{
    public Mark At { get; } = at;
}

/// <summary>The file can be read correctly only by loading its whole document first.</summary>
internal sealed class WholeDocumentNeededException : Exception
{
    public WholeDocumentNeededException()
        : base("The document must be loaded whole.")
    {
    }
}
