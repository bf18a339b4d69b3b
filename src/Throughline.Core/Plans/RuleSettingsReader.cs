using Throughline.Core.Model;
using Throughline.Core.Rules;

namespace Throughline.Core.Plans;

/// <summary>
/// Reads the <c>rules:</c> section: rule id to <c>off</c>, <c>on</c>, a severity, or
/// <c>{severity: warning, parameter: number}</c>.
/// </summary>
internal static class RuleSettingsReader
{
    private static readonly string[] Levels = ["off", "on", "info", "warning", "error"];
    private const string LevelList = "off, on, info, warning or error";

    public static List<RuleSetting> Read(PlanNode node, ReadContext context)
    {
        if (!node.IsMapping)
        {
            context.Error(node,
                $"'rules' must map rule ids to settings (tracking/stale: error), but is {YamlScalars.Describe(node)}");
            return [];
        }

        var settings = new List<RuleSetting>();
        foreach (var (keyNode, value) in node.Pairs)
        {
            var ruleId = keyNode.Value;
            if (!keyNode.IsScalar)
            {
                context.Error(keyNode, $"A key in 'rules' is {YamlScalars.Describe(keyNode)}; keys must be rule ids such as tracking/stale");
            }
            else if (PlanFieldNames.IsExtension(ruleId))
            {
                // The section has no element to keep custom data on; x- keys are allowed and ignored here.
            }
            else if (RuleCatalog.Find(ruleId) is not { } rule)
            {
                context.Error(keyNode, $"Unknown rule '{ruleId}' in 'rules'; fix the rule id or remove the line",
                    Suggestions.Closest(ruleId, RuleCatalog.SettableIds));
            }
            else if (Read(rule, context.At(keyNode), value, context) is { } setting)
            {
                settings.Add(setting);
            }
        }

        return settings;
    }

    private static RuleSetting? Read(RuleDescriptor rule, SourceLocation at, PlanNode value, ReadContext context)
    {
        if (value.IsMapping)
        {
            return ReadMapping(rule, at, value, context);
        }

        var setting = new RuleSetting { RuleId = rule.Id, Location = at, FieldLocations = new() { [PlanFieldNames.Severity] = context.At(value) } };
        var level = value.Value;
        if (!value.IsScalar || YamlScalars.IsNull(value))
        {
            context.Error(value,
                $"Rule {rule.Id} is set to {YamlScalars.Describe(value)}; use {LevelList}, or a mapping such as {{severity: warning{ExampleParameter(rule)}}}");
            return null;
        }

        return ApplyLevel(setting, level, context.At(value), context) ? setting : null;
    }

    private static RuleSetting ReadMapping(RuleDescriptor rule, SourceLocation at, PlanNode value, ReadContext context)
    {
        string[] known = [PlanFieldNames.Severity, .. rule.Parameters.Keys];
        var fields = ElementFields.Open(context, value, $"setting of rule {rule.Id}", known)!;
        var setting = new RuleSetting { RuleId = rule.Id };
        if (fields.Text(PlanFieldNames.Severity) is { } level)
        {
            ApplyLevel(setting, level, fields.LocationOf(PlanFieldNames.Severity), context);
        }

        foreach (var parameter in rule.Parameters.Keys)
        {
            if (fields.Number(parameter) is { } number)
            {
                setting.Parameters[parameter] = number;
            }
        }

        fields.Finish(setting);
        setting.Location = at;
        return setting;
    }

    private static bool ApplyLevel(RuleSetting setting, string level, SourceLocation at, ReadContext context)
    {
        switch (level)
        {
            case "off":
                setting.Enabled = false;
                return true;
            case "on":
                return true;
            default:
                if (EnumText<Severity>.TryParse(level, out var severity))
                {
                    setting.Severity = severity;
                    return true;
                }

                context.Error(at, $"'{level}' is not a valid setting for rule {setting.RuleId}; use {LevelList}",
                    Suggestions.Closest(level, Levels));
                return false;
        }
    }

    private static string ExampleParameter(RuleDescriptor rule) =>
        rule.Parameters.Count == 0 ? "" : $", {rule.Parameters.Keys.First()}: {YamlScalars.FormatNumber(rule.Parameters.Values.First())}";
}
