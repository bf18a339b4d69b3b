using System.Globalization;
using System.Net;
using System.Text;
using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports;

/// <summary>Builds the HTML page. Every plan string goes through <see cref="Encode"/>; markup comes only from this code.</summary>
internal sealed class Html
{
    private readonly StringBuilder html = new();

    public override string ToString() => html.ToString();

    public Html Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    public Html Line(string markup) => Raw(markup).Raw("\n");

    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>
    /// A finding's message or suggestion: encoded, with the plan syntax the engine puts between backticks shown
    /// as code. Encoding comes first, so a backtick in a plan string can only change what is shown as code.
    /// </summary>
    public static string Prose(string value)
    {
        var parts = value.Split('`');
        if (parts.Length % 2 == 0)
        {
            return Encode(value);
        }

        return string.Concat(parts.Select((part, i) => i % 2 == 0 ? Encode(part) : $"<code>{Encode(part)}</code>"));
    }

    /// <summary>An element id for in-page links, from a plan id that may hold any character.</summary>
    public static string Anchor(string kind, string id)
    {
        var safe = new StringBuilder(kind).Append('-');
        foreach (var c in id)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return safe.ToString();
    }

    public static string StatusClass(ProgressStatus status) => "st-" + status.Key();

    /// <summary>A status word in a coloured outline: the word carries the meaning, the colour only repeats it.</summary>
    public static string Status(ProgressStatus status) =>
        $"<span class=\"status {StatusClass(status)}\">{status.Label()}</span>";

    public static string Severity(Severity severity)
    {
        var word = Figures.Severity(severity);
        return $"<span class=\"sev sev-{word}\">{word}</span>";
    }

    /// <summary>A horizontal bar whose fill width is the share, coloured by status, followed by the percentage and the status word.</summary>
    public static string Progress(double? share, ProgressStatus? status)
    {
        var percent = Figures.Share(share);
        var width = share is { } value ? Figures.Width(value).ToString("0.#", CultureInfo.InvariantCulture) : "0";
        var statusClass = status is { } s ? " " + StatusClass(s) : "";
        var word = status is { } known ? Status(known) : "";
        var label = status is { } named ? $"{percent}, {named.Label()}" : percent;
        return $"<div class=\"progress\"><div class=\"bar\" role=\"img\" aria-label=\"{label}\">" +
            $"<span class=\"fill{statusClass}\" style=\"width:{width}%\"></span></div>" +
            $"<span class=\"pct\">{percent}</span>{word}</div>";
    }

    /// <summary>A table with a header row; cells are markup, so callers encode plan strings.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? numeric = null)
    {
        string Cell(string tag, int column, string content) =>
            numeric?.Contains(column) == true ? $"<{tag} class=\"num\">{content}</{tag}>" : $"<{tag}>{content}</{tag}>";

        Line("<table>");
        Line("<thead><tr>" + string.Concat(headers.Select((h, i) => Cell("th", i, h))) + "</tr></thead>");
        Line("<tbody>");
        foreach (var row in rows)
        {
            Line("<tr>" + string.Concat(row.Select((c, i) => Cell("td", i, c))) + "</tr>");
        }

        Line("</tbody>");
        Line("</table>");
    }
}
