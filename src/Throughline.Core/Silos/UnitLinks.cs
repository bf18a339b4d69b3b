namespace Throughline.Core.Silos;

/// <summary>
/// How one unit is tied to units outside its own line (neither itself, nor above, nor below it): the
/// goals it serves together with them, the dependencies between its initiatives and theirs, and whether
/// it is itself a cross-functional team.
/// </summary>
public sealed class UnitLinks
{
    internal UnitLinks(int index, string unitId, string departmentId) =>
        (Index, UnitId, DepartmentId) = (index, unitId, departmentId);

    public string UnitId { get; }

    /// <summary>The unit's department: its ancestor just below a root, or the unit itself at the top two levels.</summary>
    public string DepartmentId { get; }

    /// <summary>How many objectives name the unit as their <c>unit</c>.</summary>
    public int ObjectiveCount { get; internal set; }

    /// <summary>How many initiatives name the unit as their <c>unit</c>.</summary>
    public int InitiativeCount { get; internal set; }

    /// <summary>Every goal the unit's objectives serve, directly or through parent objectives, in plan order.</summary>
    public IReadOnlyList<string> Goals { get; internal set; } = [];

    /// <summary>Those of its goals that units outside its line serve too.</summary>
    public IReadOnlyList<SharedGoal> SharedGoals { get; internal set; } = [];

    /// <summary>Its initiatives' dependencies on initiatives of units outside its line.</summary>
    public IReadOnlyList<UnitDependency> DependsOn { get; internal set; } = [];

    /// <summary>Initiatives of units outside its line that depend on its initiatives.</summary>
    public IReadOnlyList<UnitDependency> DependedOnBy { get; internal set; } = [];

    /// <summary>Set when the unit draws its people from more than one department.</summary>
    public Bridge? Bridge { get; internal set; }

    /// <summary>
    /// True when the unit has objectives yet shares no goal and no dependency with any unit outside its
    /// line, while the organization has such units (what <c>silo/isolated-unit</c> reports).
    /// </summary>
    public bool IsIsolated { get; internal set; }

    /// <summary>The unit's index in the plan's list of units.</summary>
    internal int Index { get; }
}

/// <summary>A goal a unit serves together with units outside its line.</summary>
public sealed class SharedGoal
{
    private readonly Func<IReadOnlyList<string>> listOthers;
    private IReadOnlyList<string>? otherUnitIds;

    internal SharedGoal(string goalId, int otherUnitCount, Func<IReadOnlyList<string>> listOthers)
    {
        GoalId = goalId;
        OtherUnitCount = otherUnitCount;
        this.listOthers = listOthers;
    }

    public string GoalId { get; }

    public int OtherUnitCount { get; }

    /// <summary>
    /// The other units, in plan order. Listed on first use: a goal the whole organization serves would
    /// otherwise store every unit once for every unit, a cost that grows with the square of the organization.
    /// </summary>
    public IReadOnlyList<string> OtherUnitIds => otherUnitIds ??= listOthers();
}

/// <summary>
/// A dependency between an initiative of this unit and one of another unit. In <see cref="UnitLinks.DependsOn"/>
/// <see cref="InitiativeId"/> depends on <see cref="OtherInitiativeId"/>; in <see cref="UnitLinks.DependedOnBy"/>
/// <see cref="OtherInitiativeId"/> depends on <see cref="InitiativeId"/>.
/// </summary>
public sealed record UnitDependency(string InitiativeId, string OtherUnitId, string OtherInitiativeId);
