using Throughline.Core.Model;

namespace Throughline.Core.Analysis;

/// <summary>One diagnosis: a rule, its severity, the element it is about, what is wrong and what to do.</summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    ElementKind SubjectKind,
    string SubjectId,
    string Message,
    string Suggestion,
    SourceLocation? Location)
{
    /// <summary>The rule's family, the part of its id before '/': one shared string per rule, not one per call.</summary>
    public string Family => Rules.RuleCatalog.Find(RuleId)?.Family ?? RuleId[..RuleId.IndexOf('/', StringComparison.Ordinal)];
}
