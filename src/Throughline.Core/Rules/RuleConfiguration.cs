using Throughline.Core.Model;

namespace Throughline.Core.Rules;

/// <summary>Which rules run, at what severity, with which parameters: the defaults overlaid with a plan's <c>rules:</c> section.</summary>
public sealed class RuleConfiguration
{
    private readonly Dictionary<string, RuleSetting> settings;

    public RuleConfiguration(IEnumerable<RuleSetting> settings)
    {
        this.settings = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            this.settings[setting.RuleId] = setting;
        }
    }

    public static RuleConfiguration Defaults { get; } = new([]);

    public bool IsEnabled(string ruleId) => !settings.TryGetValue(ruleId, out var s) || s.Enabled;

    public Severity SeverityOf(RuleDescriptor rule) =>
        settings.TryGetValue(rule.Id, out var s) && s.Severity is { } severity ? severity : rule.DefaultSeverity;

    public double Parameter(RuleDescriptor rule, string name)
    {
        if (settings.TryGetValue(rule.Id, out var s) && s.Parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        return rule.Parameters.TryGetValue(name, out var fallback)
            ? fallback
            : throw new ArgumentException($"Rule {rule.Id} has no parameter '{name}'.", nameof(name));
    }
}
