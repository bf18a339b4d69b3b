using System.Globalization;
using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports;

/// <summary>How every renderer writes numbers, shares and dates: invariant culture, whole percentages, ISO dates.</summary>
internal static class Figures
{
    public const string NotApplicable = "n/a";

    /// <summary>A share from 0 to 1 as a whole percentage; halves round away from zero so 62.5% reads 63%.</summary>
    public static string Percent(double share) =>
        Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Share(double? share) => share is { } value ? Percent(value) : NotApplicable;

    /// <summary>The bar width of a share, 0 to 100, for CSS and character bars.</summary>
    public static double Width(double share) => Math.Clamp(share, 0.0, 1.0) * 100;

    public static string Number(double? value) =>
        value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "-";

    public static string Quantity(double? value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) || value is null ? Number(value) : $"{Number(value)} {unit}";

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";

    /// <summary>"2027-04", a month by its first day.</summary>
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Severity(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The heading of a group of findings: "Errors", "Warnings", "Info".</summary>
    public static string SeverityGroup(Severity severity) => severity switch
    {
        Model.Severity.Error => "Errors",
        Model.Severity.Warning => "Warnings",
        _ => "Info",
    };

    public static string Plural(int count, string one, string many) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    /// <summary>"3 errors, 1 warning, 0 info".</summary>
    public static string Counts(FindingCounts counts) =>
        $"{Plural(counts.Error, "error", "errors")}, {Plural(counts.Warning, "warning", "warnings")}, {counts.Info.ToString(CultureInfo.InvariantCulture)} info";

    /// <summary>"vision 0, gap 4, smart 1".</summary>
    public static string Families(FindingCounts counts) =>
        string.Join(", ", counts.ByFamily.Select(f => $"{f.Family} {f.Count.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// Where a key result stands, worded to read the same whichever way it moves: "now 150, target 200 units,
    /// baseline 100"; for a range, "now 98, range [95, 100] %".
    /// </summary>
    public static string Standing(KeyResultLine kr)
    {
        var unit = string.IsNullOrWhiteSpace(kr.Unit) ? "" : " " + kr.Unit;
        if (kr.Direction == Direction.Maintain)
        {
            var range = kr.Range is { } r ? $"[{Number(r.Low)}, {Number(r.High)}]" : "none";
            return $"now {Number(kr.Current)}, range {range}{unit}";
        }

        var baseline = kr.Baseline is { } b ? $", baseline {Number(b)}" : "";
        return $"now {Number(kr.Current)}, target {Number(kr.Target)}{unit}{baseline}";
    }

    /// <summary>"175 by 2026-12-31", or "-" when the check-ins give no trend.</summary>
    public static string Forecast(KeyResultLine kr) =>
        kr.Forecast is { } value ? $"{Quantity(value, kr.Unit)} by {Date(kr.Due)}" : "-";

    public static string Work(WorkItem item)
    {
        var kind = item.Kind == ElementKind.Initiative ? "initiative" : "action";
        var details = new List<string>();
        if (item.State is not null)
        {
            details.Add(item.State);
        }

        if (item.Owner is not null)
        {
            details.Add(item.Owner);
        }

        if (item.Due is not null)
        {
            details.Add((item.Kind == ElementKind.Initiative ? "ends " : "due ") + Date(item.Due));
        }

        if (item.Actions > 0)
        {
            details.Add($"{item.ActionsDone.ToString(CultureInfo.InvariantCulture)}/{Plural(item.Actions, "action", "actions")} done");
        }

        return details.Count == 0 ? $"{kind} {item.Id} {item.Title}" : $"{kind} {item.Id} {item.Title} ({string.Join(", ", details)})";
    }
}
