using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;

namespace Throughline.Web.Pages.Org;

/// <summary>A choice of a filter list: its value and what the list shows (indented for units below others).</summary>
public sealed record MapOption(string Value, string Label);

/// <summary>
/// The alignment map: the cascade from the vision down to actions as a graph (drawn in the browser from the JSON
/// the page embeds) and as an outline that works without scripts. Filters are query parameters, so a filtered
/// map is a link; the page applies them at once when scripts run.
/// </summary>
public sealed class MapModel : OrgPageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<MapNode> Nodes { get; private set; } = [];

    public HashSet<string> Shown { get; private set; } = [];

    public ILookup<string, MapNode> Children { get; private set; } = Array.Empty<MapNode>().ToLookup(n => "");

    public IReadOnlyList<MapOption> Units { get; private set; } = [];

    public IReadOnlyList<MapOption> People { get; private set; } = [];

    public IReadOnlyList<MapOption> Areas { get; private set; } = [];

    public static IReadOnlyList<MapOption> Statuses { get; } =
        [.. new[] { "on-track", "at-risk", "off-track", "done", "not-started" }.Select(s => new MapOption(s, AlignmentMap.StatusWord(s)))];

    public MapFilter Filter => new(Blank(Unit), Blank(Person), Blank(Area), Blank(Status));

    /// <summary>The map as the script reads it: every node (the filters apply in the page), in the outline's order.</summary>
    public string GraphJson => JsonSerializer.Serialize(Nodes, Json);

    /// <summary>How many items (not the vision, not the groups) the filter keeps.</summary>
    public int ShownItems => Nodes.Count(n => n.Kind is not ("vision" or "group") && Shown.Contains(n.Id));

    public async Task OnGetAsync()
    {
        (Nodes, Units) = await ReadAsync(view => (AlignmentMap.Build(Access, view, ItemUrl), UnitOptions(view.Plan)));
        Shown = AlignmentMap.Shown(Nodes, Filter);
        Children = Nodes.Where(n => n.Parent is not null).ToLookup(n => n.Parent!, StringComparer.Ordinal);
        People = [.. Nodes.Where(n => n.Owner is not null).GroupBy(n => n.Owner!, StringComparer.Ordinal)
            .Select(g => new MapOption(g.Key, g.First().OwnerName ?? g.Key))
            .OrderBy(o => o.Label, StringComparer.CurrentCulture)];
        Areas = [.. Nodes.Where(n => n.Kind == "goal").SelectMany(n => n.Areas).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(a => new MapOption(a, a))];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Units in tree order, each indented under its parent.
    private static List<MapOption> UnitOptions(Plan plan)
    {
        var units = plan.Organization.Units;
        var known = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var children = units.Where(u => u.Parent is not null && known.Contains(u.Parent)).ToLookup(u => u.Parent!, StringComparer.Ordinal);
        var options = new List<MapOption>(units.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(Unit Unit, int Depth)>();
        foreach (var root in units.Where(u => u.Parent is null || !known.Contains(u.Parent)).Reverse())
        {
            stack.Push((root, 0));
        }

        while (stack.TryPop(out var entry))
        {
            if (!seen.Add(entry.Unit.Id))
            {
                continue;
            }

            options.Add(new MapOption(entry.Unit.Id, new string('\u00a0', entry.Depth * 3) + entry.Unit.Name));
            foreach (var child in children[entry.Unit.Id].Reverse())
            {
                stack.Push((child, entry.Depth + 1));
            }
        }

        return options;
    }
}
