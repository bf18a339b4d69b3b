using Throughline.Core.Analysis;

namespace Throughline.Core.Silos;

/// <summary>Finds the cross-functional teams: units whose people come from two or more departments.</summary>
internal static class Bridges
{
    /// <summary>The bridges in plan order, each with its unit and its departments' unit indices.</summary>
    public static List<(int Unit, Bridge Bridge, int[] Departments)> Find(PlanGraph graph)
    {
        var units = graph.Plan.Organization.Units;
        var homeMembers = new int[graph.UnitCount];
        foreach (var unit in graph.PersonUnit)
        {
            if (unit >= 0)
            {
                homeMembers[unit]++;
            }
        }

        var bridges = new List<(int, Bridge, int[])>();
        var counted = new int[graph.PersonCount];
        var membersOf = new int[graph.UnitCount];
        var departments = new List<int>();
        for (var u = 0; u < graph.UnitCount; u++)
        {
            // Home members all share the unit's department: only listed members can bring in another one.
            if (units[u].Members.Count == 0)
            {
                continue;
            }

            departments.Clear();
            void Count(int department, int people)
            {
                if (membersOf[department] == 0)
                {
                    departments.Add(department);
                }

                membersOf[department] += people;
            }

            if (homeMembers[u] > 0)
            {
                Count(graph.UnitDepartment[u], homeMembers[u]);
            }

            foreach (var id in units[u].Members)
            {
                if (graph.Find(id) is not { Kind: ElementKind.Person, Index: var p })
                {
                    continue;
                }

                // A person counts once, and a member with no home unit belongs to no department.
                var home = graph.PersonUnit[p];
                if (home < 0 || home == u || counted[p] == u + 1)
                {
                    continue;
                }

                counted[p] = u + 1;
                Count(graph.UnitDepartment[home], 1);
            }

            if (departments.Count >= 2)
            {
                int[] ordered = [.. departments.OrderByDescending(d => membersOf[d]).ThenBy(d => d)];
                var shares = ordered.Select(d => new DepartmentMembers(units[d].Id, membersOf[d])).ToList();
                bridges.Add((u, new Bridge(units[u].Id, shares), ordered));
            }

            foreach (var d in departments)
            {
                membersOf[d] = 0;
            }
        }

        return bridges;
    }
}
