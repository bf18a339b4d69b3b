using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;
using Throughline.Web.Items;
using Throughline.Web.Pages.Shared;

namespace Throughline.Web.Pages.Org;

/// <summary>
/// My work: what the signed-in person must do this week — check-ins due (each with its form), what they own that
/// is at risk or off track, actions due and findings on their items. A check-in goes through the same queue,
/// checks and audit as the API, so the roll-ups move at once.
/// </summary>
public sealed class InboxModel(CheckInWriter writer) : OrgPageModel
{
    public MyWorkList? Work { get; private set; }

    [BindProperty]
    public string? KeyResult { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Confidence { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Field errors of the check-in just posted, by field (<c>value</c>, <c>confidence</c>, <c>note</c>).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the check-in just posted was not recorded, when no single field is to blame.</summary>
    public string? FormError { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Work = await ReadAsync(view => MyWork.Build(Access, view, Date));

    public async Task<IActionResult> OnPostAsync()
    {
        var keyResult = KeyResult ?? "";
        var (checkIn, errors) = ItemForms.ReadCheckIn(Value, Confidence, Note, Today);
        foreach (var (field, message) in errors)
        {
            Errors[field] = message;
        }

        if (errors.Keys.Any(k => k is not ("value" or "confidence" or "note")))
        {
            FormError = string.Join(" ", errors.Values);
        }

        if (checkIn is not null)
        {
            var outcome = await writer.RecordAsync(Access, keyResult, checkIn);
            if (outcome.Refusal is null)
            {
                Notice = Describe(keyResult, checkIn, outcome.Change!);
                return Redirect(OrgUrl("inbox") + (AsOf is { } asOf ? "?asOf=" + Ui.Date(asOf) : ""));
            }

            FormError = "The check-in was not recorded: " + (ItemForms.ProblemText(outcome.Refusal) ?? "try again in a moment.");
        }

        Work = await ReadAsync(view => MyWork.Build(Access, view, Date));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Whether the form of this key result is the one just posted (it shows what was typed and its errors).</summary>
    public bool IsPosted(string keyResultId) => HttpMethods.IsPost(Request.Method) && KeyResult == keyResultId;

    public string? ErrorOf(string keyResultId, string field) => IsPosted(keyResultId) ? Errors.GetValueOrDefault(field) : null;

    // The API's answer to the check-in, in one sentence: the key result's new progress and status, and its objective's.
    private static string Describe(string keyResultId, CheckIn checkIn, JsonObject change)
    {
        var keyResult = change["keyResult"]!;
        var text = $"Checked in {Ui.Number(checkIn.Value)} on {keyResultId}: its progress is now {Percent(keyResult["progress"])} " +
            $"(was {Percent(keyResult["previousProgress"])}), {StatusLabel(keyResult["status"])}.";
        var objective = change["ancestors"]!.AsArray().FirstOrDefault(a => (string?)a!["kind"] == "objective");
        return objective is null
            ? text
            : text + $" Objective {(string?)objective["id"]} is at {Percent(objective["progress"])}, {StatusLabel(objective["status"])}.";
    }

    private static string Percent(JsonNode? node) => Ui.Percent(node?.GetValue<double>());

    private static string StatusLabel(JsonNode? node) => ((string?)node ?? "not-started").Replace('-', ' ');
}
