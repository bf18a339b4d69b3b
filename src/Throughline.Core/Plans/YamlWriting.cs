using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Scalar nodes with the right quoting, and the emitter settings plan files are written with.</summary>
internal static class YamlWriting
{
    /// <summary>A string node that reads back as the same string, whatever it contains.</summary>
    public static YamlScalarNode Text(string text) => new(text)
    {
        Style = YamlScalars.NeedsQuotes(text) ? ScalarStyle.DoubleQuoted
            : text.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : ScalarStyle.Any,
    };

    public static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };

    public static string Emit(YamlNode root)
    {
        using var writer = new StringWriter();
        var settings = new EmitterSettings()
            .WithBestIndent(2)
            .WithBestWidth(int.MaxValue)
            .WithIndentedSequences()
            .WithNewLine("\n");
        var emitter = new Emitter(writer, settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Emit(Emitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Value ?? "", scalar.Style, true, true));
                break;
            case YamlSequenceNode sequence:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, sequence.Style));
                foreach (var item in sequence.Children)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlMappingNode mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, mapping.Style));
                foreach (var (key, value) in mapping.Children)
                {
                    Emit(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new ArgumentException($"Cannot emit a {node.GetType().Name}.", nameof(node));
        }
    }
}
