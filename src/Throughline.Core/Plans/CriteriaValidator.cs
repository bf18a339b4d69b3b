using Throughline.Core.Model;
using Throughline.Core.Priorities;

namespace Throughline.Core.Plans;

/// <summary>
/// Checks the decision criteria: their ids are unique among themselves (criteria have their own namespace,
/// so a criterion <c>impact</c> may share its id with a unit), and every key of an initiative's
/// <c>scores</c> names one of them. A plan that declares no criteria is ranked by the default ones
/// (<see cref="DecisionCriteria.Defaults"/>), so it may score those.
/// </summary>
internal static class CriteriaValidator
{
    public static void Validate(Plan plan, ReadContext context)
    {
        var declared = new Dictionary<string, DecisionCriterion>(StringComparer.Ordinal);
        foreach (var criterion in plan.Criteria.Where(criterion => criterion.Id.Length > 0))
        {
            if (!declared.TryAdd(criterion.Id, criterion))
            {
                context.Error(IdLocation(criterion, context),
                    $"Duplicate criterion id '{criterion.Id}': the criterion at {IdLocation(declared[criterion.Id], context)} already has it; criterion ids must be unique among the criteria, so rename or remove one of them");
            }
        }

        var usesDefaults = declared.Count == 0;
        if (usesDefaults)
        {
            foreach (var criterion in DecisionCriteria.Defaults)
            {
                declared.Add(criterion.Id, criterion);
            }
        }

        // Alignment is never scored by hand, so it is no hint for a mistyped score.
        var scorable = declared.Keys.Where(id => id != DecisionCriterion.Alignment).ToList();
        foreach (var initiative in plan.Initiatives)
        {
            var index = 0;
            foreach (var criterion in initiative.Scores.Keys)
            {
                if (!declared.ContainsKey(criterion))
                {
                    context.Error(context.EntryLocation(initiative, "scores", index),
                        $"Unknown criterion '{criterion}' in 'scores' of {Name(initiative)}; fix the id, or declare the criterion under criteria{(usesDefaults ? $" (without a criteria section, the defaults apply: {string.Join(", ", scorable)})" : "")}",
                        Suggestions.Closest(criterion, scorable));
                }

                index++;
            }
        }
    }

    private static SourceLocation IdLocation(DecisionCriterion criterion, ReadContext context) =>
        criterion.LocationOf("id") ?? context.FileStart;

    private static string Name(Initiative initiative) =>
        initiative.Id.Length > 0 ? $"initiative {initiative.Id}" : "the initiative without an id";
}
