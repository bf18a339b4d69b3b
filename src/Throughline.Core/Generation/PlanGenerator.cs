using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// Generates a realistic organization's plan (docs/generate.md): a unit tree about six levels deep, people
/// with managers, a vision, goals, a cascade of objectives with key results and a year of check-ins,
/// initiatives with dependencies, actions, and a known share of defects for the rules to find. The same options
/// give the same plan, byte for byte. <see cref="Generate"/> holds it in memory (for tests and demos);
/// <see cref="Write"/> streams it as a plan file, for organizations too large to hold.
/// </summary>
public static class PlanGenerator
{
    // Each stage draws from its own stream, so that a change to one stage leaves the others' output alone.
    private const int OrganizationStream = 1;
    private const int PeopleStream = 2;
    private const int StrategyStream = 3;
    private const int ObjectiveStream = 4;
    private const int InitiativeStream = 5;
    private const int ActionStream = 6;

    public static Plan Generate(GeneratorOptions options) => GenerateWithSummary(options).Plan;

    public static (Plan Plan, GenerationSummary Summary) GenerateWithSummary(GeneratorOptions options)
    {
        var sink = new ModelSink();
        var summary = Run(options, sink);
        return (sink.Plan, summary);
    }

    /// <summary>Writes the plan file to <paramref name="writer"/> as it is generated, after a comment that says how to make it again.</summary>
    public static GenerationSummary Write(GeneratorOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Check(options);
        var asOf = options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.Write(
            $"# A synthetic organization: throughline generate --people {options.People} --seed {options.Seed} --as-of {asOf}\n" +
            "# The same people, seed and date give this file again, byte for byte. Its shape and planted defects: docs/generate.md\n");
        return Run(options, new YamlPlanSink(writer));
    }

    internal static GenerationSummary Run(GeneratorOptions options, IPlanSink sink)
    {
        Check(options);
        var (people, seed, asOf) = (options.People, options.Seed, options.AsOf);
        var chart = OrgChart.Build(people, SplitMix64.ForStage(seed, OrganizationStream));
        OrganizationStage.Emit(chart, sink, SplitMix64.ForStage(seed, PeopleStream));

        var strategyRandom = SplitMix64.ForStage(seed, StrategyStream);
        var objectiveTotal = ObjectiveStage.Total(people);
        var goalCount = Math.Clamp(8 + strategyRandom.Next(5), 1, Math.Max(3, objectiveTotal / 3));
        var (goals, successCheckIns) = StrategyStage.Emit(chart, goalCount, asOf, sink, strategyRandom);

        var objectives = ObjectiveStage.Emit(chart, goals, objectiveTotal, asOf, sink, SplitMix64.ForStage(seed, ObjectiveStream));
        var initiatives = InitiativeStage.Emit(chart, objectives, asOf, sink, SplitMix64.ForStage(seed, InitiativeStream));
        var actions = ActionStage.Emit(people, chart, objectives, initiatives, asOf, sink, SplitMix64.ForStage(seed, ActionStream));
        sink.Finish();

        return new GenerationSummary
        {
            People = people,
            Executives = chart.Executives,
            Managers = chart.Managers,
            Units = chart.UnitCount,
            UnitLevels = chart.LevelWidths.Length,
            Goals = goals.Count,
            Objectives = objectives.Count,
            KeyResults = objectives.KeyResults,
            WeeklyKeyResults = objectives.WeeklyKeyResults,
            CheckIns = objectives.CheckIns + successCheckIns,
            Initiatives = initiatives.Count,
            Actions = actions.Actions,
            OrphanObjectives = objectives.Orphans,
            OrphanInitiatives = initiatives.Orphans,
            OrphanActions = actions.Orphans,
            ActionsWithoutLineOfSight = actions.WithoutLineOfSight,
            OverCommittedUnits = chart.OverCommitted.Count(over => over),
            DependencyCycles = initiatives.Cycles,
            VagueObjectives = objectives.Vague,
            MissingOwners = objectives.Unowned + initiatives.Unowned + actions.Unowned,
            StaleKeyResults = objectives.Stale,
        };
    }

    private static void Check(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.People, GeneratorOptions.MinPeople, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.People, GeneratorOptions.MaxPeople, nameof(options));
    }
}
