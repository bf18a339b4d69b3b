using Throughline.Core.Model;

namespace Throughline.Core.Rules;

/// <summary>What a rule is: its stable id, the family it belongs to, its default severity and a one-line summary.</summary>
public sealed record RuleDescriptor(string Id, Severity DefaultSeverity, string Summary)
{
    /// <summary>The part of the id before the slash: <c>vision</c>, <c>gap</c>, <c>smart</c>, …</summary>
    public string Family { get; } = Id[..Id.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>The parameters the rule reads from the plan's <c>rules:</c> section, with their defaults.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();
}
