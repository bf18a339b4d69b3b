namespace Throughline.Core.Reports;

/// <summary>
/// How the units work together across the organization (docs/silos.md): per pair of departments the goals units
/// of both serve, the dependencies between their initiatives and the cross-functional teams with people from both;
/// the cross-functional teams themselves; and the units that work in a silo. Long lists are capped; the counts say
/// how many were left out.
/// </summary>
public sealed record SiloSection(
    int UnitsMapped,
    int UnitsLinked,
    IReadOnlyList<DepartmentLine> Departments,
    IReadOnlyList<DepartmentPair> Pairs,
    int PairsNotShown,
    IReadOnlyList<BridgeLine> Bridges,
    int BridgesNotShown,
    IReadOnlyList<IsolatedUnit> Isolated,
    int IsolatedNotShown);

/// <summary>A department that is linked to at least one other, in plan order.</summary>
public sealed record DepartmentLine(string Id, string Name);

/// <summary>
/// Two departments and what ties them: goals served by units of both, cross-unit dependencies between them (both
/// directions), and the cross-functional teams with people from both (<see cref="BridgeTeamCount"/> of them, the
/// first 12 named in <see cref="BridgeTeams"/>). The first department comes first in the plan.
/// </summary>
public sealed record DepartmentPair(
    string DepartmentId,
    string OtherDepartmentId,
    int SharedGoals,
    int Dependencies,
    int BridgeTeamCount,
    IReadOnlyList<string> BridgeTeams);

/// <summary>A cross-functional team, its people in all, and how many come from each department (largest share first).</summary>
public sealed record BridgeLine(string UnitId, string Name, int Members, IReadOnlyList<BridgeDepartment> Departments);

public sealed record BridgeDepartment(string DepartmentId, string Name, int Members);

/// <summary>A unit that <c>silo/isolated-unit</c> reports: it has objectives, yet shares no goal and no dependency outside its line.</summary>
public sealed record IsolatedUnit(string UnitId, string Name, string DepartmentId, IReadOnlyList<string> Goals);
