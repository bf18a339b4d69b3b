namespace Throughline.Core.Reports;

/// <summary>
/// The report page's only stylesheet, inlined so the page makes no request. Colours always come with a
/// word (a status, a severity), and print keeps them (<c>print-color-adjust: exact</c>).
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root {
          --ink: #1f2933; --muted: #5c6776; --line: #d8dde4; --soft: #eef1f5; --panel: #f7f9fb; --accent: #1f4e79;
          --not-started: #7b8694; --on-track: #2e7d32; --at-risk: #b26a00; --off-track: #c62828; --done: #1f63b4;
          --error: #c62828; --warning: #b26a00; --info: #1f63b4;
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
          margin: 0; color: var(--ink); background: #fff; font-size: 15px; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
        }
        .page { max-width: 1120px; margin: 0 auto; padding: 32px 40px 48px; }
        .eyebrow { margin: 0; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
        h1 { margin: 4px 0 2px; font-size: 28px; line-height: 1.2; }
        h2 { margin: 0 0 14px; padding-bottom: 6px; font-size: 20px; border-bottom: 2px solid var(--ink); }
        h3 { margin: 22px 0 8px; font-size: 16px; }
        .meta { margin: 0 0 24px; color: var(--muted); }
        .lead { color: var(--muted); margin: -6px 0 12px; }
        section { margin-top: 40px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 14px; }
        .card { padding: 14px 16px; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
        .card-label { font-size: 12px; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); }
        .card-value { margin: 4px 0 8px; font-size: 30px; font-weight: 650; font-variant-numeric: tabular-nums; }
        .card-note { margin-top: 8px; font-size: 13px; color: var(--muted); }
        .statement { margin: 0 0 12px; padding: 12px 16px; font-size: 18px; border-left: 4px solid var(--accent); background: var(--panel); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 12px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .tree, .tree ul { list-style: none; margin: 0; padding: 0; }
        .tree ul { margin-left: 14px; padding-left: 16px; border-left: 1px solid var(--line); }
        .tree > li { margin-bottom: 14px; }
        .row {
          display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 18px; align-items: center;
          padding: 6px 0; border-bottom: 1px solid var(--soft);
        }
        .row-goal { padding: 8px 0; border-bottom: 1px solid var(--line); }
        .row-goal .title { font-size: 16px; font-weight: 650; }
        .row-objective .title { font-weight: 600; }
        .kind { margin-right: 6px; font-size: 11px; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); }
        .id, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
        .id { margin-right: 6px; color: var(--muted); }
        .detail { margin-top: 2px; font-size: 12.5px; color: var(--muted); }
        .repeat .title { font-style: italic; }
        .work { padding: 3px 0; font-size: 13px; color: var(--muted); }
        .work::before { content: "\21B3\00A0"; }
        .progress { display: flex; align-items: center; gap: 10px; }
        .bar { position: relative; flex: 1 1 auto; height: 10px; border-radius: 5px; background: var(--soft); overflow: hidden; }
        .fill { display: block; height: 100%; border-radius: 5px; background: var(--c, var(--accent)); }
        .pct { width: 3.2em; text-align: right; font-weight: 650; font-variant-numeric: tabular-nums; }
        .status, .sev {
          display: inline-block; min-width: 6.6em; padding: 1px 8px; border: 1px solid var(--c); border-radius: 10px;
          color: var(--c); font-size: 12px; text-align: center; white-space: nowrap;
        }
        .st-not-started { --c: var(--not-started); }
        .st-on-track { --c: var(--on-track); }
        .st-at-risk { --c: var(--at-risk); }
        .st-off-track { --c: var(--off-track); }
        .st-done { --c: var(--done); }
        .sev { min-width: 5em; }
        .sev-error { --c: var(--error); }
        .sev-warning { --c: var(--warning); }
        .sev-info { --c: var(--info); }
        table { width: 100%; border-collapse: collapse; font-size: 14px; }
        th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); border-bottom-width: 2px; }
        td > code:only-child { white-space: nowrap; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .fix { margin-top: 3px; color: var(--muted); font-size: 13px; }
        .empty { color: var(--muted); font-style: italic; }
        h4 { margin: 16px 0 6px; font-size: 14px; }
        .scroll { overflow-x: auto; }
        .more { color: var(--muted); font-size: 13px; }
        ul.plain { margin: 0; padding-left: 18px; }
        ul.explain { margin: 0; padding: 0; list-style: none; font-size: 12.5px; color: var(--muted); }
        .flag {
          display: inline-block; padding: 0 6px; border: 1px solid var(--off-track); border-radius: 8px;
          color: var(--off-track); font-size: 11px; font-weight: 650; letter-spacing: .04em; text-transform: uppercase; white-space: nowrap;
        }
        .load-table td.over { background: #fdecea; font-weight: 650; box-shadow: inset 3px 0 0 var(--off-track); }
        .pct-small { font-size: 12px; color: var(--muted); }
        .load-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px; }
        .load-chart { margin: 0; padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px; break-inside: avoid; }
        .load-chart figcaption { margin-bottom: 6px; font-weight: 600; }
        .load-row { display: grid; grid-template-columns: 4.6em minmax(0, 1fr) 6.5em; gap: 8px; align-items: center; font-size: 12px; }
        .load-month { color: var(--muted); font-variant-numeric: tabular-nums; }
        .load-track { position: relative; height: 10px; margin: 3px 0; background: var(--soft); }
        .load-fill { display: block; height: 100%; background: var(--accent); }
        .load-row.over .load-fill {
          background: repeating-linear-gradient(135deg, var(--off-track) 0 4px, #e57373 4px 8px);
        }
        .cap-line { position: absolute; top: -3px; bottom: -3px; width: 2px; margin-left: -1px; background: var(--ink); }
        .load-value { text-align: right; font-variant-numeric: tabular-nums; }
        footer { margin-top: 48px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
        @media (max-width: 720px) {
          .page { padding: 20px 16px; }
          .row { grid-template-columns: 1fr; gap: 4px; }
        }
        @media print {
          @page { margin: 14mm; }
          body { font-size: 10pt; }
          .page { max-width: none; padding: 0; }
          main > section + section { break-before: page; }
          h2, h3 { break-after: avoid; }
          .row, .card, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
