using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports.Packet;

/// <summary>
/// A key result that moved during the quarter: its value and progress when the quarter began (the latest
/// check-in dated before its first day, else the baseline) and as of the analysis date.
/// </summary>
public sealed record KeyResultGain(
    string Id,
    string Title,
    string? ObjectiveId,
    string? Owner,
    string? Unit,
    double? ValueAtStart,
    double ProgressAtStart,
    double? Current,
    double Progress);

/// <summary>An initiative marked done whose end date falls in the quarter.</summary>
public sealed record InitiativeWin(string Id, string Title, string? Unit, string? Owner, DateOnly? End);

/// <summary>
/// What went well in the quarter, up to the analysis date: key results done that were not done when it began,
/// initiatives completed in it, and the key results (not done) whose progress rose by at least
/// <see cref="BigGain"/> since it began, biggest gain first, at most <see cref="MaxGains"/>.
/// </summary>
public sealed record QuarterWins(
    IReadOnlyList<KeyResultGain> KeyResultsDone,
    IReadOnlyList<InitiativeWin> InitiativesDone,
    IReadOnlyList<KeyResultGain> Gains,
    int GainsNotShown)
{
    /// <summary>A rise of 20 percentage points of progress within one quarter is a win worth naming.</summary>
    public const double BigGain = 0.2;

    public const int MaxGains = 20;

    internal static QuarterWins From(AnalysisResult result, ReviewQuarter quarter)
    {
        var graph = result.Graph;
        var done = new List<KeyResultGain>();
        var gains = new List<KeyResultGain>();
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var kr = graph.KeyResult(k);
            var forecast = result.KeyResult(k);
            var before = KeyResultChart.CheckInsAsOf(kr, quarter.Start.AddDays(-1));
            double? valueAtStart = before.Count > 0 ? before[^1].Value : kr.Baseline;
            var progressAtStart = KeyResultProgress.Of(graph, k, before.Count > 0 ? before[^1].Value : graph.KrBaseline[k]);
            var objective = graph.ObjectiveOf(k);
            var gain = new KeyResultGain(
                kr.Id, kr.Title, objective?.Id, kr.Owner ?? objective?.Owner, kr.Unit, valueAtStart, progressAtStart,
                forecast.CheckInCount > 0 ? forecast.Current : kr.Baseline, forecast.Progress);
            if (forecast.Status == ProgressStatus.Done)
            {
                // A range kept is done on its due date, so it is a win of the quarter its due date falls in.
                var doneInQuarter = kr.EffectiveDirection == Direction.Maintain
                    ? forecast.Due is { } due && due >= quarter.Start && due <= quarter.End
                    : progressAtStart < 1;
                if (doneInQuarter)
                {
                    done.Add(gain);
                }
            }
            else if (kr.EffectiveDirection != Direction.Maintain && forecast.Progress - progressAtStart >= BigGain - 1e-9)
            {
                gains.Add(gain);
            }
        }

        var initiatives = result.Plan.Initiatives
            .Where(i => i.Status == InitiativeStatus.Done && i.End is { } end && end >= quarter.Start && end <= quarter.End)
            .Select(i => new InitiativeWin(i.Id, i.Title, i.Unit, i.Owner, i.End))
            .ToList();
        var biggest = gains
            .OrderByDescending(g => g.Progress - g.ProgressAtStart)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .Take(MaxGains)
            .ToList();
        return new QuarterWins(done, initiatives, biggest, gains.Count - biggest.Count);
    }
}
