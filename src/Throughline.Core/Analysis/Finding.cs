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
    public string Family => RuleId[..RuleId.IndexOf('/', StringComparison.Ordinal)];
}
