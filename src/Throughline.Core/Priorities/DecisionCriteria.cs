using Throughline.Core.Model;

namespace Throughline.Core.Priorities;

/// <summary>The criteria initiatives are ranked by: the plan's own, or the defaults when it declares none.</summary>
public static class DecisionCriteria
{
    public const double AlignmentWeight = 3;

    /// <summary>Used when a plan has no <c>criteria:</c> section.</summary>
    public static IReadOnlyList<DecisionCriterion> Defaults { get; } =
    [
        new() { Id = DecisionCriterion.Alignment, Name = "Alignment", Weight = AlignmentWeight },
        new() { Id = "impact", Name = "Impact", Weight = 3 },
        new() { Id = "urgency", Name = "Urgency", Weight = 2 },
        new() { Id = "effort", Name = "Effort", Weight = 1, Better = CriterionPreference.Lower },
        new() { Id = "risk", Name = "Risk", Weight = 1, Better = CriterionPreference.Lower },
    ];

    /// <summary>
    /// The plan's criteria, or the defaults when it declares none. Alignment is always among them: serving the
    /// vision is the point of the product, so a plan that lists criteria without <c>alignment</c> gets it first,
    /// with weight 3. A plan that wants it to count less declares it with its own weight.
    /// </summary>
    public static IReadOnlyList<DecisionCriterion> Of(Plan plan)
    {
        if (plan.Criteria.Count == 0)
        {
            return Defaults;
        }

        if (plan.Criteria.Exists(c => c.Id == DecisionCriterion.Alignment))
        {
            return plan.Criteria;
        }

        return [Defaults[0], .. plan.Criteria];
    }
}
