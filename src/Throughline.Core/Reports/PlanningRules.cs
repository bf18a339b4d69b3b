using Throughline.Core.Analysis;
using Throughline.Core.Capacity;
using Throughline.Core.Rules;

namespace Throughline.Core.Reports;

/// <summary>
/// The rule parameters the planning sections share with the findings, taken from the configuration the analysis
/// ran with, so that a month the report marks over capacity is one the finding names.
/// </summary>
internal sealed class PlanningRules
{
    public PlanningRules(AnalysisResult result)
    {
        var rules = result.Rules;
        Tolerance = Parameter(rules, "capacity/over-committed", "tolerance");
        DefaultInitiativeLimit = Parameter(rules, "capacity/too-many-initiatives", "limit");
    }

    public double Tolerance { get; }

    public double DefaultInitiativeLimit { get; }

    /// <summary>Over capacity as <c>capacity/over-committed</c> counts it; never without a stated capacity.</summary>
    public bool IsOver(double load, double? capacity) => CapacityAnalysis.IsOver(load, capacity, Tolerance);

    private static double Parameter(RuleConfiguration rules, string ruleId, string name) =>
        rules.Parameter(RuleCatalog.Find(ruleId) ?? throw new InvalidOperationException($"The catalogue has no rule {ruleId}."), name);
}
