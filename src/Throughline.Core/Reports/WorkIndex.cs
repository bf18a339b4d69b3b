using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports;

/// <summary>The initiatives and actions that name each objective or key result in their <c>supports:</c>, in plan order.</summary>
internal sealed class WorkIndex
{
    private readonly Dictionary<string, List<WorkItem>> bySupported = new(StringComparer.Ordinal);

    public IReadOnlyList<WorkItem> For(string id) => bySupported.TryGetValue(id, out var items) ? items : [];

    public static WorkIndex From(Plan plan)
    {
        var index = new WorkIndex();
        var actionsOf = plan.Actions
            .Where(a => a.Initiative is not null)
            .GroupBy(a => a.Initiative!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (Total: group.Count(), Done: group.Count(a => a.Done)), StringComparer.Ordinal);

        foreach (var initiative in plan.Initiatives)
        {
            var (total, done) = actionsOf.GetValueOrDefault(initiative.Id);
            var state = initiative.Status?.ToString().ToLowerInvariant();
            var item = new WorkItem(ElementKind.Initiative, initiative.Id, initiative.Title, initiative.Owner, state, initiative.End, total, done);
            index.Add(initiative.Supports, item);
        }

        foreach (var action in plan.Actions)
        {
            var item = new WorkItem(ElementKind.Action, action.Id, action.Title, action.Owner, action.Done ? "done" : "open", action.Due, 0, 0);
            index.Add(action.Supports, item);
        }

        return index;
    }

    private void Add(List<string> supported, WorkItem item)
    {
        foreach (var id in supported.Distinct(StringComparer.Ordinal))
        {
            if (!bySupported.TryGetValue(id, out var items))
            {
                bySupported[id] = items = [];
            }

            items.Add(item);
        }
    }
}
