using Throughline.Core.Generation;

namespace Throughline.Core.Tests.Generation;

/// <summary>Generated plans shared by the tests, made once: generation is deterministic, so sharing is safe.</summary>
internal static class Generated
{
    private static readonly Dictionary<(int, long), string> Texts = [];

    /// <summary>The plan file <c>throughline generate</c> would write.</summary>
    public static string Text(int people, long seed)
    {
        lock (Texts)
        {
            if (!Texts.TryGetValue((people, seed), out var text))
            {
                using var writer = new StringWriter();
                PlanGenerator.Write(new GeneratorOptions(people, seed), writer);
                Texts[(people, seed)] = text = writer.ToString();
            }

            return text;
        }
    }

    /// <summary>The text after the two comment lines that say how it was made.</summary>
    public static string Body(string text) => text[(text.IndexOf('\n', text.IndexOf('\n') + 1) + 1)..];
}
