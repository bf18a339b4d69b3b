using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Reads one key result (of an objective, or a success measure of the vision) with its check-ins.</summary>
internal static partial class KeyResultReader
{
    public static KeyResult? ReadKeyResult(PlanNode node, ReadContext context) => Read(node, context, "key result");

    public static KeyResult? ReadSuccessMeasure(PlanNode node, ReadContext context) => Read(node, context, "success measure");

    public static KeyResult? Read(PlanNode node, ReadContext context, string noun)
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
            CheckIns = ReadCheckIns(fields),
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

        if (!(node is { IsSequence: true, Items: [var first, var second] } && Bound(first) is { } low && Bound(second) is { } high))
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

        static double? Bound(PlanNode bound) =>
            bound.IsScalar && YamlScalars.TryParseNumber(bound.Text, out var value) ? value : null;
    }

    private static List<CheckIn> ReadCheckIns(ElementFields keyResult)
    {
        var items = keyResult.List("checkins", "check-ins");
        var checkIns = new List<CheckIn>(items.Count);
        foreach (var item in items)
        {
            if ((ReadWellFormedCheckIn(item, keyResult.Context) ?? ReadCheckIn(item, keyResult.Context, keyResult)) is { } checkIn)
            {
                checkIns.Add(checkIn);
            }
        }

        return checkIns;
    }

    /// <param name="keyResult">The key result the check-in belongs to, which messages name; null when it is not known.</param>
    public static CheckIn? ReadCheckIn(PlanNode node, ReadContext context, ElementFields? keyResult)
    {
        var fields = keyResult is null
            ? ElementFields.Open(context, node, "check-in of a key result", PlanFieldNames.CheckIn)
            : ElementFields.Open(context, node, "check-in of", PlanFieldNames.CheckIn, owner: keyResult);
        if (fields is null)
        {
            return null;
        }

        var date = fields.RequiredDate("date");
        var value = fields.Number("value");
        if (fields.Node("value") is null)
        {
            fields.Context.Missing(fields.Location, "value",
                $"A check-in of {keyResult?.Subject ?? "a key result"} has no value; add 'value: …' with the measured number");
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
