using Throughline.Core.Generation.Words;

namespace Throughline.Core.Generation;

/// <summary>
/// Names units the way organizations do: the company, its departments, their teams ("Inside Sales"), the
/// teams' regions ("Inside Sales Nordics"), then numbered teams below ("Inside Sales Nordics Team 3",
/// "Inside Sales Nordics Team 3.2").
/// </summary>
internal static class UnitNames
{
    public static string[] Build(string company, int[] parent, int[] level, int[] departmentOf, IReadOnlyList<Department> departments)
    {
        var names = new string[parent.Length];
        names[0] = company;
        var sibling = 0;
        for (var u = 1; u < parent.Length; u++)
        {
            sibling = parent[u] == parent[u - 1] ? sibling + 1 : 0;
            names[u] = level[u] switch
            {
                1 => departments[departmentOf[u]].Name,
                2 => Cycled(departments[departmentOf[u]].Teams, sibling),
                3 => $"{names[parent[u]]} {Cycled(People.Regions, sibling)}",
                4 => $"{names[parent[u]]} Team {sibling + 1}",
                _ => $"{names[parent[u]]}.{sibling + 1}",
            };
        }

        return names;
    }

    /// <summary>The i-th word, numbered once the list runs out: "Platform", …, "Platform 2".</summary>
    private static string Cycled(string[] words, int i) =>
        i < words.Length ? words[i] : $"{words[i % words.Length]} {(i / words.Length) + 1}";
}
