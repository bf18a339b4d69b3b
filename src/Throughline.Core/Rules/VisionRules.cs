using System.Text.RegularExpressions;
using Throughline.Core.Analysis;

namespace Throughline.Core.Rules;

internal sealed partial class VisionIsVague() : Rule("vision/vague")
{
    // Superlatives and buzzwords that sound ambitious and say nothing anyone could check.
    [GeneratedRegex(
        @"\b(revolutioni[sz]e\w*|revolutionary|world[- ]class|best[- ]in[- ]class|best in the world|best|leading|leader|" +
        @"premier|cutting[- ]edge|state[- ]of[- ]the[- ]art|innovative|synerg\w*|disrupt\w*|game[- ]chang\w*|" +
        @"next[- ]generation|unparalleled|unrivall?ed|excellence|paradigm|seamless\w*|holistic|transformational|" +
        @"number one|top[- ]tier|visionary|greatest)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Buzzwords();

    public override void Evaluate(RuleContext context)
    {
        var vision = context.Plan.Vision;
        if (vision is null || string.IsNullOrWhiteSpace(vision.Statement))
        {
            return;
        }

        var words = Buzzwords().Matches(vision.Statement)
            .Select(m => m.Value.ToLowerInvariant())
            .Distinct()
            .ToList();
        var namesAQuantity = Text.NamesAQuantity(vision.Statement);
        var measured = vision.Success.Any(measure => measure.Target is not null || measure.Range is not null);
        if (words.Count == 0 || namesAQuantity || measured)
        {
            return;
        }

        context.Report(
            ElementKind.Vision,
            "vision",
            vision.LocationOf("statement"),
            $"The vision rests on {Text.List(words.Select(w => $"'{w}'"))} and names nothing that could be measured.",
            "Say what will be true, for whom, by when, in numbers (\"by 2030 half of our customers …\"), and add success measures.");
    }
}

internal sealed class VisionHasNoSuccessMeasure() : Rule("vision/no-success-measure")
{
    public override void Evaluate(RuleContext context)
    {
        var vision = context.Plan.Vision;
        if (vision is not null && vision.Success.Count > 0)
        {
            return;
        }

        context.Report(
            ElementKind.Vision,
            "vision",
            vision?.LocationOf("statement") ?? context.Plan.Location,
            vision is null
                ? "The plan states no vision, so nothing measures where the organization is heading."
                : "The vision has no success measures: nobody can tell whether it is getting closer.",
            "Add two or three measures under vision.success, each with a baseline, a target and a unit.");
    }
}

internal sealed class VisionHasNoHorizon() : Rule("vision/no-horizon")
{
    public override void Evaluate(RuleContext context)
    {
        var vision = context.Plan.Vision;
        // The horizon day itself is still within the vision's time; it has passed only the day after.
        if (vision?.Horizon is { } horizon && horizon.DayNumber >= context.AsOfDay)
        {
            return;
        }

        var message = vision is null ? "The plan states no vision and so no horizon."
            : vision.Horizon is { } passed ? $"The vision's horizon {Text.Date(passed.DayNumber)} has passed."
            : "The vision has no horizon: it says where, but not by when.";
        context.Report(
            ElementKind.Vision,
            "vision",
            vision?.LocationOf(vision.Horizon is null ? "statement" : "horizon") ?? context.Plan.Location,
            message,
            "Set vision.horizon to the date the vision should be reached, usually 3 to 10 years ahead.");
    }
}
