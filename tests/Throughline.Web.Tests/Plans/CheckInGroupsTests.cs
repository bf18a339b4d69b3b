using Throughline.Web.Plans;
using Throughline.Web.Storage;

namespace Throughline.Web.Tests.Plans;

public sealed class CheckInGroupsTests
{
    [Fact]
    public void ListTakenBeforeTheCheckInsArriveEndsUpInStoredOrder()
    {
        var groups = new CheckInGroups();
        var taken = groups.Of("KR1");

        groups.Add(Row("KR1", 2, 30));
        groups.Add(Row("KR2", 0, 5));
        groups.Add(Row("KR1", 0, 10));
        groups.Add(Row("KR1", 1, 20));
        groups.Finish();

        Assert.Equal([10.0, 20, 30], taken.Select(c => c.Value));
        Assert.Equal([5.0], groups.Of("KR2").Select(c => c.Value));
        Assert.Empty(groups.Of("KR3"));
    }

    [Fact]
    public void CheckInsOfOnePersonShareTheirName()
    {
        var groups = new CheckInGroups();

        groups.Add(Row("KR1", 0, 1, by: new string(['p', '7'])));
        groups.Add(Row("KR1", 1, 2, by: new string(['p', '7'])));
        groups.Finish();

        var checkIns = groups.Of("KR1");
        Assert.Equal("p7", checkIns[0].By);
        Assert.Same(checkIns[0].By, checkIns[1].By);
    }

    private static CheckInRow Row(string keyResult, int ordinal, double value, string? by = null) =>
        new() { ParentId = keyResult, Ordinal = ordinal, Date = new DateOnly(2026, 1, 1).AddDays(ordinal * 7), Value = value, By = by };
}
