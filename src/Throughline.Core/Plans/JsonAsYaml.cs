using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Throughline.Core.Plans;

/// <summary>
/// Turns a JSON object into YAML flow text with one value per line, remembering the JSON path of each line's
/// value, so that the plan reader reads it as it reads a plan file and its locations map back to paths.
/// Strings become double-quoted scalars and numbers, booleans and null plain ones, as a plan file spells them.
/// </summary>
internal sealed class JsonAsYaml
{
    private sealed class Frame(string path, bool isObject)
    {
        public string Path { get; } = path;
        public bool IsObject { get; } = isObject;
        public int Count { get; set; }
        public string? Property { get; set; }
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }

    private readonly StringBuilder text = new();
    private readonly Stack<Frame> frames = new();
    private readonly List<ElementError> errors = [];
    private int line;

    private JsonAsYaml()
    {
    }

    /// <summary>The YAML text, or null when the body is not a JSON object (then Errors says why).</summary>
    public string? Yaml { get; private set; }

    public JsonPathMap Paths { get; } = new();

    /// <summary>Syntax errors (then there is no text) and duplicate keys (dropped from the text).</summary>
    public IReadOnlyList<ElementError> Errors => errors;

    public static JsonAsYaml Convert(string json, string noun)
    {
        var result = new JsonAsYaml();
        if (string.IsNullOrWhiteSpace(json))
        {
            result.errors.Add(new ElementError(JsonPathMap.Root,
                $"The body is empty; send the {noun} as a JSON object of its fields, such as {{\"id\": …}}", null));
            return result;
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            if (result.Read(bytes, noun))
            {
                result.Yaml = result.text.ToString();
            }
        }
        catch (JsonException e)
        {
            result.errors.Clear();
            result.errors.Add(new ElementError(result.CurrentPath(), SyntaxMessage(e, bytes), null));
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString rejects escapes that are not characters, such as a lone "\ud800".
            result.errors.Clear();
            result.errors.Add(new ElementError(result.CurrentPath(),
                "The body is not valid JSON: a string holds an escape that is no character (a lone surrogate such as \\ud800); write the character itself", null));
        }

        return result;
    }

    private bool Read(byte[] bytes, string noun)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var started = false;
        while (reader.Read())
        {
            if (!started && reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add(new ElementError(JsonPathMap.Root,
                    $"The body must be a JSON object of the {noun}'s fields, such as {{\"id\": …}}, but is {Describe(reader.TokenType)}", null));
                return false;
            }

            started = true;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    ReadKey(ref reader);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = StartValue();
                    text.Append(reader.TokenType == JsonTokenType.StartObject ? '{' : '[');
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    var frame = frames.Pop();
                    StartLine(frame.Path);
                    text.Append(frame.IsObject ? '}' : ']');
                    break;
                case JsonTokenType.String:
                    var value = reader.GetString()!;
                    StartValue();
                    AppendQuoted(value);
                    break;
                default:
                    // Numbers, true, false and null: their JSON spelling is also their plain YAML spelling.
                    StartValue();
                    text.Append(Encoding.UTF8.GetString(reader.ValueSpan));
                    break;
            }
        }

        return true;
    }

    private void ReadKey(ref Utf8JsonReader reader)
    {
        var frame = frames.Peek();
        var key = reader.GetString()!;
        if (frame.Keys.Add(key))
        {
            frame.Property = key;
            return;
        }

        // Worded as the plan reader words a duplicate key, but without a line: the client sent no lines.
        errors.Add(new ElementError(JsonPathMap.Member(frame.Path, key),
            $"Duplicate key '{key}': it already appears in this object; keep one of them", null));
        reader.Skip();
    }

    /// <summary>Starts the line of the next value, after a comma when it is not the first of its parent.</summary>
    private string StartValue()
    {
        if (!frames.TryPeek(out var parent))
        {
            StartLine(JsonPathMap.Root);
            return JsonPathMap.Root;
        }

        if (parent.Count > 0)
        {
            text.Append(',');
        }

        var path = parent.IsObject ? JsonPathMap.Member(parent.Path, parent.Property!) : JsonPathMap.Item(parent.Path, parent.Count);
        parent.Count++;
        StartLine(path);
        if (parent.IsObject)
        {
            AppendQuoted(parent.Property!);
            text.Append(": ");
        }

        return path;
    }

    private void StartLine(string path)
    {
        if (line > 0)
        {
            text.Append('\n');
        }

        line++;
        var indent = 2 * frames.Count;
        text.Append(' ', indent);
        Paths.Add(line, indent + 1, path);
    }

    /// <summary>Where reading stopped: the value being read, else the object or array it is in.</summary>
    private string CurrentPath()
    {
        if (!frames.TryPeek(out var frame))
        {
            return JsonPathMap.Root;
        }

        return frame.IsObject
            ? frame.Property is { } property ? JsonPathMap.Member(frame.Path, property) : frame.Path
            : JsonPathMap.Item(frame.Path, frame.Count);
    }

    private void AppendQuoted(string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case var high when char.IsHighSurrogate(high) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    // YAML parsers take only the basic plane as printable text, so other characters go escaped.
                    text.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(high, value[i + 1]):X8}");
                    i++;
                    break;
                case var printable when IsPrintable(printable):
                    text.Append(printable);
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
            }
        }

        text.Append('"');
    }

    // YAML's printable characters, less the ones it reads as line breaks or a byte order mark.
    private static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD')
        && c is not ('\u2028' or '\u2029' or '\uFEFF');

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    private static string SyntaxMessage(JsonException e, byte[] bytes)
    {
        // System.Text.Json ends its messages with " LineNumber: 0 | BytePositionInLine: 10."; say it for people.
        var detail = e.Message;
        var position = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        detail = (position >= 0 ? detail[..position] : detail).Trim().TrimEnd('.');
        var line = e.LineNumber ?? 0;
        var column = CharacterPosition(bytes, line, e.BytePositionInLine ?? 0);
        return $"The body is not valid JSON at line {line + 1}, position {column}: {detail}; check the quotes, commas and brackets there";
    }

    // The reader counts bytes; people count characters.
    private static long CharacterPosition(byte[] bytes, long line, long bytePosition)
    {
        var start = 0;
        for (var i = 0; i < line && start < bytes.Length; i++)
        {
            var next = Array.IndexOf(bytes, (byte)'\n', start);
            start = next < 0 ? bytes.Length : next + 1;
        }

        var length = (int)Math.Min(bytePosition, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes, start, length) + 1;
    }
}
