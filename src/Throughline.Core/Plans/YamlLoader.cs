using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Turns the text of a plan file into one YAML node tree, or reports why it cannot.</summary>
internal static class YamlLoader
{
    /// <summary>The root node of the file's single document; null when the file is empty or not valid YAML.</summary>
    public static YamlNode? Load(string text, ReadContext context)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
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

        foreach (var (key, at, first) in parser.Duplicates)
        {
            context.Error(context.At(at),
                $"Duplicate key '{key}': it already appears in this mapping at line {first.Line}; keep one of them");
        }

        if (stream.Documents.Count == 0 || YamlScalars.IsNull(stream.Documents[0].RootNode))
        {
            context.Error(context.FileStart, "The file is empty; a plan starts with 'throughline: 1' followed by its sections");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(stream.Documents[1].RootNode,
                "A plan file holds one YAML document, but this is a second one; remove the '---' line before it or move it to its own file");
        }

        return stream.Documents[0].RootNode;
    }

    private static string SyntaxMessage(string parserMessage)
    {
        var detail = parserMessage.Trim().TrimEnd('.');
        if (detail.Length > 0)
        {
            detail = char.ToLowerInvariant(detail[0]) + detail[1..];
        }

        return $"The file is not valid YAML ({detail}); check the indentation, quotes and brackets here";
    }
}
