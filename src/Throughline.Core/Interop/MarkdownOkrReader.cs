using Markdig;
using Markdig.Syntax;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Interop;

/// <summary>
/// Reads objectives and key results written the way OKR handbooks write them (docs/interop.md#markdown): an objective
/// as a heading or a top-level bullet, its key results as the bullets under it.
/// </summary>
public static class MarkdownOkrReader
{
    public static ImportResult Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var log = new ImportLog(fileName);
        text = text.TrimStart('\uFEFF');
        var document = Markdown.Parse(text);
        var plan = new Plan { SourcePath = fileName, Organization = new Organization { Name = Path.GetFileNameWithoutExtension(fileName) } };
        var builder = new MarkdownOkrs(plan, log, new ImportIds());
        Objective? headed = null;
        var headedLevel = 0;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } title when plan.Objectives.Count == 0 && headed is null:
                    plan.Organization.Name = Source(text, title).TrimStart('#').Trim().TrimEnd('#').Trim() is { Length: > 0 } name ? name : plan.Organization.Name;
                    break;
                case HeadingBlock heading:
                    if (headed is { KeyResults.Count: 0 } section && heading.Level > headedLevel)
                    {
                        // A heading with no key results and deeper headings under it titles a section, not an objective.
                        builder.Drop(section, heading.Line);
                    }

                    headed = builder.Objective(Source(text, heading).TrimStart('#').Trim().TrimEnd('#').Trim(), heading.Line + 1, heading.Column + 1);
                    headedLevel = heading.Level;
                    break;
                case ListBlock list when headed is not null:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        builder.KeyResult(headed, text, item);
                    }

                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var objective = builder.Objective(Paragraph(text, item), item.Line + 1, item.Column + 1);
                        foreach (var nested in item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
                        {
                            builder.KeyResult(objective, text, nested);
                        }
                    }

                    break;
                case ParagraphBlock paragraph when headed is not null && Source(text, paragraph).Trim() is var line && line.StartsWith("=>", StringComparison.Ordinal):
                    headed.Description = ImportIds.Text(line[2..]);
                    break;
            }
        }

        if (plan.Objectives.Count == 0)
        {
            log.Warn(1, 1, "no objectives found; write each as a heading ('## Objective: …') or a top-level bullet, with its key results as bullets under it");
        }

        foreach (var error in PlanValidator.Validate(plan, fileName))
        {
            log.Error(error.Location.Line, error.Location.Column, error.Message);
        }

        return log.Result(plan);
    }

    internal static string Source(string text, Block block) =>
        block.Span.Start >= 0 && block.Span.End < text.Length ? text.Substring(block.Span.Start, block.Span.Length) : "";

    /// <summary>The first paragraph of a list item, on one line.</summary>
    internal static string Paragraph(string text, ListItemBlock item) =>
        ImportIds.Text(item.OfType<ParagraphBlock>().Select(p => Source(text, p)).FirstOrDefault()) ?? "";
}
