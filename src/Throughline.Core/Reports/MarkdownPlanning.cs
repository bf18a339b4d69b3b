namespace Throughline.Core.Reports;

/// <summary>Markdown pieces the planning sections share.</summary>
internal static class MarkdownPlanning
{
    /// <summary>A unit in a table: indented by depth, its id in bold, then its name when it says more than the id.</summary>
    public static string Unit(int depth, string id, string name) =>
        string.Concat(Enumerable.Repeat("&nbsp;&nbsp;&nbsp;&nbsp;", depth)) + Named(id, name);

    /// <summary>"**launch** Launch team", or "**launch**" when the name is the id.</summary>
    public static string Named(string id, string name) =>
        name == id ? $"**{Markdown.Escape(id)}**" : $"**{Markdown.Escape(id)}** {Markdown.Escape(name)}";

    public static void NotShown(Markdown md, int count, string one, string many)
    {
        if (count > 0)
        {
            md.Line($"And {Figures.Plural(count, "more " + one, "more " + many)} (not shown).");
            md.Line();
        }
    }
}
