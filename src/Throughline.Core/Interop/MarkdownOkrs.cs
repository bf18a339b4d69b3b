using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>The objectives and key results of a Markdown file, made from the text of headings and bullets.</summary>
internal sealed partial class MarkdownOkrs(Plan plan, ImportLog log, ImportIds ids)
{
    private readonly ImportPeople people = new(plan, ids);

    public Objective Objective(string text, int line, int column)
    {
        var (rest, outcome) = Outcome(text);
        var (owner, withoutOwner) = Owner(rest) is var (o, t) ? (o, t ?? "") : default;
        var label = ObjectiveLabel().Match(withoutOwner);
        var title = ImportIds.Text(label.Success ? withoutOwner[label.Length..] : withoutOwner);
        (owner, title) = owner is null && title is not null ? Owner(title) : (owner, title);
        var id = label.Groups["id"].Success ? Claim("O" + label.Groups["id"].Value) : null;
        id ??= log.MadeUp(ids.Claim($"O{plan.Objectives.Count + 1}"));
        if (string.IsNullOrEmpty(title))
        {
            log.Warn(line, column, $"objective {id} has no text; titled 'Objective {id}'");
            title = $"Objective {id}";
        }

        var objective = new Objective { Id = id, Title = title, Description = outcome, Owner = owner is null ? null : people.Person(owner) };
        plan.Objectives.Add(objective);
        return objective;
    }

    public void Drop(Objective section, int line)
    {
        plan.Objectives.Remove(section);
        log.Note(line, 1, $"'{section.Title}' has headings under it and no key results; read as a section title, not an objective");
    }

    public void KeyResult(Objective objective, string source, ListItemBlock item)
    {
        var text = MarkdownOkrReader.Paragraph(source, item);
        var (rest, outcome) = Outcome(text);
        var (owner, withoutOwner) = Owner(rest) is var (o, t) ? (o, t ?? "") : default;
        var label = KeyResultLabel().Match(withoutOwner);
        var title = ImportIds.Text(label.Success ? withoutOwner[label.Length..] : withoutOwner) ?? "";
        if (owner is null && Owner(title) is (string after, string remaining))
        {
            (owner, title) = (after, remaining);
        }
        var number = Stem(objective.Id);
        var id = label.Groups["id"].Success ? Claim("KR" + label.Groups["id"].Value) : null;
        id ??= log.MadeUp(ids.Claim($"KR{number}.{objective.KeyResults.Count + 1}"));
        if (title.Length == 0)
        {
            log.Warn(item.Line + 1, item.Column + 1, $"key result {id} has no text; titled 'Key result {id}'");
            title = $"Key result {id}";
        }

        var keyResult = new KeyResult { Id = id, Title = title, Owner = owner is null ? null : people.Person(owner) };
        Numbers(keyResult, title);
        if (keyResult.Target is null)
        {
            log.Note(item.Line + 1, item.Column + 1, $"key result {id} says no 'to <number>'; it has no target");
        }

        if (outcome is not null)
        {
            keyResult.Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["x-outcome"] = outcome };
        }

        foreach (var nested in item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
        {
            log.Note(nested.Line + 1, nested.Column + 1, $"a bullet under key result {id} is not read; write notes after '=>' on the key result's line");
        }

        objective.KeyResults.Add(keyResult);
    }

    private static string Stem(string objectiveId) =>
        objectiveId.StartsWith('O') && objectiveId.Length > 1 && char.IsAsciiDigit(objectiveId[1]) ? objectiveId[1..] : objectiveId;

    private string? Claim(string id) => ids.TryClaim(id) ? id : null;

    private static (string Text, string? Outcome) Outcome(string text)
    {
        var at = text.IndexOf("=>", StringComparison.Ordinal);
        return at < 0 ? (text, null) : (text[..at].Trim(), ImportIds.Text(text[(at + 2)..]));
    }

    /// <summary>An owner written <c>@name:</c> at the start or <c>(@name)</c> at the end.</summary>
    private static (string? Owner, string? Text) Owner(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }

        if (LeadingOwner().Match(text) is { Success: true } lead)
        {
            return (lead.Groups["owner"].Value, text[lead.Length..].Trim());
        }

        if (TrailingOwner().Match(text) is { Success: true } trail)
        {
            return (trail.Groups["owner"].Value, text[..trail.Index].Trim());
        }

        return (null, text);
    }

    /// <summary>Baseline and target from "from X to Y" or "to Y"; a % after a number is the unit.</summary>
    private static void Numbers(KeyResult keyResult, string title)
    {
        var match = FromTo().Match(title);
        if (!match.Success)
        {
            match = To().Match(title);
        }

        if (!match.Success)
        {
            return;
        }

        if (match.Groups["b"].Success)
        {
            keyResult.Baseline = Number(match.Groups["b"].Value);
        }

        keyResult.Target = Number(match.Groups["t"].Value);
        var currency = match.Groups["t"].Value.TrimStart('+', '-').FirstOrDefault() is var c && c is '$' or '€' or '£' ? c.ToString() : null;
        keyResult.Unit = match.Groups["u"].Success || match.Groups["bu"].Success ? "%" : currency;
    }

    private static double? Number(string text)
    {
        var s = text.Replace(",", "", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal)
            .Replace("€", "", StringComparison.Ordinal).Replace("£", "", StringComparison.Ordinal).Trim();
        var factor = s.EndsWith('k') || s.EndsWith('K') ? 1_000 : s.EndsWith('M') ? 1_000_000 : 1;
        s = factor == 1 ? s : s[..^1].Trim();
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value * factor : null;
    }

    private const string Num = @"[-+]?[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?[kKM]\b)?";

    [GeneratedRegex(@"^(?:objective|obj|o)\s*(?<id>\d[\w.]*)?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectiveLabel();

    [GeneratedRegex(@"^(?:key\s+result|kr)\s*(?<id>\d[\w.]*)?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex KeyResultLabel();

    [GeneratedRegex(@"^@(?<owner>[\w.-]+)\s*:\s*")]
    private static partial Regex LeadingOwner();

    [GeneratedRegex(@"\(@(?<owner>[\w.-]+)\)\s*$")]
    private static partial Regex TrailingOwner();

    [GeneratedRegex(@"\bfrom\s+(?<b>" + Num + @")\s*(?<bu>%)?\s+to\s+(?<t>" + Num + @")\s*(?<u>%)?", RegexOptions.IgnoreCase)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\bto\s+(?<t>" + Num + @")\s*(?<u>%)?", RegexOptions.IgnoreCase)]
    private static partial Regex To();
}
