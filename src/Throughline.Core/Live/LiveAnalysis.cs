using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Rules;

namespace Throughline.Core.Live;

/// <summary>
/// One analysed plan kept current in memory: a full <see cref="Analyzer"/> run once, then each check-in
/// updates the key result's forecast, every roll-up above it, the findings it can affect and the scores,
/// in time that depends on the key result's ancestors and not on the size of the organization
/// (docs/live-analysis.md). Reading <see cref="Current"/> never recomputes anything.
/// </summary>
/// <remarks>
/// The live analysis owns its plan: a check-in is also appended to the key result's
/// <see cref="KeyResult.CheckIns"/>, so the plan stays the one record to save, and <see cref="Reanalyze"/>
/// compiles it afresh. Not safe for concurrent use: serialize check-ins, reanalyses and reads.
/// </remarks>
public sealed class LiveAnalysis
{
    private readonly RuleConfiguration rules;
    private Dictionary<string, int> keyResultIndex = null!; // Set by Start, which every constructor calls.
    private CheckInHistories histories = null!;
    private AncestorRollUp ancestors = null!;
    private CheckInFindings findings = null!;
    private int horizonDay;

    /// <summary>Analyses the plan as of the date, with the rule configuration of its <c>rules:</c> section.</summary>
    public LiveAnalysis(Plan plan, DateOnly asOf)
        : this(PlanGraphBuilder.Build(plan), asOf)
    {
    }

    /// <summary>Analyses a compiled plan as of the date; without a configuration, the plan's own <c>rules:</c> apply.</summary>
    public LiveAnalysis(PlanGraph graph, DateOnly asOf, RuleConfiguration? rules = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.rules = rules ?? new RuleConfiguration(graph.Plan.Rules);
        Start(Analyzer.Analyze(graph, asOf, this.rules));
    }

    /// <summary>
    /// The analysis with every check-in applied: forecasts, progress and status, findings (in the order a full
    /// analysis lists them), scores. The same object is updated in place by each check-in.
    /// </summary>
    public AnalysisResult Current { get; private set; } = null!; // Set by Start.

    /// <summary>
    /// The compiled plan of the last full analysis. Its structure is current; its check-in arrays are not
    /// (check-ins since are kept by the live analysis).
    /// </summary>
    public PlanGraph Graph => Current.Graph;
    public Plan Plan => Current.Plan;
    public DateOnly AsOf => Current.AsOf;

    /// <summary>Checks in a value (with an optional confidence from 0 to 1) for key result k, dated as given.</summary>
    public CheckInResult CheckIn(int keyResult, DateOnly date, double value, double? confidence = null) =>
        CheckIn(keyResult, new CheckIn { Date = date, Value = value, Confidence = confidence });

    /// <summary>Checks in a value for the key result or success measure with this id.</summary>
    /// <exception cref="KeyNotFoundException">The plan has no key result with this id.</exception>
    public CheckInResult CheckIn(string keyResultId, DateOnly date, double value, double? confidence = null) =>
        CheckIn(IndexOf(keyResultId), date, value, confidence);

    /// <summary>
    /// Records a check-in (with its author and note, if any) for key result k and brings everything it affects
    /// up to date. A check-in dated after <see cref="AsOf"/> is kept but, as in a full analysis, counts from the
    /// first reanalysis on or after its date.
    /// </summary>
    public CheckInResult CheckIn(int keyResult, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentOutOfRangeException.ThrowIfNegative(keyResult);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(keyResult, Graph.KeyResultCount);
        if (!double.IsFinite(checkIn.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(checkIn), checkIn.Value, "A check-in's value must be a finite number.");
        }

        if (checkIn.Confidence is { } confidence && !(confidence >= 0 && confidence <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(checkIn), confidence, "A check-in's confidence must be between 0 and 1.");
        }

        var result = Current;
        var k = keyResult;
        Graph.KeyResult(k).CheckIns.Add(checkIn);
        histories.Add(k, checkIn.Date.DayNumber, checkIn.Value, checkIn.Confidence ?? double.NaN);

        var previous = result.KeyResults[k];
        var forecast = Forecaster.Evaluate(Graph, k, histories.Of(k), AsOf.DayNumber, horizonDay);
        result.KeyResults[k] = forecast;

        ancestors.Run(k);
        findings.Update(k, previous, forecast, ancestors.Ancestors);
        if (result.Scores.OverallProgress != result.Vision.Progress)
        {
            result.Scores = result.Scores with { OverallProgress = result.Vision.Progress };
        }

        return new CheckInResult(k, previous, forecast, ancestors.Ancestors, findings.Added, findings.Removed);
    }

    /// <summary>
    /// Analyses the plan afresh, with every check-in recorded so far, as of a new date: for a new day, or after
    /// the plan changed in ways other than check-ins. Costs a full analysis.
    /// </summary>
    public void Reanalyze(DateOnly asOf) => Start(Analyzer.Analyze(PlanGraphBuilder.Build(Plan), asOf, rules));

    /// <summary>
    /// A separate full analysis of the plan, with every check-in so far, as of another date (a report for the
    /// end of last quarter, say); the live analysis is left as it is. Do not pass <see cref="Graph"/> to
    /// <see cref="Analyzer"/> for this: its check-in arrays are those of the last full analysis.
    /// </summary>
    public AnalysisResult AnalyzeAsOf(DateOnly asOf) => Analyzer.Analyze(PlanGraphBuilder.Build(Plan), asOf, rules);

    /// <summary>The graph index of the key result or success measure with this id.</summary>
    /// <exception cref="KeyNotFoundException">The plan has no key result with this id.</exception>
    public int IndexOf(string keyResultId) =>
        keyResultIndex.TryGetValue(keyResultId, out var k)
            ? k
            : throw new KeyNotFoundException($"The plan has no key result {keyResultId}.");

    private void Start(AnalysisResult result)
    {
        var graph = result.Graph;
        keyResultIndex = new Dictionary<string, int>(graph.KeyResultCount, StringComparer.Ordinal);
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            keyResultIndex.TryAdd(graph.KeyResult(k).Id, k);
        }

        horizonDay = graph.Plan.Vision?.Horizon?.DayNumber ?? PlanGraph.NoDay;
        histories = new CheckInHistories(graph);
        ancestors = new AncestorRollUp(result);
        findings = new CheckInFindings(result, keyResultIndex);
        result.Findings = findings.Ordered;
        result.Scores = result.Scores with { FindingsByFamily = findings.ByFamily };
        Current = result;
    }
}
