using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports;

/// <summary>A finding as the report shows it: the engine's finding plus the title of its subject.</summary>
public sealed record FindingLine(
    string RuleId,
    Severity Severity,
    ElementKind SubjectKind,
    string SubjectId,
    string? SubjectTitle,
    string Message,
    string Suggestion,
    SourceLocation? Location)
{
    internal static FindingLine From(Finding finding, PlanGraph graph) => new(
        finding.RuleId,
        finding.Severity,
        finding.SubjectKind,
        finding.SubjectId,
        TitleOf(graph, finding.SubjectKind, finding.SubjectId),
        finding.Message,
        finding.Suggestion,
        finding.Location);

    private static string? TitleOf(PlanGraph graph, ElementKind kind, string id)
    {
        if (graph.Find(id) is not { } node || node.Kind != kind)
        {
            return null;
        }

        var plan = graph.Plan;
        return kind switch
        {
            ElementKind.Goal => plan.Goals[node.Index].Title,
            ElementKind.Objective => plan.Objectives[node.Index].Title,
            ElementKind.KeyResult => graph.KeyResult(node.Index).Title,
            ElementKind.Initiative => plan.Initiatives[node.Index].Title,
            ElementKind.Action => plan.Actions[node.Index].Title,
            ElementKind.Unit => plan.Organization.Units[node.Index].Name,
            ElementKind.Person => plan.Organization.People[node.Index].Name,
            _ => null,
        };
    }
}

/// <summary>The findings of one severity, in the engine's order (file order).</summary>
public sealed record FindingGroup(Severity Severity, IReadOnlyList<FindingLine> Findings)
{
    /// <summary>Always three groups, errors first, so the shape does not depend on what was found.</summary>
    internal static IReadOnlyList<FindingGroup> BySeverity(IReadOnlyList<FindingLine> findings) =>
        new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(severity => new FindingGroup(severity, findings.Where(f => f.Severity == severity).ToList()))
            .ToList();
}
