using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Throughline.Core.Findings;

/// <summary>Writer settings shared by the JSON and SARIF outputs: indented, "\n" line ends, readable text.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Messages quote ids ("Objective O1 …") and use signs like ×; the output is a file or a pipe, never
        // HTML, so escaping them would only make it harder to read.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
