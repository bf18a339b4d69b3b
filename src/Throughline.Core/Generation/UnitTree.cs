namespace Throughline.Core.Generation;

/// <summary>
/// The shape of the unit tree: a root, its departments, then levels of teams whose widths grow by one branching
/// factor, so that the tree holds exactly the units asked for in at most <see cref="MaxLevels"/> levels (about six
/// deep at 10,000 units). Units are numbered level by level, and the children of one unit are consecutive.
/// </summary>
internal static class UnitTree
{
    public const int MaxLevels = 6;

    /// <summary>The most departments: wider than this, a company adds divisions, not departments.</summary>
    public const int MaxDepartments = 12;

    /// <summary>The branching factor the number of levels is chosen for; the real one is solved for.</summary>
    private const double TypicalBranching = 6;

    /// <summary>How many units each level holds, the root's level first.</summary>
    public static int[] LevelWidths(int units)
    {
        if (units == 1)
        {
            return [1];
        }

        var departments = Math.Clamp((int)Math.Sqrt(units), Math.Min(3, units - 1), MaxDepartments);
        var below = units - 1 - departments;
        if (below == 0)
        {
            return [1, departments];
        }

        // The fewest levels that hold the rest at the typical branching, then the branching that fills them exactly.
        var levels = 1;
        while (levels < MaxLevels - 2 && departments * GeometricSum(TypicalBranching, levels) < below)
        {
            levels++;
        }

        var (low, high) = (0.0, 1000.0);
        for (var step = 0; step < 100; step++)
        {
            var middle = (low + high) / 2;
            (low, high) = departments * GeometricSum(middle, levels) < below ? (middle, high) : (low, middle);
        }

        var widths = new List<int> { 1, departments };
        var given = 0;
        var width = (double)departments;
        for (var level = 1; level < levels; level++)
        {
            width *= high;
            var count = Math.Max(1, (int)width);
            widths.Add(count);
            given += count;
        }

        widths.Add(Math.Max(1, below - given));
        return [.. widths];
    }

    /// <summary>b + b² + … + b^levels, by multiplication only (see <see cref="SplitMix64.Noise"/> on why).</summary>
    private static double GeometricSum(double branching, int levels)
    {
        var (sum, power) = (0.0, 1.0);
        for (var level = 0; level < levels; level++)
        {
            power *= branching;
            sum += power;
        }

        return sum;
    }
}
