using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports.Packet;

/// <summary>A dated value of a chart series.</summary>
public readonly record struct ChartPoint(DateOnly Date, double Value);

/// <summary>
/// What the chart of one key result draws, as of the analysis date: the check-ins counted so far (one per day,
/// the last written of a day), the plan line from the baseline at the start to the target at the due date, and
/// the forecast, the engine's least-squares trend (docs/forecast.md) from the first check-in to its projected
/// value at the due date. A series the key result cannot have is empty.
/// </summary>
public sealed record KeyResultChart(
    KeyResultLine KeyResult,
    DateOnly? Start,
    IReadOnlyList<ChartPoint> CheckIns,
    IReadOnlyList<ChartPoint> Plan,
    IReadOnlyList<ChartPoint> Forecast)
{
    internal static KeyResultChart From(AnalysisResult result, int k, WorkIndex work)
    {
        var kr = result.Graph.KeyResult(k);
        var forecast = result.KeyResult(k);
        var line = KeyResultLine.From(result, k, work);
        DateOnly? start = forecast.StartDay == PlanGraph.NoDay ? null : DateOnly.FromDayNumber(forecast.StartDay);
        var checkIns = CheckInsAsOf(kr, result.AsOf);

        List<ChartPoint> plan = [];
        if (start is { } from && forecast.Due is { } due && kr.Target is { } target && kr.EffectiveDirection != Direction.Maintain)
        {
            plan = [new(from, result.Graph.KrBaseline[k]), new(due, target)];
        }

        // On or after the due date there is nothing left to forecast.
        List<ChartPoint> trend = [];
        if (forecast.Due is { } end && result.AsOf < end && double.IsFinite(forecast.Projected) && double.IsFinite(forecast.SlopePerDay)
            && checkIns.Count > 0)
        {
            var first = checkIns[0].Date;
            trend = [new(first, forecast.Projected - (forecast.SlopePerDay * (end.DayNumber - first.DayNumber))), new(end, forecast.Projected)];
        }

        return new KeyResultChart(line, start, checkIns, plan, trend);
    }

    /// <summary>The check-ins dated on or before the date, in date order; of several on one day, the last written.</summary>
    internal static List<ChartPoint> CheckInsAsOf(KeyResult kr, DateOnly asOf)
    {
        var points = new List<ChartPoint>(kr.CheckIns.Count);
        foreach (var checkIn in kr.CheckIns.Where(c => c.Date <= asOf).OrderBy(c => c.Date))
        {
            if (points.Count > 0 && points[^1].Date == checkIn.Date)
            {
                points[^1] = new(checkIn.Date, checkIn.Value);
            }
            else
            {
                points.Add(new(checkIn.Date, checkIn.Value));
            }
        }

        return points;
    }
}
