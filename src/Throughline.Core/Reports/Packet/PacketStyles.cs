using System.Text;

namespace Throughline.Core.Reports.Packet;

/// <summary>
/// The packet's stylesheet, made for paper: one section per page, a running header and footer in the page
/// margins, rows and charts never split, and everything readable in grayscale (status is a shape and a word;
/// colour only repeats them).
/// </summary>
internal static class PacketStyles
{
    private const string Body = """
        :root { --ink: #1b1f24; --muted: #545d69; --line: #c9cfd6; --soft: #eef1f4; --panel: #f6f8fa; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
          margin: 0; color: var(--ink); background: #fff; font-size: 10.5pt; line-height: 1.4;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
        }
        .sheet { max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
        h1 { margin: 0 0 4mm; font-size: 26pt; line-height: 1.15; }
        h2 { margin: 0 0 4mm; padding-bottom: 1.5mm; font-size: 16pt; border-bottom: 1.5pt solid var(--ink); }
        h3 { margin: 6mm 0 2mm; font-size: 12pt; break-after: avoid; }
        p { margin: 0 0 3mm; }
        .lead, .note { color: var(--muted); }
        .empty { padding: 3mm 4mm; border: 1pt dashed var(--line); color: var(--muted); }
        section { margin-top: 12mm; }
        .cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; margin-top: 0; }
        .cover .eyebrow { font-size: 11pt; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
        .cover .quarter { font-size: 18pt; margin-bottom: 8mm; }
        .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 6mm; margin: 0; }
        .cover dt { color: var(--muted); }
        .cover dd { margin: 0; }
        nav.contents ol { padding-left: 6mm; font-size: 12pt; line-height: 1.9; }
        nav.contents a { color: var(--ink); text-decoration: none; }
        .statement { margin: 0 0 4mm; padding: 3mm 4mm; font-size: 13pt; border-left: 3pt solid var(--ink); background: var(--panel); }
        table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9.5pt; }
        th, td { padding: 1.4mm 2mm; border-bottom: .6pt solid var(--line); text-align: left; vertical-align: top; }
        th { border-bottom: 1pt solid var(--ink); font-weight: 650; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr { break-inside: avoid; }
        thead { display: table-header-group; }
        .id, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 9pt; }
        .id { color: var(--muted); margin-right: 1.5mm; }
        .status { white-space: nowrap; font-weight: 600; }
        .shape { display: inline-block; width: 1.2em; text-align: center; }
        .st-on-track { color: #1e6b2a; } .st-at-risk { color: #8a5200; } .st-off-track { color: #a61b1b; }
        .st-done { color: #17508f; } .st-not-started { color: #5b6470; }
        .flag { font-weight: 700; text-transform: uppercase; font-size: 8.5pt; letter-spacing: .05em; }
        .objective { margin-top: 8mm; }
        .objective > h3 { margin-top: 0; }
        .kr { break-inside: avoid; margin: 0 0 6mm; padding: 3mm 0 0; border-top: .6pt solid var(--line); }
        .kr h4 { margin: 0 0 1mm; font-size: 10.5pt; }
        .kr .facts { margin: 0 0 2mm; color: var(--muted); font-size: 9pt; }
        .chart { width: 170mm; height: 62mm; }
        .chart-capacity { height: 58mm; }
        figure { margin: 0; break-inside: avoid; }
        figcaption { font-size: 8.5pt; color: var(--muted); }
        .decision { break-inside: avoid; margin: 0 0 6mm; padding: 3mm 4mm; border: .8pt solid var(--line); }
        .decision h3 { margin: 0 0 2mm; }
        .decision ol { margin: 1mm 0 0; padding-left: 7mm; list-style: upper-alpha; }
        .decision li { margin-bottom: 1mm; }
        .decision li.favoured { font-weight: 600; }
        footer { margin-top: 10mm; color: var(--muted); font-size: 8.5pt; }
        @media print {
          .sheet { max-width: none; padding: 0; }
          section { margin-top: 0; break-before: page; }
          .cover { break-before: auto; }
          nav.contents { break-before: page; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>The stylesheet with the <c>@page</c> rules for the paper, the running header naming the packet.</summary>
    public static string Css(PaperSize paper, string runningTitle, string asOf)
    {
        var size = paper == PaperSize.Letter ? "letter" : "A4";
        return Body + $$"""

            @page {
              size: {{size}}; margin: 16mm 15mm 18mm;
              @top-left { content: {{CssString(runningTitle)}}; font-size: 8pt; color: #545d69; }
              @top-right { content: {{CssString("As of " + asOf)}}; font-size: 8pt; color: #545d69; }
              @bottom-left { content: "Quarterly review packet"; font-size: 8pt; color: #545d69; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #545d69; }
            }
            @page :first {
              @top-left { content: none; } @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; }
            }
            """;
    }

    /// <summary>
    /// A CSS string literal of any text: quotes and backslashes escaped, and '&lt;' written as an escape so a plan
    /// string cannot close the style element.
    /// </summary>
    internal static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                css.Append(c);
            }
        }

        return css.Append('"').ToString();
    }
}
