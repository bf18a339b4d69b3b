using Throughline.Core.Analysis;
using Throughline.Core.Rules;

namespace Throughline.Core.Reports;

/// <summary>
/// The rule parameters the planning sections share with the findings, read from the plan's <c>rules:</c> the way
/// the analyzer reads them, so that a month the report marks over capacity is one the finding names.
/// </summary>
internal sealed class PlanningRules
{
    // The capacity rule's own margin: a load that fills capacity exactly is not over it for a rounding error.
    private const double Rounding = 1e-9;

    public PlanningRules(AnalysisResult result)
    {
        var rules = new RuleConfiguration(result.Plan.Rules);
        Tolerance = Parameter(rules, "capacity/over-committed", "tolerance");
        DefaultInitiativeLimit = Parameter(rules, "capacity/too-many-initiatives", "limit");
    }

    public double Tolerance { get; }

    public double DefaultInitiativeLimit { get; }

    /// <summary>Over capacity as <c>capacity/over-committed</c> counts it; never without a stated capacity.</summary>
    public bool IsOver(double load, double? capacity) =>
        capacity is { } available && load > (available * (1 + Tolerance)) + Rounding;

    private static double Parameter(RuleConfiguration rules, string ruleId, string name) =>
        rules.Parameter(RuleCatalog.Find(ruleId) ?? throw new InvalidOperationException($"The catalogue has no rule {ruleId}."), name);
}
