using System.Text;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

/// <summary>
/// The nodes a YAML source gives, as text with every value, quoting and position: read whole, and read by
/// stepping into every mapping and list, which is how the plan reader streams a file.
/// </summary>
internal static class YamlNodeDump
{
    /// <summary>What YamlDotNet's parser gives for the first document; null when the text is not valid YAML.</summary>
    public static string? Parsed(string yaml, bool stepInto)
    {
        try
        {
            return Root(new ParserEvents(new StringReader(yaml)), stepInto);
        }
        catch (Exception e) when (e is YamlSyntaxException or WholeDocumentNeededException)
        {
            return null;
        }
    }

    /// <summary>What <see cref="CommonYamlEvents"/> gives; throws <see cref="UncommonYamlException"/> when it gives up.</summary>
    public static string Common(string yaml, bool stepInto)
    {
        using var events = new CommonYamlEvents(yaml);
        return Root(events, stepInto);
    }

    private static string Root(YamlEvents events, bool stepInto)
    {
        events.Skip();
        if (events.Current == YamlEvent.StreamEnd)
        {
            return "(no document)";
        }

        events.Skip();
        var text = new StringBuilder();
        if (stepInto)
        {
            Walk(events, text);
        }
        else
        {
            Write(events.ReadNode(), text);
        }

        return text.ToString();
    }

    private static void Walk(YamlEvents events, StringBuilder text)
    {
        var (line, column) = events.Position;
        switch (events.Current)
        {
            case YamlEvent.MappingStart or YamlEvent.SequenceStart:
                var mapping = events.Current == YamlEvent.MappingStart;
                text.Append(mapping ? "{" : "[").Append('@').Append(line).Append(':').Append(column).Append(' ');
                events.Enter();
                while (!events.AtCollectionEnd)
                {
                    if (mapping)
                    {
                        Write(events.ReadKey(), text);
                        text.Append(": ");
                    }

                    Walk(events, text);
                    text.Append(", ");
                }

                events.Exit();
                text.Append(mapping ? "}" : "]");
                break;
            default:
                var node = events.ReadNode();
                Assert.Equal((line, column), (node.Line, node.Column));
                Write(node, text);
                break;
        }
    }

    public static void Write(PlanNode node, StringBuilder text)
    {
        switch (node.Kind)
        {
            case NodeKind.Scalar:
                text.Append(node.IsPlain ? "'" : "\"").Append(node.Value).Append(node.IsPlain ? "'" : "\"");
                break;
            case NodeKind.Sequence:
                text.Append('[');
                foreach (var item in node.Items)
                {
                    Write(item, text);
                    text.Append(", ");
                }

                text.Append(']');
                break;
            default:
                text.Append('{');
                foreach (var (key, value) in node.Pairs)
                {
                    Write(key, text);
                    text.Append(": ");
                    Write(value, text);
                    text.Append(", ");
                }

                text.Append('}');
                break;
        }

        text.Append('@').Append(node.Line).Append(':').Append(node.Column);
    }
}
