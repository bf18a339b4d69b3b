using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>
/// Loads the whole text of a plan file as one YAML node tree with YamlDotNet's loader, or reports why it
/// cannot. For small texts (an element sent as JSON), and for the rare file whose aliases only the whole
/// document can resolve (<see cref="WholeDocumentNeededException"/>).
/// </summary>
internal static class YamlLoader
{
    /// <summary>The root node of the file's single document; null when the file is empty or not valid YAML.</summary>
    public static PlanNode? Load(string text, ReadContext context) => Load(new StringReader(text), context);

    /// <inheritdoc cref="Load(string, ReadContext)"/>
    public static PlanNode? Load(TextReader reader, ReadContext context)
    {
        var parser = new TrackingParser(new Parser(reader));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (AnchorNotFoundException) when (parser.UndefinedAlias is { } alias)
        {
            context.Error(context.At(alias.Start),
                $"The alias '*{alias.Value}' refers to no anchor: '&{alias.Value}' must be defined before it is used; define it above or write the value out");
            return null;
        }
        catch (YamlException e)
        {
            var at = e.Start.Line >= 1 ? e.Start : parser.LastMark;
            context.Error(context.At(at), SyntaxMessage(e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unclosed flow collections.
            context.Error(context.At(parser.LastMark), SyntaxMessage("an unclosed '[' or '{' or a stray character"));
            return null;
        }

        ReportDuplicates(parser, context);
        var root = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        if (root is null || YamlScalars.IsNull(root))
        {
            ReportEmpty(context);
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            ReportSecondDocument(context.At(stream.Documents[1].RootNode.Start), context);
        }

        return root;
    }

    public static void ReportDuplicates(TrackingParser parser, ReadContext context)
    {
        foreach (var (key, at, first) in parser.Duplicates)
        {
            context.Error(context.At(at),
                $"Duplicate key '{key}': it already appears in this mapping at line {first.Line}; keep one of them");
        }
    }

    public static void ReportEmpty(ReadContext context) =>
        context.Error(context.FileStart, "The file is empty; a plan starts with 'throughline: 1' followed by its sections");

    public static void ReportSecondDocument(Model.SourceLocation at, ReadContext context) =>
        context.Error(at,
            "A plan file holds one YAML document, but this is a second one; remove the '---' line before it or move it to its own file");

    public static string SyntaxMessage(string parserMessage)
    {
        var detail = parserMessage.Trim().TrimEnd('.');
        if (detail.Length > 0)
        {
            detail = char.ToLowerInvariant(detail[0]) + detail[1..];
        }

        return $"The file is not valid YAML ({detail}); check the indentation, quotes and brackets here";
    }

    // A node that aliases share stays one node; a loop of aliases stays a loop.
    private static PlanNode Convert(YamlNode root)
    {
        var converted = new Dictionary<YamlNode, PlanNode>(ReferenceEqualityComparer.Instance);
        return Node(root);

        PlanNode Node(YamlNode node)
        {
            if (converted.TryGetValue(node, out var done))
            {
                return done;
            }

            var (line, column) = (checked((int)node.Start.Line), checked((int)node.Start.Column));
            switch (node)
            {
                case YamlScalarNode scalar:
                    return converted[node] = PlanNode.Scalar(line, column, scalar.Value ?? "", scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                case YamlSequenceNode sequence:
                    var list = converted[node] = PlanNode.Collection(NodeKind.Sequence, line, column);
                    foreach (var item in sequence.Children)
                    {
                        list.Add(Node(item));
                    }

                    return list;
                case YamlMappingNode mapping:
                    var map = converted[node] = PlanNode.Collection(NodeKind.Mapping, line, column);
                    foreach (var (key, value) in mapping.Children)
                    {
                        map.Add(Node(key), Node(value));
                    }

                    return map;
                default:
                    throw new InvalidOperationException($"An alias was left unresolved at {line}:{column}.");
            }
        }
    }
}
