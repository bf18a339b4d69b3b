using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// Writes a key result's check-ins: at its cadence (weekly on the team's day, or at month or quarter ends)
/// over the year before the analysis date, from no earlier than its period's start and no later than its due
/// date; a stale one stops early. Values follow the planned pace from the baseline at the period's start, with
/// a little noise; a confidence comes with every fourth check-in and the latest, a note now and then.
/// </summary>
internal static class CheckInSeries
{
    /// <summary>A year of weekly check-ins is 53 at most; this holds any cadence.</summary>
    private const int MaxCheckIns = 64;

    private const double NoteShare = 0.02;

    /// <returns>The number of check-ins written, and the last value (the baseline when there is none).</returns>
    public static (int Count, double Last) Emit(KeyResultPlan plan, int startDay, int dueDay, DateOnly asOf, SplitMix64 random, IPlanSink sink)
    {
        var asOfDay = asOf.DayNumber;
        var first = Math.Max(startDay, asOfDay - 364);
        var lastDay = Math.Min(dueDay, asOfDay) - plan.SilentDays;
        Span<int> days = stackalloc int[MaxCheckIns];
        var count = Dates(plan.Cadence, first, lastDay - plan.Offset, lastDay, days);
        var metric = plan.Metric;
        var last = plan.Baseline;
        for (var j = 0; j < count; j++)
        {
            var day = days[j];
            double value;
            if (plan.Range is { } range)
            {
                var middle = plan.Baseline;
                var half = (range.High - range.Low) / 2;
                var along = count == 1 ? 1.0 : (double)(day - days[0]) / (days[count - 1] - days[0]);
                value = plan.Pace == Pace.OffTrack
                    ? middle + (plan.Drift * half * 1.8 * along) + (half * 0.2 * random.Noise())
                    : middle + (half * 0.5 * random.Noise());
            }
            else
            {
                var distance = plan.Target!.Value - plan.Baseline;
                var elapsed = (double)(day - startDay) / (dueDay - startDay);
                value = plan.Baseline + (distance * plan.Speed * elapsed) + (distance * 0.04 * random.Noise());
            }

            value = last = KeyResultPlan.Round(Math.Clamp(value, 0, metric.Max), metric.Decimals);
            double? confidence = (count - 1 - j) % 4 == 0 ? Confidence(plan.Pace, random) : null;
            var note = random.Chance(NoteShare) ? random.Pick(Words.Work.Notes) : null;
            sink.CheckIn(DateOnly.FromDayNumber(day), value, confidence, note);
        }

        return (count, last);
    }

    /// <summary>The check-in days in [first, last], ascending: every 7 or 14 days back from <paramref name="anchor"/>, or each month or quarter end.</summary>
    private static int Dates(Cadence cadence, int first, int anchor, int last, Span<int> days)
    {
        if (cadence is Cadence.Weekly or Cadence.Biweekly)
        {
            var step = cadence == Cadence.Weekly ? 7 : 14;
            if (anchor < first)
            {
                return 0;
            }

            var count = Math.Min(MaxCheckIns, ((anchor - first) / step) + 1);
            for (var j = 0; j < count; j++)
            {
                days[j] = anchor - (step * (count - 1 - j));
            }

            return count;
        }

        var n = 0;
        if (last < first)
        {
            return 0;
        }

        var firstDate = DateOnly.FromDayNumber(first);
        var lastDate = DateOnly.FromDayNumber(last);
        if (cadence == Cadence.Monthly)
        {
            for (var m = Calendar.MonthOf(firstDate); m <= Calendar.MonthOf(lastDate) && n < MaxCheckIns; m++)
            {
                var end = Calendar.LastDayOfMonth(m).DayNumber;
                if (end >= first && end <= last)
                {
                    days[n++] = end;
                }
            }
        }
        else
        {
            for (var q = Calendar.QuarterOf(firstDate); q <= Calendar.QuarterOf(lastDate) && n < MaxCheckIns; q++)
            {
                var end = Calendar.LastDayOfQuarter(q).DayNumber;
                if (end >= first && end <= last)
                {
                    days[n++] = end;
                }
            }
        }

        return n;
    }

    /// <summary>How sure the owner is, in steps of 0.05: those falling behind know it.</summary>
    private static double Confidence(Pace pace, SplitMix64 random)
    {
        var sure = pace switch
        {
            Pace.OnTrack => random.Between(0.7, 0.9),
            Pace.AtRisk => random.Between(0.5, 0.7),
            _ => random.Between(0.3, 0.55),
        };
        return Math.Round(sure * 20, MidpointRounding.AwayFromZero) / 20;
    }
}
