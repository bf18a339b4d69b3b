using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Rules;

/// <summary>What a rule sees (the plan, its graph, the computed figures) and where it reports.</summary>
internal sealed class RuleContext(AnalysisResult result, RuleConfiguration configuration, List<Finding> findings)
{
    private RuleDescriptor current = RuleCatalog.All[0];

    public AnalysisResult Result { get; } = result;
    public PlanGraph Graph => Result.Graph;
    public Plan Plan => Result.Plan;
    public int AsOfDay => Result.AsOf.DayNumber;

    public double Parameter(string name) => configuration.Parameter(current, name);

    public void Run(Rule rule)
    {
        if (!configuration.IsEnabled(rule.Descriptor.Id))
        {
            return;
        }

        current = rule.Descriptor;
        rule.Evaluate(this);
    }

    /// <summary>Runs one part of a rule (a live analysis re-judging one element) under the rule's id and settings.</summary>
    public void Run(Rule rule, Action<RuleContext> part)
    {
        if (!configuration.IsEnabled(rule.Descriptor.Id))
        {
            return;
        }

        current = rule.Descriptor;
        part(this);
    }

    public void Report(ElementKind kind, string subjectId, SourceLocation? location, string message, string suggestion) =>
        findings.Add(new Finding(
            current.Id, configuration.SeverityOf(current), kind, subjectId, message, suggestion, location));

    public void Report(IdentifiedElement subject, ElementKind kind, string message, string suggestion, string? field = null) =>
        Report(kind, subject.Id, field is null ? subject.Location : subject.LocationOf(field), message, suggestion);
}
