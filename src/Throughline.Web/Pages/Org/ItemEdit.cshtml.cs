using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Plans;
using Throughline.Web.Items;

namespace Throughline.Web.Pages.Org;

/// <summary>One field of the edit form: the plan element's key, its label, the input type and a hint.</summary>
public sealed record EditField(string Key, string Label, string Type, string? Hint = null);

/// <summary>
/// Editing a goal, objective, key result, initiative or action: the fields people change most, written through
/// the API's own <see cref="ItemWriter"/> (same checks, same messages, same audit). Only those who may edit the
/// item see the form; anyone else gets 403.
/// </summary>
public sealed class ItemEditModel(ItemWriter writer) : OrgPageModel
{
    private static readonly EditField Title = new("title", "Title", "text");
    private static readonly EditField Owner = new("owner", "Owner", "text", "The person's id in the plan, e.g. tariq.");
    private static readonly EditField Description = new("description", "Description", "textarea");

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ItemDetails Item { get; private set; } = null!;

    public IReadOnlyList<EditField> Fields { get; private set; } = [];

    /// <summary>The form's values by key: the item's own, or what was typed when the form comes back with errors.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public string? FormError { get; private set; }

    public static IReadOnlyList<EditField> FieldsOf(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Goal => [Title, Owner, new("area", "Area", "text", "The business area: product, marketing, sales, operations, people, finance, …"), new("horizon", "Horizon", "date"), Description],
        PlanItemKind.Objective => [Title, Owner, new("start", "Start", "date"), new("due", "Due date", "date"), Description],
        PlanItemKind.KeyResult => [Title, Owner, new("baseline", "Baseline", "number"), new("target", "Target", "number"), new("unit", "Unit", "text", "What the value counts, e.g. % or USD/kW.")],
        PlanItemKind.Initiative => [Title, Owner, new("start", "Start", "date"), new("end", "End", "date"), Description],
        PlanItemKind.Action => [Title, Owner, new("due", "Due date", "date")],
        _ => [],
    };

    public async Task<IActionResult> OnGetAsync()
    {
        var (refused, node) = await LoadAsync();
        if (refused is not null)
        {
            return refused;
        }

        foreach (var field in Fields)
        {
            Values[field.Key] = node![field.Key] switch
            {
                null => "",
                JsonValue value => value.ToString(),
                var other => other.ToJsonString(),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (refused, node) = await LoadAsync();
        if (refused is not null)
        {
            return refused;
        }

        foreach (var field in Fields)
        {
            var typed = Request.Form[field.Key].ToString();
            Values[field.Key] = typed;
            if (string.IsNullOrWhiteSpace(typed))
            {
                node!.Remove(field.Key);
            }
            else if (field.Type == "number")
            {
                node![field.Key] = ItemForms.TryNumber(typed, out var number) ? JsonValue.Create(number) : JsonValue.Create(typed.Trim());
            }
            else
            {
                node![field.Key] = typed.Trim();
            }
        }

        var kind = ItemKind.Identified.First(k => k.Kind == Item.Kind);
        foreach (var key in kind.NestedKeys.Append(ItemJson.ObjectiveField))
        {
            node!.Remove(key);
        }

        var read = PlanElementJson.Read(kind.Kind, node!.ToJsonString());
        if (!read.Succeeded)
        {
            Errors = ItemForms.FieldErrors(read);
            FormError = Unplaced();
            return Page();
        }

        var result = await writer.SaveAsync(HttpContext, kind, WriteMode.Update, Id, read, null, cancellationToken);
        if (ItemForms.ProblemText(result) is { } problem)
        {
            Errors = ItemForms.FieldErrors(result) ?? Errors;
            FormError = Errors.Count > 0 ? Unplaced() : problem;
            return Page();
        }

        TempData[nameof(ItemModel.Notice)] = $"Saved {Id}.";
        return Redirect(ItemUrl(Id));
    }

    // Errors about fields the form does not show go above the form.
    private string? Unplaced()
    {
        var shown = Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var others = Errors.Where(e => !shown.Contains(e.Key)).Select(e => e.Value).ToList();
        return others.Count > 0 ? string.Join(" ", others) : null;
    }

    // The item and its element as the API writes it; a status result when there is nothing to edit or the caller may not.
    private async Task<(IActionResult? Status, JsonObject? Node)> LoadAsync()
    {
        var (item, node) = await ReadAsync(view =>
        {
            var details = ItemDetails.Read(Access, view, Id);
            var found = view.Index.Find(Id);
            return (details, details is null || found is null ? null : ItemJson.Node(found.Kind, found.Element, found.Parent));
        });
        if (item is null)
        {
            return (NotFound(), null);
        }

        Item = item;
        Fields = FieldsOf(item.Kind);
        if (Fields.Count == 0 || !item.CanEdit)
        {
            return (StatusCode(StatusCodes.Status403Forbidden), null);
        }

        return (null, node);
    }
}
