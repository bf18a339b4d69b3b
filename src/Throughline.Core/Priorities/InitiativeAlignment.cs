using Throughline.Core.Analysis;

namespace Throughline.Core.Priorities;

/// <summary>
/// The computed <c>alignment</c> criterion (1–5) of every initiative. 1 means no path to a goal; an initiative
/// with line of sight scores 2 + 3 × importance, where importance is that of the most important goal its line
/// of sight reaches: 1 − (rank − 1) / maxRank for a goal of <c>priority</c> rank (maxRank being the largest
/// priority among the goals), 0.5 for a goal without a priority, 1 for a success measure of the vision served
/// directly. Only the best goal matters, so a single number flows down the objective DAG parents first: linear
/// in the size of the plan.
/// </summary>
internal sealed class InitiativeAlignment
{
    private const double NoPath = -1;

    private readonly PlanGraph graph;
    private readonly double[] importance;

    // The goal (its index) or the success measure (GoalCount + its position among them) that gives the importance.
    private readonly int[] source;
    private readonly string[] goalReasons;

    private InitiativeAlignment(PlanGraph graph, double[] importance, int[] source, string[] goalReasons)
    {
        this.graph = graph;
        this.importance = importance;
        this.source = source;
        this.goalReasons = goalReasons;
    }

    /// <summary>The alignment score from 1 to 5.</summary>
    public double Value(int initiative) => importance[initiative] < 0 ? 1 : 2 + 3 * importance[initiative];

    public string Reason(int initiative)
    {
        var from = source[initiative];
        if (from < 0)
        {
            return "no path to a goal";
        }

        if (from < graph.GoalCount)
        {
            return goalReasons[from];
        }

        var measure = graph.KeyResult(graph.FirstSuccessMeasure + from - graph.GoalCount);
        return $"serves the vision's success measure {measure.Id}";
    }

    public static InitiativeAlignment Compute(AnalysisResult result)
    {
        var graph = result.Graph;
        var goals = result.Plan.Goals;
        var maxRank = Math.Max(goals.Max(g => g.Priority) ?? 1, 1);
        var goalImportance = new double[graph.GoalCount];
        var goalReasons = new string[graph.GoalCount];
        for (var g = 0; g < graph.GoalCount; g++)
        {
            // The reader accepts only ranks from 1; a plan built in code with a rank below 1 counts as rank 1.
            goalImportance[g] = goals[g].Priority is { } rank ? 1 - (Math.Max(rank, 1) - 1) / (double)maxRank : 0.5;
            goalReasons[g] = goals[g].Priority is { } p
                ? $"serves {goals[g].Id} (priority {p} of {maxRank})"
                : $"serves {goals[g].Id} (no priority)";
        }

        var objectiveImportance = new double[graph.ObjectiveCount];
        var objectiveSource = new int[graph.ObjectiveCount];
        var order = graph.ObjectivesChildrenFirst;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var o = order[i];
            var best = new Best();
            foreach (var g in graph.ObjectiveParentGoals.Of(o))
            {
                best.Consider(goalImportance[g], g);
            }

            foreach (var parent in graph.ObjectiveParentObjectives.Of(o))
            {
                best.Consider(objectiveImportance[parent], objectiveSource[parent]);
            }

            (objectiveImportance[o], objectiveSource[o]) = (best.Importance, best.Source);
        }

        var importance = new double[graph.InitiativeCount];
        var source = new int[graph.InitiativeCount];
        for (var n = 0; n < graph.InitiativeCount; n++)
        {
            var best = new Best();
            foreach (var o in graph.InitiativeObjectives.Of(n))
            {
                best.Consider(objectiveImportance[o], objectiveSource[o]);
            }

            foreach (var k in graph.InitiativeKeyResults.Of(n))
            {
                var o = graph.KrObjective[k];
                if (o < 0)
                {
                    best.Consider(1, graph.GoalCount + k - graph.FirstSuccessMeasure);
                }
                else
                {
                    best.Consider(objectiveImportance[o], objectiveSource[o]);
                }
            }

            (importance[n], source[n]) = (best.Importance, best.Source);
        }

        return new InitiativeAlignment(graph, importance, source, goalReasons);
    }

    /// <summary>
    /// The highest importance seen; among equals the lowest source, so goals win over success measures and
    /// earlier goals over later ones. That order does not depend on the path taken, so the result is the same
    /// whichever way the DAG is walked.
    /// </summary>
    private struct Best()
    {
        public double Importance { get; private set; } = NoPath;
        public int Source { get; private set; } = -1;

        public void Consider(double importance, int source)
        {
            if (importance < 0 || importance < Importance || (importance == Importance && source > Source))
            {
                return;
            }

            (Importance, Source) = (importance, source);
        }
    }
}
