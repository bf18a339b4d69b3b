using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Web.Pages.Shared;

/// <summary>
/// The small pieces every page draws the same way: status and severity badges (a shape and a word beside
/// the colour, so nothing is told by colour alone), progress bars and percentages.
/// </summary>
public static class Ui
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>A status badge from a status key (<c>on-track</c>, <c>at-risk</c>, <c>off-track</c>, <c>done</c>, <c>not-started</c>).</summary>
    public static IHtmlContent Status(string? key)
    {
        key ??= "not-started";
        var (icon, label) = key switch
        {
            "on-track" => ("●", "On track"),
            "at-risk" => ("▲", "At risk"),
            "off-track" => ("■", "Off track"),
            "done" => ("✓", "Done"),
            _ => ("○", "Not started"),
        };
        return new HtmlString($"<span class=\"badge status-{Encoder.Encode(key)}\"><span class=\"badge-icon\" aria-hidden=\"true\">{icon}</span>{label}</span>");
    }

    public static IHtmlContent Status(ProgressStatus status) => Status(status.Key());

    /// <summary>A severity badge from its name (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static IHtmlContent Severity(string? severity)
    {
        var key = (severity ?? "info").ToLowerInvariant();
        var (icon, label) = key switch
        {
            "error" => ("■", "Error"),
            "warning" => ("▲", "Warning"),
            _ => ("●", "Info"),
        };
        return new HtmlString($"<span class=\"badge severity-{Encoder.Encode(key)}\"><span class=\"badge-icon\" aria-hidden=\"true\">{icon}</span>{label}</span>");
    }

    public static IHtmlContent Severity(Severity severity) => Severity(severity.ToString());

    /// <summary>A progress bar with its percentage written beside it; <paramref name="fraction"/> is 0–1 (clamped for the bar only).</summary>
    public static IHtmlContent Progress(double fraction, string? label = null)
    {
        var shown = double.IsFinite(fraction) ? fraction : 0;
        var width = Math.Clamp(shown, 0, 1) * 100;
        var text = Percent(shown);
        var name = label is null ? "" : $" aria-label=\"{Encoder.Encode(label)}\"";
        return new HtmlString(
            $"<span class=\"progress\"><span class=\"progress-bar\" role=\"progressbar\"{name} aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"{Math.Round(shown * 100).ToString(CultureInfo.InvariantCulture)}\">" +
            $"<span class=\"progress-fill\" style=\"width:{width.ToString("0.#", CultureInfo.InvariantCulture)}%\"></span></span>" +
            $"<span class=\"progress-text\">{text}</span></span>");
    }

    /// <summary>A fraction as a whole percentage, "–" when unknown.</summary>
    public static string Percent(double? fraction) =>
        fraction is { } f && double.IsFinite(f) ? (f * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>A number the way people write it: no trailing zeros, at most two decimals.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "–";

    /// <summary>A date in ISO form, which every reader of a plan file already knows.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
}
