namespace Throughline.Core.Analysis;

public enum ElementKind { Plan, Vision, Unit, Person, Goal, Objective, KeyResult, Initiative, Action }

/// <summary>An element of a compiled <see cref="PlanGraph"/>: its kind and its dense index within that kind.</summary>
public readonly record struct NodeRef(ElementKind Kind, int Index);
