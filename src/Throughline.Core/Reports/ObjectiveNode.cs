using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>
/// An objective in the tree, under a goal or under the objective it contributes to. An objective that
/// contributes to several parents is shown in full once, where the tree first reaches it; every later
/// appearance is a repeat that names where the full entry is and carries no children, so the tree has no
/// cycles and no duplicated subtrees.
/// </summary>
public sealed record ObjectiveNode(
    string Id,
    string Title,
    string? Owner,
    DateOnly? Due,
    double Weight,
    double Progress,
    ProgressStatus Status,
    bool Repeat,
    string? FirstShownUnder,
    IReadOnlyList<KeyResultLine> KeyResults,
    IReadOnlyList<ObjectiveNode> Contributors,
    IReadOnlyList<WorkItem> Work);
