using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;
using Throughline.Core.Reports;
using Throughline.Core.Rules;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Messages;

namespace Throughline.Web.Pages.Org;

/// <summary>The findings of one rule: what the rule checks and why it matters, then each finding.</summary>
public sealed record RuleFindings(string RuleId, string Severity, string Summary, string? WhyItMatters, IReadOnlyList<FindingResponse> Findings);

/// <summary>The findings of one family of rules, rule by rule.</summary>
public sealed record FamilyFindings(string Family, int Count, IReadOnlyList<RuleFindings> Rules);

/// <summary>
/// The gap report: the two ways vision and execution come apart (the rules of <see cref="GapLists"/>, as in the
/// strategy report), then every other finding by family. <c>?severity=</c> (the least severity shown) and
/// <c>?family=</c> filter the whole page, as they filter the findings API.
/// </summary>
public sealed class GapsModel(MessageBook messages) : OrgPageModel
{
    private static readonly HashSet<string> GapRules = [.. GapLists.VisionWithoutExecutionRules, .. GapLists.ExecutionWithoutVisionRules];

    [BindProperty(SupportsGet = true, Name = "severity")]
    public string? SeverityFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "family")]
    public string? FamilyFilter { get; set; }

    /// <summary>Families in catalog order, for the filter.</summary>
    public static IReadOnlyList<string> Families { get; } = [.. RuleCatalog.Settable.Select(r => r.Family).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<RuleFindings> VisionWithoutExecution { get; private set; } = [];

    public IReadOnlyList<RuleFindings> ExecutionWithoutVision { get; private set; } = [];

    public IReadOnlyList<FamilyFindings> Others { get; private set; } = [];

    /// <summary>Findings per family at the chosen severity, before the family filter.</summary>
    public IReadOnlyDictionary<string, int> FamilyCounts { get; private set; } = new Dictionary<string, int>();

    public int Total { get; private set; }

    /// <summary>What was wrong with the filter in the address, which is then not applied.</summary>
    public IReadOnlyList<string> FilterErrors { get; private set; } = [];

    public Severity? Minimum { get; private set; }

    public string? Family { get; private set; }

    public async Task OnGetAsync()
    {
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(SeverityFilter))
        {
            if (Enum.TryParse<Severity>(SeverityFilter, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(SeverityFilter, out _))
            {
                Minimum = parsed;
            }
            else
            {
                errors.Add($"There is no severity '{SeverityFilter}'; showing every severity. Use info, warning or error.");
            }
        }

        if (!string.IsNullOrEmpty(FamilyFilter))
        {
            if (Families.Contains(FamilyFilter, StringComparer.Ordinal))
            {
                Family = FamilyFilter;
            }
            else
            {
                errors.Add($"There is no rule family '{FamilyFilter}'; showing every family. Use one of {string.Join(", ", Families)}.");
            }
        }

        FilterErrors = errors;
        var communication = await messages.FindingsAsync(Access, Date, HttpContext.RequestAborted);
        var findings = await ReadAsync(view =>
        {
            var hidden = Permissions.Hidden(Access, view);
            return view.Result.Findings
                .Where(f => !Permissions.Conceals(hidden, f) && (Minimum is null || f.Severity >= Minimum))
                .Select(FindingResponse.From)
                .Concat(communication.Where(f => Minimum is null || f.Severity >= Minimum).Select(f => f.Finding))
                .ToList();
        });

        FamilyCounts = findings.GroupBy(f => f.Family, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shown = Family is null ? findings : [.. findings.Where(f => f.Family == Family)];
        Total = shown.Count;
        var byRule = shown.ToLookup(f => f.RuleId, StringComparer.Ordinal);
        VisionWithoutExecution = Groups(GapLists.VisionWithoutExecutionRules, byRule);
        ExecutionWithoutVision = Groups(GapLists.ExecutionWithoutVisionRules, byRule);
        Others = [.. Families
            .Select(family => (Family: family, Rules: Groups([.. RuleCatalog.Settable.Where(r => r.Family == family && !GapRules.Contains(r.Id)).Select(r => r.Id)], byRule)))
            .Where(f => f.Rules.Count > 0)
            .Select(f => new FamilyFindings(f.Family, f.Rules.Sum(r => r.Findings.Count), f.Rules))];
    }

    /// <summary>Where a finding is fixed: the talking points' message, a unit's page or an item's page.</summary>
    public string FixUrl(FindingResponse finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.SubjectKind switch
        {
            "talking-points" => OrgUrl("messages/" + finding.SubjectId[..finding.SubjectId.IndexOf('/', StringComparison.Ordinal)]),
            "unit" => ItemUrl(finding.SubjectId, unit: true),
            _ => ItemUrl(finding.SubjectId),
        };
    }

    /// <summary>This page with one filter changed (null removes it), the other kept.</summary>
    public string FilterUrl(string? severity, string? family)
    {
        var query = new List<string>();
        if (AsOf is { } asOf)
        {
            query.Add("asOf=" + Shared.Ui.Date(asOf));
        }

        if (severity is not null)
        {
            query.Add("severity=" + Uri.EscapeDataString(severity));
        }

        if (family is not null)
        {
            query.Add("family=" + Uri.EscapeDataString(family));
        }

        return OrgUrl("gaps") + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    private static List<RuleFindings> Groups(IReadOnlyList<string> rules, ILookup<string, FindingResponse> byRule) =>
        [.. rules
            .Where(byRule.Contains)
            .Select(id => RuleCatalog.Find(id) is { } rule
                ? new RuleFindings(id, byRule[id].First().Severity, rule.Summary, RuleRationale.WhyItMatters(id), [.. byRule[id]])
                : new RuleFindings(id, byRule[id].First().Severity, "", null, [.. byRule[id]]))];
}

/// <summary>Why each rule matters, from the "Why it matters" section of its documentation page (docs/rules/).</summary>
public static class RuleRationale
{
    private static readonly Lazy<Dictionary<string, string?>> ById = new(() =>
        RuleCatalog.Settable.ToDictionary(rule => rule.Id, rule => Section(RuleDocs.Find(rule.Id)), StringComparer.Ordinal));

    /// <summary>The first paragraph of the rule's "Why it matters", as plain text; null when its page has none.</summary>
    public static string? WhyItMatters(string ruleId) => ById.Value.GetValueOrDefault(ruleId);

    private static string? Section(string? page)
    {
        if (page is null)
        {
            return null;
        }

        var lines = page.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, line => line.Trim() == "## Why it matters");
        if (start < 0)
        {
            return null;
        }

        var paragraph = lines.Skip(start + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(line => !string.IsNullOrWhiteSpace(line) && !line.StartsWith('#'));
        var text = string.Join(" ", paragraph.Select(line => line.Trim())).Replace("`", "", StringComparison.Ordinal);
        return text.Length == 0 ? null : text;
    }
}
