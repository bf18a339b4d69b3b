namespace Throughline.Core.Generation;

/// <summary>
/// What a generated plan holds, and the defects planted in it, each counted the way the rule that finds it
/// counts: a test (or a curious user) can compare them with the analysis's findings.
/// </summary>
public sealed record GenerationSummary
{
    public int People { get; init; }
    public int Executives { get; init; }
    public int Managers { get; init; }
    public int Units { get; init; }

    /// <summary>Levels of the unit tree, the root's included.</summary>
    public int UnitLevels { get; init; }

    public int Goals { get; init; }
    public int Objectives { get; init; }

    /// <summary>Key results of objectives; the vision's success measures are not counted.</summary>
    public int KeyResults { get; init; }

    public int WeeklyKeyResults { get; init; }

    /// <summary>Check-ins of all key results, the success measures' included.</summary>
    public long CheckIns { get; init; }

    public int Initiatives { get; init; }
    public int Actions { get; init; }

    /// <summary>Objectives that contribute to nothing (<c>smart/not-relevant</c>).</summary>
    public int OrphanObjectives { get; init; }

    /// <summary>Initiatives, not cancelled, with no path to a goal (<c>gap/orphan-initiative</c>).</summary>
    public int OrphanInitiatives { get; init; }

    /// <summary>Actions without an initiative and with no path to a goal (<c>gap/orphan-action</c>).</summary>
    public int OrphanActions { get; init; }

    /// <summary>All actions with no path to a goal: the orphan actions and those under orphan initiatives.</summary>
    public int ActionsWithoutLineOfSight { get; init; }

    /// <summary>Units given far more work than people and more initiatives than their limit.</summary>
    public int OverCommittedUnits { get; init; }

    /// <summary>Circles of initiatives that depend on each other (<c>dependency/cycle</c>).</summary>
    public int DependencyCycles { get; init; }

    /// <summary>Objectives titled with words that promise nothing measurable (<c>smart/not-specific</c>).</summary>
    public int VagueObjectives { get; init; }

    /// <summary>Objectives, open initiatives and open actions without an owner (<c>ownership/missing-owner</c>).</summary>
    public int MissingOwners { get; init; }

    /// <summary>Key results whose check-ins stopped well before the analysis date (<c>tracking/stale</c>).</summary>
    public int StaleKeyResults { get; init; }
}
