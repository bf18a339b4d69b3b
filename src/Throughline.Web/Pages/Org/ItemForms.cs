using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Core.Plans;

namespace Throughline.Web.Pages.Org;

/// <summary>What the item pages' forms share: numbers as people type them and the words of an API problem.</summary>
public static class ItemForms
{
    /// <summary>A number typed in a form, with a comma or a point for decimals.</summary>
    public static bool TryNumber(string? text, out double value) =>
        double.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

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
