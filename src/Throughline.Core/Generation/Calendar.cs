namespace Throughline.Core.Generation;

/// <summary>Months and quarters counted from year 0, so that "three quarters after this one" is an addition.</summary>
internal static class Calendar
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static int MonthOf(DateOnly date) => (date.Year * 12) + date.Month - 1;

    public static DateOnly FirstDayOfMonth(int month) => new(month / 12, (month % 12) + 1, 1);

    public static DateOnly LastDayOfMonth(int month) => FirstDayOfMonth(month + 1).AddDays(-1);

    public static int QuarterOf(DateOnly date) => (date.Year * 4) + ((date.Month - 1) / 3);

    public static DateOnly FirstDayOfQuarter(int quarter) => new(quarter / 4, ((quarter % 4) * 3) + 1, 1);

    public static DateOnly LastDayOfQuarter(int quarter) => FirstDayOfQuarter(quarter + 1).AddDays(-1);

    /// <summary>"June 2027", as objective titles name their due month.</summary>
    public static string MonthAndYear(DateOnly date) => $"{MonthNames[date.Month - 1]} {date.Year}";
}
