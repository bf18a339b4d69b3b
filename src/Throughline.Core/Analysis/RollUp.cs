namespace Throughline.Core.Analysis;

/// <summary>
/// Rolls progress and status up the cascade: key result → objective → goal → vision, each parent the
/// weighted mean of what contributes to it (PLAN-FORMAT.md).
/// </summary>
internal static class RollUp
{
    public static void Run(AnalysisResult result)
    {
        var graph = result.Graph;
        foreach (var o in graph.ObjectivesChildrenFirst)
        {
            RollObjective(result, o);
        }

        for (var g = 0; g < graph.GoalCount; g++)
        {
            RollGoal(result, g);
        }

        RollVision(result);
    }

    /// <summary>Recomputes one objective from its key results and contributing objectives.</summary>
    public static void RollObjective(AnalysisResult result, int o)
    {
        var graph = result.Graph;
        var health = new Health();
        var measured = false;
        var hasWork = graph.ObjectiveDirectWork[o] > 0;
        var krs = graph.KeyResultsOf(o);
        for (var k = krs.Start.Value; k < krs.End.Value; k++)
        {
            health.Add(result.KeyResults[k], graph.KrWeight[k]);
            measured = true;
            hasWork |= graph.KrDirectWork[k] > 0;
        }

        var children = graph.ObjectiveChildren.Of(o);
        var weights = graph.ObjectiveChildren.WeightsOf(o);
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            health.Add(result.Objectives[child], weights[i]);
            measured |= result.ObjectiveMeasured[child];
            hasWork |= result.ObjectiveHasWork[child];
        }

        result.Objectives[o] = health.State;
        result.ObjectiveMeasured[o] = measured;
        result.ObjectiveHasWork[o] = hasWork;
    }

    /// <summary>Recomputes one goal from the objectives that contribute to it.</summary>
    public static void RollGoal(AnalysisResult result, int g)
    {
        var graph = result.Graph;
        var health = new Health();
        var children = graph.GoalChildren.Of(g);
        var weights = graph.GoalChildren.WeightsOf(g);
        for (var i = 0; i < children.Length; i++)
        {
            health.Add(result.Objectives[children[i]], weights[i]);
        }

        result.Goals[g] = health.State;
    }

    /// <summary>Recomputes the vision from the goals and the vision's own success measures.</summary>
    public static void RollVision(AnalysisResult result)
    {
        var graph = result.Graph;
        var vision = new Health();
        for (var g = 0; g < graph.GoalCount; g++)
        {
            vision.Add(result.Goals[g], graph.GoalWeight[g]);
        }

        for (var k = graph.FirstSuccessMeasure; k < graph.KeyResultCount; k++)
        {
            vision.Add(result.KeyResults[k], graph.KrWeight[k]);
        }

        result.Vision = vision.State;
    }

    /// <summary>
    /// Accumulates a parent: its progress is the weighted mean of its children's; its status comes from
    /// their weighted health (on track and done 1, at risk 0.5, off track 0; not started is left out).
    /// </summary>
    private struct Health
    {
        private double weightSum;
        private double progressSum;
        private double healthWeight;
        private double healthSum;
        private int children;
        private int done;
        private int notStarted;

        public void Add(ItemState child, double weight) => Add(child.Progress, child.Status, weight);

        public void Add(KeyResultForecast child, double weight) => Add(child.Progress, child.Status, weight);

        private void Add(double progress, ProgressStatus status, double weight)
        {
            children++;
            weightSum += weight;
            progressSum += weight * progress;
            switch (status)
            {
                case ProgressStatus.NotStarted:
                    notStarted++;
                    return;
                case ProgressStatus.Done:
                    done++;
                    break;
            }

            healthWeight += weight;
            healthSum += weight * status switch
            {
                ProgressStatus.AtRisk => 0.5,
                ProgressStatus.OffTrack => 0.0,
                _ => 1.0,
            };
        }

        public readonly ItemState State => new(weightSum > 0 ? progressSum / weightSum : 0.0, Status);

        private readonly ProgressStatus Status
        {
            get
            {
                if (children == 0 || notStarted == children)
                {
                    return ProgressStatus.NotStarted;
                }

                if (done == children)
                {
                    return ProgressStatus.Done;
                }

                var health = healthSum / healthWeight;
                return health >= StatusThresholds.ParentOnTrack ? ProgressStatus.OnTrack
                    : health >= StatusThresholds.ParentAtRisk ? ProgressStatus.AtRisk
                    : ProgressStatus.OffTrack;
            }
        }
    }
}
