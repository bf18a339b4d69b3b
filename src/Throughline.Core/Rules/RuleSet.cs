namespace Throughline.Core.Rules;

/// <summary>The rule implementations, in the catalog's order.</summary>
internal static class RuleSet
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new VisionIsVague(),
        new VisionHasNoSuccessMeasure(),
        new VisionHasNoHorizon(),
        new GoalWithoutObjectives(),
        new ObjectiveWithoutKeyResults(),
        new ObjectiveWithoutWork(),
        new OrphanInitiative(),
        new OrphanAction(),
        new ObjectiveNotSpecific(),
        new ObjectiveNotMeasurable(),
        new KeyResultNotAchievable(),
        new ObjectiveNotRelevant(),
        new ObjectiveNotTimeBound(),
        new StaleKeyResult(),
        new OffTrackKeyResult(),
        new AtRiskKeyResult(),
        new LowConfidence(),
        new MissingOwner(),

        // Execution planning: capacity and ownership load.
        new OverloadedOwner(),
        new OverCommittedUnit(),
        new TooManyInitiatives(),

        // Execution planning: dependencies and schedule.
        new CircularDependency(),
        new OutOfOrderDependency(),
        new LateForObjective(),

        // Execution planning: priorities.
        new PriorityInflation(),
        new PriorityTie(),

        // Execution planning: silos and horizon.
        new IsolatedUnit(),
        new ConflictingKeyResults(),
        new GoalSingleUnit(),
        new ShortTermism(),

        // BEAT stages of change initiatives.
        new ActBeforeEngage(),
        new TransformWithoutOutcome(),
        new SkippedStage(),
    ];
}
