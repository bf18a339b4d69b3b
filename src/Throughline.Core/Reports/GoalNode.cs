using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>A goal of the tree, with the objectives that contribute to it in plan order.</summary>
public sealed record GoalNode(
    string Id,
    string Title,
    string? Owner,
    string? Area,
    int? Priority,
    DateOnly? Horizon,
    double Progress,
    ProgressStatus Status,
    IReadOnlyList<ObjectiveNode> Objectives);
