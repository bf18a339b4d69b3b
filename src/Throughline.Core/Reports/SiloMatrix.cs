namespace Throughline.Core.Reports;

/// <summary>
/// The department × department grid of the silo section, read from its pairs. Every format draws it when the
/// linked departments are few enough to read across; past that, each format lists the pairs instead.
/// </summary>
internal sealed class SiloMatrix
{
    public const int MaxDepartments = 12;

    private readonly Dictionary<(string, string), DepartmentPair> pairs = [];

    public SiloMatrix(SiloSection silos)
    {
        Departments = silos.Departments;
        foreach (var pair in silos.Pairs)
        {
            pairs[(pair.DepartmentId, pair.OtherDepartmentId)] = pair;
            pairs[(pair.OtherDepartmentId, pair.DepartmentId)] = pair;
        }
    }

    public IReadOnlyList<DepartmentLine> Departments { get; }

    /// <summary>True when the grid holds every pair and is narrow enough to read.</summary>
    public static bool Fits(SiloSection silos) => silos.Departments.Count <= MaxDepartments && silos.PairsNotShown == 0;

    public DepartmentPair? Pair(int row, int column) =>
        pairs.GetValueOrDefault((Departments[row].Id, Departments[column].Id));

    /// <summary>"1/2/1": shared goals, dependencies, bridge teams.</summary>
    public static string Counts(DepartmentPair pair, string separator = "/") =>
        string.Join(separator, pair.SharedGoals, pair.Dependencies, pair.BridgeTeamCount);

    /// <summary>"1 shared goal, 2 dependencies, bridge teams launch, pilots".</summary>
    public static string Describe(DepartmentPair pair)
    {
        var bridges = pair.BridgeTeamCount == 0 ? "no bridge team"
            : $"{(pair.BridgeTeamCount == 1 ? "bridge team" : "bridge teams")} {BridgeTeams(pair)}";
        return $"{Figures.Plural(pair.SharedGoals, "shared goal", "shared goals")}, " +
            $"{Figures.Plural(pair.Dependencies, "dependency", "dependencies")}, {bridges}";
    }

    /// <summary>"launch, pilots", or "t1, …, t12 and 5 more" past the names the pair keeps.</summary>
    public static string BridgeTeams(DepartmentPair pair) =>
        string.Join(", ", pair.BridgeTeams) +
        (pair.BridgeTeamCount > pair.BridgeTeams.Count ? $" and {pair.BridgeTeamCount - pair.BridgeTeams.Count} more" : "");

    /// <summary>"sales 3, ops 2".</summary>
    public static string Members(BridgeLine bridge) =>
        string.Join(", ", bridge.Departments.Select(d => $"{d.DepartmentId} {d.Members}"));
}
