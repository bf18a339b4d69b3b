using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Throughline.Core.Findings;
using Throughline.Core.Model;
using Throughline.Core.Rules;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Messages;
using Throughline.Web.Plans;

namespace Throughline.Web.Pages.Org.Settings;

/// <summary>A rule as the rules page shows it: what it checks, its default, the plan's setting and what it finds now.</summary>
public sealed record RuleLine(RuleDescriptor Rule, RuleSetting? Setting, Severity Effective, bool Enabled, int Findings)
{
    /// <summary>The level the plan sets: off, a severity, or null for the rule's default.</summary>
    public string Level => !Enabled ? "off" : Setting?.Severity is { } severity ? severity.Name() : RulesModel.Default;

    /// <summary>Each parameter with the value in force and whether the plan set it.</summary>
    public IEnumerable<(string Name, double Value, bool Set)> Parameters =>
        Rule.Parameters.Select(p => Setting?.Parameters.TryGetValue(p.Key, out var value) == true ? (p.Key, value, true) : (p.Key, p.Value, false));
}

/// <summary>
/// Settings, rules: every rule with its default and the organization's setting from the plan's <c>rules:</c>
/// section. Admins and owners, who may import the plan file, change a rule's level; the change is written as an
/// import of the plan with only that rule's setting changed, audit entry included.
/// </summary>
public sealed class RulesModel(PlanStore store, MessageBook messages, IOptions<MessageOptions> messageOptions) : OrgPageModel
{
    public const string Default = "default";

    private static readonly string[] Levels = [Default, "off", "info", "warning", "error"];

    public IReadOnlyList<RuleLine> Rules { get; private set; } = [];

    public bool CanChange => PlansApi.MayExchange(Access);

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string? RuleId { get; set; }

    [BindProperty]
    public string? Level { get; set; }

    public string? Error { get; private set; }

    public static IReadOnlyList<string> LevelNames => Levels;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var rule = RuleId is null ? null : RuleCatalog.Find(RuleId);
        if (rule is null || Level is null || !Levels.Contains(Level, StringComparer.Ordinal))
        {
            Error = rule is null ? $"There is no rule '{RuleId}'." : $"'{Level}' is not a level; use {string.Join(", ", Levels)}.";
            await LoadAsync();
            return Page();
        }

        await store.ReviseAsync(Access.OrganizationId, plan => WithLevel(plan, rule, Level), Access.Actor, Access.UserId, cancellationToken);
        Notice = Level switch
        {
            "off" => $"{rule.Id} is switched off.",
            Default => $"{rule.Id} is back to its default, {rule.DefaultSeverity.Name()}.",
            _ => $"{rule.Id} now reports at {Level}.",
        };
        return Redirect(OrgUrl("settings/rules") + "#" + Anchor(rule.Id));
    }

    /// <summary>The id of a rule's row: <c>rule-tracking-stale</c>.</summary>
    public static string Anchor(string ruleId) => "rule-" + ruleId?.Replace('/', '-');

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// The plan with the rule at <paramref name="level"/>; its parameters stay. At its default level a rule with no
    /// parameters set leaves the <c>rules:</c> section.
    /// </summary>
    internal static Plan WithLevel(Plan plan, RuleDescriptor rule, string level)
    {
        var copy = PlanEdit.Copy(plan);
        var at = copy.Rules.FindIndex(r => r.RuleId == rule.Id);
        var parameters = at >= 0 ? copy.Rules[at].Parameters : [];
        var setting = new RuleSetting
        {
            RuleId = rule.Id,
            Enabled = level != "off",
            Severity = level is "info" or "warning" or "error" ? EnumParse(level) : null,
            Parameters = new Dictionary<string, double>(parameters),
        };
        var keep = setting.Severity is not null || !setting.Enabled || setting.Parameters.Count > 0;
        if (at >= 0 && keep)
        {
            copy.Rules[at] = setting;
        }
        else if (at >= 0)
        {
            copy.Rules.RemoveAt(at);
        }
        else if (keep)
        {
            copy.Rules.Add(setting);
        }

        return copy;
    }

    private static Severity EnumParse(string level) => Enum.Parse<Severity>(level, ignoreCase: true);

    private async Task LoadAsync()
    {
        var communication = await messages.FindingsAsync(Access, Date, HttpContext.RequestAborted);
        Rules = await ReadAsync(view => Lines(view, communication));
    }

    private List<RuleLine> Lines(OrganizationView view, List<DepartmentFinding> communication)
    {
        var settings = view.Plan.Rules.ToDictionary(r => r.RuleId, StringComparer.Ordinal);
        var hidden = Permissions.Hidden(Access, view);
        var counts = communication.CountBy(f => f.Finding.RuleId).ToDictionary(StringComparer.Ordinal);
        foreach (var finding in view.Result.Findings)
        {
            if (!Permissions.Conceals(hidden, finding))
            {
                counts[finding.RuleId] = counts.GetValueOrDefault(finding.RuleId) + 1;
            }
        }

        var configuration = new RuleConfiguration(view.Plan.Rules);
        return RuleCatalog.Settable
            .Select(rule => CommunicationFindings.WithServerDefaults(rule, messageOptions.Value))
            .Select(rule => new RuleLine(rule, settings.GetValueOrDefault(rule.Id), configuration.SeverityOf(rule), configuration.IsEnabled(rule.Id), counts.GetValueOrDefault(rule.Id)))
            .ToList();
    }
}
