using Throughline.Core.Capacity;

namespace Throughline.Core.Tests.Capacity;

public class MonthRangesTests
{
    private static readonly DateOnly[] Months =
        [.. Enumerable.Range(0, 8).Select(m => new DateOnly(2026, 11, 1).AddMonths(m))];

    [Fact]
    public void ConsecutiveMonthsBecomeOneRange() =>
        Assert.Equal("2026-12 to 2027-03, 2027-05", MonthRanges.Describe(Months, [1, 2, 3, 4, 6]));

    [Fact]
    public void SingleMonthsStandAlone() =>
        Assert.Equal("2026-11, 2027-01, 2027-06", MonthRanges.Describe(Months, [0, 2, 7]));
}
