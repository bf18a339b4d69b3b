namespace Throughline.Core.Silos;

/// <summary>
/// A cross-functional team: a unit whose people (those whose home unit it is, and those listed in its
/// <c>members</c>) come from two or more departments.
/// </summary>
public sealed record Bridge(string UnitId, IReadOnlyList<DepartmentMembers> Departments);

/// <summary>How many of a team's people come from one department.</summary>
public sealed record DepartmentMembers(string DepartmentId, int Members);

/// <summary>
/// What ties two departments together: goals units of both serve, dependencies between their initiatives
/// (either way), and cross-functional teams with people from both. The first department comes first in the plan.
/// </summary>
public sealed record DepartmentLink(
    string DepartmentId,
    string OtherDepartmentId,
    int SharedGoals,
    int Dependencies,
    IReadOnlyList<string> BridgeTeams);
