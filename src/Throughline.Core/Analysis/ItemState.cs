namespace Throughline.Core.Analysis;

/// <summary>Rolled-up progress (0 to 1) and status of a goal, an objective or the vision.</summary>
public readonly record struct ItemState(double Progress, ProgressStatus Status);
