using System.Globalization;

namespace Throughline.Core.Reports;

/// <summary>HTML pieces the planning sections share. Plan strings are encoded here; callers pass them raw.</summary>
internal static class HtmlPlanning
{
    /// <summary>A unit in a table cell, indented by its depth in the tree.</summary>
    public static string Unit(int depth, string id, string name) =>
        $"<span class=\"indent\" style=\"padding-left:{(depth * 1.2).ToString("0.#", CultureInfo.InvariantCulture)}em\">{Named(id, name)}</span>";

    /// <summary>The id in the id style, then the name when it says more than the id.</summary>
    public static string Named(string id, string name) =>
        name == id ? $"<span class=\"id\">{Html.Encode(id)}</span>" : $"<span class=\"id\">{Html.Encode(id)}</span> {Html.Encode(name)}";

    public static void NotShown(Html html, int count, string one, string many)
    {
        if (count > 0)
        {
            html.Line($"<p class=\"more\">And {Figures.Plural(count, "more " + one, "more " + many)} (not shown).</p>");
        }
    }
}
