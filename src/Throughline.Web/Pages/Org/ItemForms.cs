using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Web.Pages.Org;

/// <summary>What the item pages' forms share: numbers as people type them and the words of an API problem.</summary>
public static class ItemForms
{
    /// <summary>A number typed in a form, with a comma or a point for decimals.</summary>
    public static bool TryNumber(string? text, out double value) =>
        double.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>The longest note a check-in form takes: a sentence or two, with a link to anything longer.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>
    /// Reads a check-in form (value, confidence, note) dated <paramref name="date"/> through the same reader as
    /// the API's body, so that the pages and the API say the same about a value. A confidence may also be typed
    /// as a percentage ("80%"). Returns the check-in, or the errors by field (<c>value</c>, <c>confidence</c>,
    /// <c>note</c>; anything else concerns the whole form).
    /// </summary>
    public static (CheckIn? CheckIn, Dictionary<string, string> Errors) ReadCheckIn(string? value, string? confidence, string? note, DateOnly date)
    {
        var body = new JsonObject { ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        body["value"] = TryNumber(value, out var number) ? JsonValue.Create(number) : JsonValue.Create(value ?? "");
        if (!string.IsNullOrWhiteSpace(confidence))
        {
            var typed = confidence.Trim();
            body["confidence"] = typed.EndsWith('%') && TryNumber(typed[..^1], out var percent) ? JsonValue.Create(percent / 100)
                : TryNumber(typed, out var fraction) ? JsonValue.Create(fraction)
                : JsonValue.Create(typed);
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is not null)
        {
            body["note"] = trimmed;
        }

        var read = PlanElementJson.Read(PlanItemKind.CheckIn, body.ToJsonString());
        var errors = read.Succeeded ? new Dictionary<string, string>(StringComparer.Ordinal) : FieldErrors(read);
        if (errors.TryGetValue("value", out var valueError) && string.IsNullOrWhiteSpace(value))
        {
            errors["value"] = "Enter the value you measured. " + valueError;
        }

        if (trimmed?.Length > MaxNoteLength)
        {
            errors["note"] = $"Keep the note under {MaxNoteLength} characters ({trimmed.Length} now); link to a longer write-up instead.";
        }

        return errors.Count == 0 ? ((CheckIn)read.Element!, errors) : (null, errors);
    }

    /// <summary>The errors of an API answer by field (without the <c>$.</c> of their path), or null when the answer is no validation problem.</summary>
    public static Dictionary<string, string>? FieldErrors(IResult result) =>
        result is ValidationProblem validation
            ? validation.ProblemDetails.Errors.ToDictionary(e => e.Key.StartsWith("$.", StringComparison.Ordinal) ? e.Key[2..] : e.Key, e => string.Join(" ", e.Value), StringComparer.Ordinal)
            : null;

    /// <summary>The errors of a plan element read from a form, by field.</summary>
    public static Dictionary<string, string> FieldErrors(ElementReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return read.Errors.GroupBy(e => e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Suggestion is null ? e.Message : $"{e.Message} (did you mean '{e.Suggestion}'?)")), StringComparer.Ordinal);
    }

    /// <summary>What an API problem says, in one sentence for the top of a form; null for an answer that is no problem.</summary>
    public static string? ProblemText(IResult result) => result switch
    {
        ProblemHttpResult problem => problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title,
        ValidationProblem validation => string.Join(" ", validation.ProblemDetails.Errors.SelectMany(e => e.Value)),
        _ => null,
    };
}
