using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// The checks that need the whole plan: duplicate ids, references (unknown ids, wrong kinds), loops in the
/// links that must form trees, and decision criteria. <see cref="PlanReader"/> runs them after parsing; a plan
/// built or edited in memory runs them here, with the same messages.
/// </summary>
public static class PlanValidator
{
    /// <summary>
    /// Validates a plan built in code or edited in memory. Errors about elements that were read keep those
    /// elements' locations (an element read by <see cref="PlanElementJson"/> carries
    /// <see cref="PlanElementJson.BodyFileName"/>); errors about elements without locations are at line 1,
    /// column 1 of <paramref name="fileName"/>.
    /// </summary>
    public static IReadOnlyList<PlanError> Validate(Plan plan, string fileName = "plan")
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fileName);

        var context = new ReadContext(fileName);
        Validate(plan, context);
        return context.SortedErrors();
    }

    internal static void Validate(Plan plan, ReadContext context)
    {
        var index = IdIndex.Build(plan, context);
        new ReferenceValidator(index, context).Validate(plan);
        CycleValidator.Validate(plan, index, context);
        CriteriaValidator.Validate(plan, context);
    }
}
