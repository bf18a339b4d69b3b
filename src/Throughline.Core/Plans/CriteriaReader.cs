using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Reads one decision criterion of the <c>criteria:</c> section.</summary>
internal static class CriteriaReader
{
    public static DecisionCriterion? ReadCriterion(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "criterion", PlanFieldNames.Criterion) is not { } fields)
        {
            return null;
        }

        var criterion = new DecisionCriterion
        {
            Id = fields.RequiredText("id", "add 'id: …' with an id that is unique among the criteria, such as impact"),
            Name = fields.Text("name"),
            Weight = fields.Number("weight", NumberLimit.Positive) ?? 1.0,
            Better = ReadBetter(fields) ?? CriterionPreference.Higher,
        };

        if (criterion is { Id: DecisionCriterion.Alignment, Better: CriterionPreference.Lower })
        {
            fields.Error("better",
                "Criterion alignment cannot have 'better: lower': alignment is computed from the line of sight, and more of it is always better; remove 'better' or set it to higher");
        }

        return fields.Finish(criterion);
    }

    private static CriterionPreference? ReadBetter(ElementFields fields)
    {
        if (fields.Text("better") is not { } text)
        {
            return null;
        }

        if (EnumText<CriterionPreference>.TryParse(text, out var better))
        {
            return better;
        }

        fields.Error("better", $"'better' of {fields.Subject} must be higher or lower, but is '{text}'",
            Suggestions.Closest(text, EnumText<CriterionPreference>.Names));
        return null;
    }
}
