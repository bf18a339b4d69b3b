using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>
/// An initiative or an action working directly on an objective or a key result. <see cref="State"/> is an
/// initiative's status (proposed, planned, active, done, cancelled; null when not given) or an action's
/// "open" or "done"; <see cref="Due"/> is an initiative's end or an action's due date. Actions counts the
/// actions of an initiative (0 for an action).
/// </summary>
public sealed record WorkItem(
    ElementKind Kind,
    string Id,
    string Title,
    string? Owner,
    string? State,
    DateOnly? Due,
    int Actions,
    int ActionsDone);
