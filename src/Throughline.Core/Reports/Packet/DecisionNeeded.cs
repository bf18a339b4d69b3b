using Throughline.Core.Analysis;

namespace Throughline.Core.Reports.Packet;

/// <summary>
/// A finding that people, not the plan, must settle: the question to decide, the finding that raises it
/// (<see cref="Why"/>, its message), and the options the finding suggests. When the analysis favours one (the
/// initiative the priority ranking says should yield), it comes first and <see cref="FirstIsFavoured"/> is true.
/// </summary>
public sealed record DecisionNeeded(
    string RuleId,
    ElementKind SubjectKind,
    string SubjectId,
    string Question,
    string Why,
    IReadOnlyList<string> Options,
    bool FirstIsFavoured = false);
