using Throughline.Core.Plans;

namespace Throughline.Core.Rules;

/// <summary>
/// The documentation page of each rule (docs/rules/&lt;family&gt;/&lt;name&gt;.md), embedded in this
/// assembly so the CLI and the server can show it without the docs folder at hand.
/// </summary>
public static class RuleDocs
{
    /// <summary>The Markdown page of a rule, or null when the rule has none (or the id is unknown).</summary>
    public static string? Find(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var assembly = typeof(RuleDocs).Assembly;

        // MSBuild's RecursiveDir keeps the platform's separator in the logical name.
        var stream = assembly.GetManifestResourceStream($"rules/{ruleId}.md")
            ?? assembly.GetManifestResourceStream($"rules/{ruleId.Replace('/', '\\')}.md");
        if (stream is null)
        {
            return null;
        }

        using (stream)
        using (var reader = new StreamReader(stream))
        {
            return reader.ReadToEnd();
        }
    }

    /// <summary>The catalog's rule id nearest to a mistyped one (by edit distance, then catalog order).</summary>
    public static string Closest(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var typed = ruleId.ToUpperInvariant();
        return RuleCatalog.All
            .Select(rule => rule.Id)
            .MinBy(id => Math.Min(
                Suggestions.Distance(typed, id.ToUpperInvariant()),
                Suggestions.Distance(typed, id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..].ToUpperInvariant())))!;
    }
}
