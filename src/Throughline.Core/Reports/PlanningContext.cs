using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>What the four planning sections share: the analysis, the rule parameters, the unit order and the months shown.</summary>
internal sealed class PlanningContext
{
    /// <summary>A year ahead: enough to plan by, narrow enough to read; the engine looks up to 37 months ahead.</summary>
    public const int MaxMonths = 12;

    public PlanningContext(AnalysisResult result)
    {
        Result = result;
        Rules = new PlanningRules(result);
        UnitOrder = UnitTree.PreOrder(result.Graph);
        MonthsShown = Math.Min(result.Capacity.MonthCount, MaxMonths);
    }

    public AnalysisResult Result { get; }
    public PlanGraph Graph => Result.Graph;
    public PlanningRules Rules { get; }

    /// <summary>Every unit, depth first, sub-units in plan order.</summary>
    public int[] UnitOrder { get; }

    public int MonthsShown { get; }

    /// <summary>True when the unit is over capacity in the month (an index of the months shown).</summary>
    public bool IsOver(int unit, int month) =>
        Rules.IsOver(Result.Capacity.Load(unit, month), Result.Capacity.Capacity(unit, month));

    /// <summary>The unit-months over capacity among the months shown: units in <see cref="UnitOrder"/>, months in order.</summary>
    public IEnumerable<(int Unit, int Month)> OverCapacity()
    {
        var units = Graph.Plan.Organization.Units;
        foreach (var unit in UnitOrder)
        {
            if (units[unit].Capacity is null)
            {
                continue;
            }

            for (var month = 0; month < MonthsShown; month++)
            {
                if (IsOver(unit, month))
                {
                    yield return (unit, month);
                }
            }
        }
    }
}
