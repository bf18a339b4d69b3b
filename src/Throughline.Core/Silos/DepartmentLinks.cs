using Throughline.Core.Analysis;

namespace Throughline.Core.Silos;

/// <summary>
/// Adds up, per pair of departments, the goals units of both serve, the dependencies between their
/// initiatives and the cross-functional teams that draw people from both. A root and a department under it
/// are on one line and never form a pair.
/// </summary>
internal sealed class DepartmentLinks(PlanGraph graph, UnitLines lines)
{
    private readonly Dictionary<(int, int), Tally> pairs = [];

    public void AddGoals(ServedGoals served)
    {
        var seenBy = new int[graph.UnitCount];
        var departments = new List<int>();
        for (var g = 0; g < graph.GoalCount; g++)
        {
            departments.Clear();
            foreach (var unit in served.UnitsOf[g])
            {
                var department = lines.Department[unit];
                if (seenBy[department] != g + 1)
                {
                    seenBy[department] = g + 1;
                    departments.Add(department);
                }
            }

            // Quadratic in the departments serving one goal only: an organization has tens of them, not thousands.
            for (var a = 0; a < departments.Count; a++)
            {
                for (var b = a + 1; b < departments.Count; b++)
                {
                    TallyOf(departments[a], departments[b])?.AddGoal();
                }
            }
        }
    }

    public void AddDependency(int unit, int otherUnit) =>
        TallyOf(lines.Department[unit], lines.Department[otherUnit])?.AddDependency();

    public void AddBridge(Bridge bridge, int[] departments)
    {
        for (var a = 0; a < departments.Length; a++)
        {
            for (var b = a + 1; b < departments.Length; b++)
            {
                TallyOf(departments[a], departments[b])?.BridgeTeams.Add(bridge.UnitId);
            }
        }
    }

    public List<DepartmentLink> ToList()
    {
        var units = graph.Plan.Organization.Units;
        return [.. pairs
            .OrderBy(p => p.Key.Item1)
            .ThenBy(p => p.Key.Item2)
            .Select(p => new DepartmentLink(
                units[p.Key.Item1].Id, units[p.Key.Item2].Id, p.Value.SharedGoals, p.Value.Dependencies, p.Value.BridgeTeams))];
    }

    private Tally? TallyOf(int department, int otherDepartment)
    {
        if (department == otherDepartment || lines.SameLine(department, otherDepartment))
        {
            return null;
        }

        var key = department < otherDepartment ? (department, otherDepartment) : (otherDepartment, department);
        if (!pairs.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            pairs.Add(key, tally);
        }

        return tally;
    }

    private sealed class Tally
    {
        public int SharedGoals { get; private set; }
        public int Dependencies { get; private set; }
        public List<string> BridgeTeams { get; } = [];

        public void AddGoal() => SharedGoals++;

        public void AddDependency() => Dependencies++;
    }
}
