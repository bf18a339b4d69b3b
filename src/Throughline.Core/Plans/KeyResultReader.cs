using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Reads one key result (of an objective, or a success measure of the vision) with its check-ins.</summary>
internal static class KeyResultReader
{
    public static KeyResult? Read(YamlNode node, ReadContext context, string noun)
    {
        if (ElementFields.Open(context, node, noun, PlanFieldNames.KeyResult) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new KeyResult
        {
            Id = fields.RequiredId(),
            Title = fields.RequiredText("title"),
            Baseline = fields.Number("baseline"),
            Target = fields.Number("target"),
            Unit = fields.Text("unit"),
            Direction = fields.Choice<Direction>("direction"),
            Range = ReadRange(fields),
            Weight = fields.Number("weight", NumberLimit.Positive),
            Cadence = fields.Choice<Cadence>("cadence"),
            Owner = fields.Text("owner"),
            Metric = ReadMetric(fields),
            CheckIns = PlanSectionsReader.Items(fields, "checkins", "check-ins",
                (item, itemContext) => ReadCheckIn(item, itemContext, fields.Subject)),
        });
    }

    // The metric is a key other key results are matched by, so stray spaces must not make two spellings.
    private static string? ReadMetric(ElementFields fields)
    {
        if (fields.Text("metric")?.Trim() is not { } metric)
        {
            return null;
        }

        if (metric.Length == 0)
        {
            fields.Error("metric",
                $"'metric' of {fields.Subject} is empty; name what is measured, such as inventory-days, or remove the field");
            return null;
        }

        return metric;
    }

    private static ValueRange? ReadRange(ElementFields fields)
    {
        if (fields.Node("range") is not { } node)
        {
            return null;
        }

        var bounds = node is YamlSequenceNode { Children.Count: 2 } sequence
            ? sequence.Children.Select(bound => bound is YamlScalarNode { Value: { } text } && YamlScalars.TryParseNumber(text, out var value) ? value : (double?)null).ToList()
            : null;
        if (bounds is not [{ } low, { } high])
        {
            fields.Error("range", $"'range' of {fields.Subject} must be two numbers, [low, high], but is {YamlScalars.Describe(node)}; write it like [95, 100]");
            return null;
        }

        if (low > high)
        {
            fields.Error("range",
                $"'range' of {fields.Subject} starts above where it ends ({YamlScalars.FormatNumber(low)} > {YamlScalars.FormatNumber(high)}); write the lower bound first");
            return null;
        }

        return new ValueRange(low, high);
    }

    /// <param name="keyResult">How messages name the key result the check-in belongs to.</param>
    public static CheckIn? ReadCheckIn(YamlNode node, ReadContext context, string keyResult)
    {
        if (ElementFields.Open(context, node, $"check-in of {keyResult}", PlanFieldNames.CheckIn) is not { } fields)
        {
            return null;
        }

        var date = fields.RequiredDate("date");
        var value = fields.Number("value");
        if (fields.Node("value") is null)
        {
            fields.Context.Missing(fields.Location, "value", $"A check-in of {keyResult} has no value; add 'value: …' with the measured number");
        }

        return fields.Finish(new CheckIn
        {
            Date = date ?? default,
            Value = value ?? 0,
            Confidence = fields.Number("confidence", NumberLimit.Fraction),
            By = fields.Text("by"),
            Note = fields.Text("note"),
        });
    }
}
