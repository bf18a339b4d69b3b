using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Audit;
using Throughline.Web.Items;
using Throughline.Web.Pages.Shared;
using Throughline.Web.Storage;

namespace Throughline.Web.Pages.Org;

/// <summary>
/// The page of one item: where it stands and why, what it contributes to and what contributes to it, its
/// findings and its history; for a key result also its chart and the check-in form, which records through the
/// API's own check-in path so every roll-up above it moves at once.
/// </summary>
public sealed class ItemModel(CheckInWriter checkIns, ThroughlineDb db) : OrgPageModel
{
    /// <summary>How many audit entries the page shows, newest first.</summary>
    public const int HistoryLength = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ItemDetails Item { get; private set; } = null!;

    public IReadOnlyList<AuditEntryResponse> History { get; private set; } = [];

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Confidence { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public string? FormError { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The chart's data for the script: check-ins, plan line and forecast.</summary>
    public string ChartJson => JsonSerializer.Serialize(Item.Chart, Json);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckInAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Item.IsKeyResult || !Item.CanCheckIn)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var (checkIn, errors) = ItemForms.ReadCheckIn(Value, Confidence, Note, Today);
        if (checkIn is null)
        {
            Errors = errors;
            FormError = Errors.Keys.Any(k => k is not ("value" or "confidence" or "note")) ? string.Join(" ", Errors.Values) : null;
            return Page();
        }

        var outcome = await checkIns.RecordAsync(Access, Id, checkIn);
        if (outcome.Refusal is { } problem)
        {
            Errors = ItemForms.FieldErrors(problem) ?? Errors;
            FormError = ItemForms.ProblemText(problem);
            return Page();
        }

        Notice = Changes(outcome.Change!);
        return Redirect(ItemUrl(Id));
    }

    private async Task<bool> LoadAsync()
    {
        var (item, hidden) = await ReadAsync(view => (ItemDetails.Read(Access, view, Id), Permissions.Hidden(Access, view)));
        if (item is null)
        {
            return false;
        }

        Item = item;
        IReadOnlyList<string> kinds = item.IsKeyResult
            ? [ItemKind.KeyResult.RefKind, ItemKind.CheckIn.RefKind]
            : [ItemDetails.RefKind(item.Kind)];
        History = await AuditLog.EntriesAsync(db, Access, hidden, kinds, Id, null, 0, HistoryLength, HttpContext.RequestAborted);
        return true;
    }

    // "Checked in 92 on KR4.1: 52% → 92%, at risk → on track. O4: 49% → 69%. …", from the API's answer.
    private static string Changes(JsonObject answer)
    {
        var parts = new List<string>();
        var keyResult = answer["keyResult"]!.AsObject();
        var value = answer["checkIn"]?["value"]?.GetValue<double>();
        parts.Add($"Checked in {Ui.Number(value)} on {keyResult["id"]}: {Step(keyResult)}.");
        foreach (var ancestor in answer["ancestors"]!.AsArray())
        {
            var id = (string?)ancestor!["id"];
            parts.Add($"{(id == "vision" ? "Vision" : id)}: {Step(ancestor.AsObject())}.");
        }

        return string.Join(" ", parts);
    }

    private static string Step(JsonObject item)
    {
        var before = (double?)item["previousProgress"];
        var after = (double?)item["progress"];
        var status = (string?)item["status"];
        var previousStatus = (string?)item["previousStatus"];
        var text = $"{Ui.Percent(before)} → {Ui.Percent(after)}";
        return status == previousStatus
            ? $"{text}, {AlignmentMap.StatusWord(status).ToLowerInvariant()}"
            : $"{text}, {AlignmentMap.StatusWord(previousStatus).ToLowerInvariant()} → {AlignmentMap.StatusWord(status).ToLowerInvariant()}";
    }
}
