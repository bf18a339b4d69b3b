using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Reads a plan from a stream of YAML events, with the errors <see cref="YamlLoader"/> and
/// <see cref="PlanSectionsReader"/> give for a file loaded whole: an empty file, a root that is not a
/// mapping, a second document, duplicate keys.
/// </summary>
internal static class PlanDocument
{
    /// <summary>The plan, or null when there is none to read; problems go to the context.</summary>
    /// <param name="parser">The parser behind the events when it tracks duplicate keys.</param>
    public static Plan? Read(YamlEvents events, ReadContext context, TrackingParser? parser)
    {
        events.Skip();
        if (events.Current == YamlEvent.StreamEnd)
        {
            ReportParseErrors(context, parser, secondDocument: null);
            YamlLoader.ReportEmpty(context);
            return null;
        }

        events.Skip();
        Plan? plan = null;
        PlanNode? root = null;
        if (events.Current == YamlEvent.MappingStart)
        {
            plan = PlanSectionsReader.Read(events, context);
        }
        else
        {
            root = events.ReadNode();
        }

        events.Skip();
        SourceLocation? secondDocument = null;
        while (events.Current == YamlEvent.DocumentStart)
        {
            events.Skip();
            var node = events.ReadNode();
            secondDocument ??= context.At(node);
            events.Skip();
        }

        if (root is not null && YamlScalars.IsNull(root))
        {
            ReportParseErrors(context, parser, secondDocument: null);
            YamlLoader.ReportEmpty(context);
            return null;
        }

        ReportParseErrors(context, parser, secondDocument);
        return root is null ? plan : PlanSectionsReader.Read(new NodeEvents(root), context);
    }

    // Found while parsing, so reported before anything found while reading, as the whole-file loader does.
    private static void ReportParseErrors(ReadContext context, TrackingParser? parser, SourceLocation? secondDocument)
    {
        var early = new ReadContext(context.FileName);
        if (parser is not null)
        {
            YamlLoader.ReportDuplicates(parser, early);
        }

        if (secondDocument is { } at)
        {
            YamlLoader.ReportSecondDocument(at, early);
        }

        context.ErrorsFirst(early.Errors);
    }
}
