using Throughline.Core.Generation.Words;
using Throughline.Core.Model;

namespace Throughline.Core.Generation;

internal sealed partial class OrgChart
{
    /// <summary>
    /// One unit per ten people; 1% executives (the heads of the root and the departments, and senior staff near
    /// the top), 10% managers (the head of every team, and a few deputies), the rest frontline, most of them in
    /// the teams at the leaves.
    /// </summary>
    public static OrgChart Build(int people, SplitMix64 random)
    {
        var widths = UnitTree.LevelWidths(Math.Max(1, (int)Math.Round(people / 10.0, MidpointRounding.AwayFromZero)));
        var units = widths.Sum();
        var departmentCount = widths.Length > 1 ? widths[1] : 0;
        var (parent, level) = Tree(widths, random);
        var childCount = ChildCounts(parent);
        var departments = ChooseDepartments(departmentCount, random);
        var departmentOf = new int[units];
        for (var u = 0; u < units; u++)
        {
            departmentOf[u] = level[u] == 0 ? -1 : level[u] == 1 ? u - 1 : departmentOf[parent[u]];
        }

        var company = $"{random.Pick(Strategy.NameStarts)} {random.Pick(Strategy.NameEnds)}";
        var executives = Math.Max((int)Math.Round(people / 100.0, MidpointRounding.AwayFromZero), 1 + departmentCount);
        var teams = units - 1 - departmentCount;
        var managers = Math.Max((int)Math.Round(people / 10.0, MidpointRounding.AwayFromZero), teams);
        var staff = Staff(level, childCount, people - units, executives - 1 - departmentCount, managers - teams, random);
        var (firstPerson, homeCount, personUnit, personLevel) = Seat(people, level, staff);
        var (ownFte, capacity) = Capacities(parent, homeCount, random);
        var (initiatives, maxInitiatives, overCommitted) = InitiativePlan.Allot(people, homeCount, childCount, random);
        return new OrgChart
        {
            CompanyName = company,
            Departments = departments,
            LevelWidths = widths,
            Parent = parent,
            Level = level,
            DepartmentOf = departmentOf,
            Name = UnitNames.Build(company, parent, level, departmentOf, departments),
            ChildCount = childCount,
            FirstPerson = firstPerson,
            HomeCount = homeCount,
            OwnFte = ownFte,
            Capacity = capacity,
            InitiativeCount = initiatives,
            MaxInitiatives = maxInitiatives,
            OverCommitted = overCommitted,
            PersonUnit = personUnit,
            PersonLevel = personLevel,
            Executives = executives,
            Managers = managers,
        };
    }

    /// <summary>People unit by unit: the head (an executive at the top two levels, a manager below), then the staff.</summary>
    private static (int[] FirstPerson, int[] HomeCount, int[] PersonUnit, PersonLevel[] PersonLevel) Seat(int people, int[] level, StaffCounts staff)
    {
        var units = level.Length;
        var (firstPerson, homeCount) = (new int[units], new int[units]);
        var (personUnit, personLevel) = (new int[people], new PersonLevel[people]);
        var p = 0;
        for (var u = 0; u < units; u++)
        {
            firstPerson[u] = p;
            homeCount[u] = 1 + staff.Executives[u] + staff.Managers[u] + staff.Frontline[u];
            var head = level[u] <= 1 ? Model.PersonLevel.Executive : Model.PersonLevel.Manager;
            foreach (var (count, rank) in new[]
            {
                (1, head),
                (staff.Executives[u], Model.PersonLevel.Executive),
                (staff.Managers[u], Model.PersonLevel.Manager),
                (staff.Frontline[u], Model.PersonLevel.Frontline),
            })
            {
                for (var i = 0; i < count; i++)
                {
                    personLevel[p] = rank;
                    personUnit[p++] = u;
                }
            }
        }

        return (firstPerson, homeCount, personUnit, personLevel);
    }

    /// <summary>
    /// A unit's own people are a little less than one FTE each (part-timers, vacancies); its stated capacity is
    /// that of its whole subtree, as docs/capacity.md asks, to the half FTE.
    /// </summary>
    private static (double[] OwnFte, double[] Capacity) Capacities(int[] parent, int[] homeCount, SplitMix64 random)
    {
        var units = parent.Length;
        var ownFte = new double[units];
        var capacity = new double[units];
        for (var u = 0; u < units; u++)
        {
            ownFte[u] = homeCount[u] * random.Between(0.9, 1.0);
            capacity[u] = ownFte[u];
        }

        // Children come after their parents, so walking backwards adds each whole subtree before its parent is reached.
        for (var u = units - 1; u > 0; u--)
        {
            capacity[parent[u]] += capacity[u];
        }

        for (var u = 0; u < units; u++)
        {
            capacity[u] = Math.Max(0.5, Math.Round(capacity[u] * 2, MidpointRounding.AwayFromZero) / 2);
        }

        return (ownFte, capacity);
    }

    /// <summary>Each level's units share out the level's units below them, unevenly as real teams do.</summary>
    private static (int[] Parent, int[] Level) Tree(int[] widths, SplitMix64 random)
    {
        var units = widths.Sum();
        var parent = new int[units];
        var level = new int[units];
        parent[0] = -1;
        var (above, next) = (0, 1);
        for (var depth = 1; depth < widths.Length; depth++)
        {
            var parents = widths[depth - 1];
            var weights = new double[parents];
            for (var i = 0; i < parents; i++)
            {
                weights[i] = random.Between(0.5, 1.5);
            }

            var counts = Spread.ByWeight(widths[depth], weights);
            for (var i = 0; i < parents; i++)
            {
                for (var c = 0; c < counts[i]; c++)
                {
                    parent[next] = above + i;
                    level[next++] = depth;
                }
            }

            above += parents;
        }

        return (parent, level);
    }

    private static int[] ChildCounts(int[] parent)
    {
        var count = new int[parent.Length];
        for (var u = 1; u < parent.Length; u++)
        {
            count[parent[u]]++;
        }

        return count;
    }

    /// <summary>The core departments every company has, then the others in a random order.</summary>
    private static Department[] ChooseDepartments(int count, SplitMix64 random)
    {
        var others = Words.Departments.All.Skip(Words.Departments.Core).ToArray();
        return [.. Words.Departments.All.Take(Words.Departments.Core).Concat(random.Shuffled(others.Length).Select(i => others[i])).Take(count)];
    }

    private sealed record StaffCounts(int[] Executives, int[] Managers, int[] Frontline);

    /// <summary>
    /// The people besides the heads: senior staff near the top (the root weighs most), deputies in the
    /// departments and teams, and the frontline, mostly in the leaf teams that do the work.
    /// </summary>
    private static StaffCounts Staff(int[] level, int[] childCount, int nonHeads, int extraExecutives, int extraManagers, SplitMix64 random)
    {
        var units = level.Length;
        var executiveWeights = new double[units];
        var managerWeights = new double[units];
        var frontlineWeights = new double[units];
        for (var u = 0; u < units; u++)
        {
            executiveWeights[u] = level[u] switch { 0 => 4, 1 => 2, 2 => 1, _ => 0 };
            managerWeights[u] = level[u] switch { 0 => 0, 1 => 3, _ => 1 };
            var share = level[u] == 0 ? 0.5 : childCount[u] == 0 ? 10 : 1.5;
            frontlineWeights[u] = share * random.Between(0.6, 1.4);
        }

        var executives = Spread.ByWeight(Math.Max(0, extraExecutives), executiveWeights);
        var managers = Spread.ByWeight(Math.Max(0, extraManagers), managerWeights);
        var frontline = Spread.ByWeight(Math.Max(0, nonHeads - Math.Max(0, extraExecutives) - Math.Max(0, extraManagers)), frontlineWeights);
        return new StaffCounts(executives, managers, frontline);
    }
}
