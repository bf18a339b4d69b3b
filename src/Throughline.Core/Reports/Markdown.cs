using System.Text;

namespace Throughline.Core.Reports;

/// <summary>Writes GitHub-flavoured Markdown with every plan string escaped, so a title cannot break a table or inject markup.</summary>
internal sealed class Markdown
{
    // Characters that CommonMark or GFM tables would read as markup; a backslash makes each literal.
    private const string Special = "\\`*_[]<>|#!~";

    private readonly StringBuilder text = new();

    public override string ToString() => text.ToString();

    /// <summary>Appends a line; a blank line right after another blank line is dropped.</summary>
    public void Line(string line = "")
    {
        if (line.Length == 0 && (text.Length == 0 || EndsWithBlankLine()))
        {
            return;
        }

        text.Append(line).Append('\n');
    }

    private bool EndsWithBlankLine() => text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n';

    public void Heading(int level, string title)
    {
        Line();
        Line($"{new string('#', level)} {title}");
        Line();
    }

    /// <summary>Escapes a plan string for use in prose or a table cell; line breaks and other control characters become spaces.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                escaped.Append(' ');
                continue;
            }

            if (c == '&')
            {
                escaped.Append("&amp;");
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>
    /// A finding's message or suggestion: the engine writes plan syntax between backticks, which stays a code
    /// span (whose content Markdown shows literally; only a table's pipe needs escaping there); the rest is escaped.
    /// </summary>
    public static string Prose(string value)
    {
        var parts = value.Split('`');
        if (parts.Length % 2 == 0)
        {
            return Escape(value);
        }

        return string.Concat(parts.Select((part, i) =>
            i % 2 == 0 ? Escape(part) : part.Length == 0 ? "" : "`" + Code(part) + "`"));
    }

    private static string Code(string part) =>
        new string(part.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A table; cells are written as given, so callers escape plan strings.</summary>
    public void Table(IReadOnlyList<string> headers, string alignment, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", headers) + " |");
        Line("|" + string.Join("|", alignment.Select(a => a == 'r' ? "---:" : "---")) + "|");
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row.Select(cell => cell.Length == 0 ? " " : cell)) + " |");
        }

        Line();
    }
}
