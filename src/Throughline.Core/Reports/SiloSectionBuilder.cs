using Throughline.Core.Analysis;
using Throughline.Core.Silos;

namespace Throughline.Core.Reports;

/// <summary>Reads the silo section out of <see cref="AnalysisResult.Silos"/>.</summary>
internal static class SiloSectionBuilder
{
    public const int MaxPairs = 100;
    public const int MaxBridges = 50;
    public const int MaxIsolated = 50;
    public const int MaxBridgeTeamsNamed = 12;

    public static SiloSection Build(PlanningContext context)
    {
        var graph = context.Graph;
        var silos = context.Result.Silos;
        string Name(string unitId) => UnitTree.IndexOf(graph, unitId) is var u && u >= 0 ? UnitTree.NameOf(graph, u) : unitId;

        var pairs = silos.Departments.Take(MaxPairs)
            .Select(p => new DepartmentPair(
                p.DepartmentId, p.OtherDepartmentId, p.SharedGoals, p.Dependencies, p.BridgeTeams.Count, [.. p.BridgeTeams.Take(MaxBridgeTeamsNamed)]))
            .ToList();
        var departments = pairs
            .SelectMany(p => new[] { p.DepartmentId, p.OtherDepartmentId })
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => UnitTree.IndexOf(graph, id))
            .Select(id => new DepartmentLine(id, Name(id)))
            .ToList();
        var bridges = silos.Bridges.Take(MaxBridges)
            .Select(b => new BridgeLine(
                b.UnitId,
                Name(b.UnitId),
                b.Departments.Sum(d => d.Members),
                [.. b.Departments.Select(d => new BridgeDepartment(d.DepartmentId, Name(d.DepartmentId), d.Members))]))
            .ToList();
        var isolated = silos.Units.Where(u => u.IsIsolated).ToList();
        var linked = silos.Units.Count(u => u.SharedGoals.Count > 0 || u.DependsOn.Count > 0 || u.DependedOnBy.Count > 0);
        return new SiloSection(
            silos.Units.Count,
            linked,
            departments,
            pairs,
            silos.Departments.Count - pairs.Count,
            bridges,
            silos.Bridges.Count - bridges.Count,
            [.. isolated.Take(MaxIsolated).Select(u => new IsolatedUnit(u.UnitId, Name(u.UnitId), u.DepartmentId, u.Goals))],
            Math.Max(isolated.Count - MaxIsolated, 0));
    }
}
