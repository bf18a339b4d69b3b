using System.Globalization;

namespace Throughline.Core.Schedule;

/// <summary>Day counts as schedule messages and reports write them.</summary>
public static class ScheduleText
{
    /// <summary><c>1 day</c>, <c>14 days</c>.</summary>
    public static string Days(int days) =>
        days.ToString(CultureInfo.InvariantCulture) + (Math.Abs(days) == 1 ? " day" : " days");
}
