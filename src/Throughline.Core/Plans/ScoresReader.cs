using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Reads an initiative's <c>scores:</c>, a mapping of criterion id to a score from 1 to 5. Whether each
/// id names a declared criterion is checked once the whole plan is read (<see cref="CriteriaValidator"/>).
/// </summary>
internal static class ScoresReader
{
    public const double Lowest = 1;
    public const double Highest = 5;

    private const string Field = "scores";
    private const string Example = "{ impact: 4, effort: 2 }";

    public static Dictionary<string, double> Read(ElementFields fields)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        switch (fields.Node(Field))
        {
            case null:
                return scores;
            case { IsMapping: true } mapping:
                foreach (var (key, value) in mapping.Pairs)
                {
                    ReadScore(fields, key, value, scores);
                }

                return scores;
            case var other:
                fields.Error(Field,
                    $"'{Field}' of {fields.Subject} must map criterion ids to scores from 1 to 5, such as {Example}, but is {YamlScalars.Describe(other)}");
                return scores;
        }
    }

    private static void ReadScore(ElementFields fields, PlanNode keyNode, PlanNode value, Dictionary<string, double> scores)
    {
        var context = fields.Context;
        if (!keyNode.IsScalar || keyNode.Text.Length == 0 || YamlScalars.IsNull(keyNode))
        {
            context.Error(keyNode,
                $"A key in '{Field}' of {fields.Subject} is {YamlScalars.Describe(keyNode)}; keys must be criterion ids such as impact");
            return;
        }

        var criterion = keyNode.Value;
        if (criterion == DecisionCriterion.Alignment)
        {
            context.Error(keyNode,
                $"{Capitalized(fields.Subject)} scores '{criterion}', but alignment is computed from the initiative's line of sight; remove it from scores");
            return;
        }

        var number = value.IsScalar && YamlScalars.TryParseNumber(value.Text, out var parsed) ? parsed : (double?)null;
        if (number is not (>= Lowest and <= Highest))
        {
            var shown = number is { } outOfRange ? YamlScalars.FormatNumber(outOfRange) : YamlScalars.Describe(value);
            context.Error(value,
                $"The score for '{criterion}' in '{Field}' of {fields.Subject} must be a number from 1 to 5, but is {shown}");
            return;
        }

        fields.RecordEntry(Field, scores.Count, context.At(keyNode));
        scores[criterion] = number.Value;
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
