using Throughline.Core.Model;
using Throughline.Core.Rules;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>The writer's nodes for initiatives, actions, decision criteria and rule settings.</summary>
internal static class ExecutionNodes
{
    public static YamlMappingNode Initiative(Initiative initiative) => new NodeMap()
        .Text("id", initiative.Id)
        .Text("title", initiative.Title)
        .Text("description", initiative.Description)
        .Ids("supports", initiative.Supports)
        .Text("unit", initiative.Unit)
        .Text("owner", initiative.Owner)
        .Date("start", initiative.Start)
        .Date("end", initiative.End)
        .Number("effort", initiative.Effort)
        .Ids("depends_on", initiative.DependsOn)
        .Choice("status", initiative.Status)
        .Choice("stage", initiative.Stage)
        .Integer("priority", initiative.Priority)
        .Flag("urgent", initiative.Urgent)
        .Add("scores", initiative.Scores.Count == 0 ? null : Scores(initiative.Scores))
        .WithExtensionsOf(initiative);

    // In the dictionary's order, which is the file's order for a plan that was read.
    private static YamlMappingNode Scores(Dictionary<string, double> scores)
    {
        var mapping = new NodeMap(MappingStyle.Flow);
        foreach (var (criterion, score) in scores)
        {
            mapping.Number(criterion, score);
        }

        return mapping.Node;
    }

    /// <summary>A criterion on one line, its weight and preference left out at their defaults (1, higher).</summary>
    public static YamlMappingNode Criterion(DecisionCriterion criterion) => new NodeMap(MappingStyle.Flow)
        .Text("id", criterion.Id)
        .Text("name", criterion.Name)
        .Number("weight", criterion.Weight == 1.0 ? null : criterion.Weight)
        .Choice<CriterionPreference>("better", criterion.Better == CriterionPreference.Higher ? null : criterion.Better)
        .WithExtensionsOf(criterion);

    public static YamlMappingNode Action(PlanAction action) => new NodeMap()
        .Text("id", action.Id)
        .Text("title", action.Title)
        .Text("initiative", action.Initiative)
        .Ids("supports", action.Supports)
        .Text("owner", action.Owner)
        .Date("due", action.Due)
        .Flag("done", action.Done)
        .Number("effort", action.Effort)
        .WithExtensionsOf(action);

    /// <summary><c>rule: level</c>, or <c>rule: {severity: level, parameter: n}</c> when there are parameters.</summary>
    public static YamlMappingNode Rules(IEnumerable<RuleSetting> settings)
    {
        var rules = new NodeMap();
        foreach (var setting in settings)
        {
            var level = !setting.Enabled ? "off"
                : setting.Severity is { } severity ? EnumText<Severity>.Format(severity)
                : "on";
            if (setting.Parameters.Count == 0 && (setting.Extensions is null || setting.Extensions.Count == 0))
            {
                rules.Add(setting.RuleId, YamlWriting.Plain(level));
                continue;
            }

            var mapping = new NodeMap(MappingStyle.Flow).Text(PlanFieldNames.Severity, level == "on" ? null : level);
            foreach (var parameter in OrderedParameters(setting))
            {
                mapping.Number(parameter, setting.Parameters[parameter]);
            }

            rules.Add(setting.RuleId, mapping.WithExtensionsOf(setting));
        }

        return rules.Node;
    }

    // The catalog's order, so that the output does not depend on dictionary order.
    private static IEnumerable<string> OrderedParameters(RuleSetting setting)
    {
        var known = RuleCatalog.Find(setting.RuleId)?.Parameters.Keys ?? [];
        return known.Where(setting.Parameters.ContainsKey)
            .Concat(setting.Parameters.Keys.Where(parameter => !known.Contains(parameter)).Order(StringComparer.Ordinal));
    }
}
