using System.Xml.Linq;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

public sealed partial class StratmlReader
{
    /// <summary>The descriptor name the export gives the actual result that is a key result's baseline.</summary>
    internal const string BaselineDescriptor = "baseline";

    private sealed record Result(XElement Element, DateOnly? Date, double Value, string? Note, bool IsBaseline);

    private KeyResult KeyResult(Draft draft, Objective objective)
    {
        var element = draft.Element;
        var (line, column) = element.At();
        var unit = element.Text("UnitOfMeasurement");
        var title = element.Text("MeasurementDimension") ?? unit;
        if (title is null)
        {
            title = $"Indicator {draft.Id}";
            log.Warn(line, column, $"indicator {draft.Id} has no <MeasurementDimension> or <UnitOfMeasurement>; titled '{title}'");
        }

        Unknown(element, "MeasurementDimension", "UnitOfMeasurement", "Relationship", "MeasurementInstance");
        var keyResult = new KeyResult { Id = draft.Id, Title = title, Unit = unit, Extensions = Extensions(element, draft) };
        var targets = new List<Result>();
        var actuals = new List<Result>();
        foreach (var instance in element.Children("MeasurementInstance"))
        {
            Unknown(instance, "TargetResult", "ActualResult");
            targets.AddRange(Results(instance, "TargetResult", draft.Id));
            actuals.AddRange(Results(instance, "ActualResult", draft.Id));
        }

        if (targets.Count > 0)
        {
            var target = targets.OrderBy(t => t.Date ?? DateOnly.MaxValue).Last();
            keyResult.Target = target.Value;
            foreach (var earlier in targets.Where(t => !ReferenceEquals(t, target)))
            {
                var (l, c) = earlier.Element.At();
                log.Note(l, c, $"key result {draft.Id} keeps one target, the last ({Number(target.Value)}); the target {Number(earlier.Value)} is skipped");
            }

            if (targets.Where(t => t.Date is not null).Select(t => t.Date!.Value).DefaultIfEmpty().Max() is var due && due != default
                && (objective.Due is null || due > objective.Due || objective.Due == end))
            {
                objective.Due = due;
            }
        }

        var baseline = actuals.FirstOrDefault(a => a.IsBaseline);
        foreach (var actual in actuals.Where(a => !a.IsBaseline))
        {
            if (actual.Date is not { } date)
            {
                var (l, c) = actual.Element.At();
                log.Warn(l, c, $"an actual result of {draft.Id} without a date ({Number(actual.Value)}); skipped, as a check-in needs a date");
                continue;
            }

            keyResult.CheckIns.Add(new CheckIn { Date = date, Value = actual.Value, Note = actual.Note });
        }

        keyResult.CheckIns.Sort((a, b) => a.Date.CompareTo(b.Date));
        keyResult.Baseline = baseline?.Value ?? (keyResult.CheckIns.Count > 0 ? keyResult.CheckIns[0].Value : null);
        return keyResult;
    }

    private IEnumerable<Result> Results(XElement instance, string name, string id)
    {
        foreach (var result in instance.Children(name))
        {
            Unknown(result, "StartDate", "EndDate", "NumberOfUnits", "Descriptor");
            var (line, column) = result.At();
            var text = result.Text("NumberOfUnits");
            if (text is null)
            {
                log.Warn(line, column, $"a <{name}> of {id} without <NumberOfUnits>; skipped");
                continue;
            }

            if (!StratmlDocument.TryNumber(text, out var value))
            {
                var (l, c) = result.Child("NumberOfUnits")!.At();
                log.Warn(l, c, $"the <NumberOfUnits> '{text}' of {id} is not a number; skipped");
                continue;
            }

            var date = Date(result.Child("EndDate"), "end date") ?? Date(result.Child("StartDate"), "start date");
            var descriptor = result.Child("Descriptor");
            var isBaseline = string.Equals(descriptor?.Text("DescriptorName"), BaselineDescriptor, StringComparison.OrdinalIgnoreCase);
            yield return new Result(result, date, value, result.Text("Description"), isBaseline);
        }
    }

    private static string Number(double value) => value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);
}
