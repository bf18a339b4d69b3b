using Throughline.Web.Storage;

namespace Throughline.Web.Tests.Storage;

public sealed class RowOrderTests
{
    private static readonly RowOrder<CheckInRow> CheckIns = new([nameof(CheckInRow.ParentId), nameof(CheckInRow.Ordinal)]);
    private static readonly RowOrder<GoalRow> Goals = new([nameof(GoalRow.Id)]);

    [Fact]
    public void RowsUnderAParentAreReadBackByParentThenPosition()
    {
        List<CheckInRow> read = [CheckIn("KR2", 1), CheckIn("KR10", 0), CheckIn("KR2", 0), CheckIn("KR10", 1), CheckIn("KR1", 0)];

        var ordered = CheckIns.ForPlan(read);

        Assert.Equal(["KR1:0", "KR10:0", "KR10:1", "KR2:0", "KR2:1"], ordered.Select(r => $"{r.ParentId}:{r.Ordinal}"));
    }

    [Fact]
    public void RowsUnderAParentAreWrittenInTheKeysOrderAndLeftAsGiven()
    {
        List<CheckInRow> plan = [CheckIn("KR2", 0), CheckIn("KR2", 1), CheckIn("KR10", 0)];

        var written = CheckIns.ForWriting(plan);

        Assert.Equal(["KR10:0", "KR2:0", "KR2:1"], written.Select(r => $"{r.ParentId}:{r.Ordinal}"));
        Assert.Equal(["KR2:0", "KR2:1", "KR10:0"], plan.Select(r => $"{r.ParentId}:{r.Ordinal}"));
    }

    [Fact]
    public void ItemsAreWrittenByIdAndReadBackByPosition()
    {
        List<GoalRow> plan = [Goal("G2", 0), Goal("G10", 1), Goal("G1", 2)];

        var written = Goals.ForWriting(plan);
        var read = Goals.ForPlan([.. written]);

        Assert.Equal(["G1", "G10", "G2"], written.Select(r => r.Id));
        Assert.Equal(["G2", "G10", "G1"], read.Select(r => r.Id));
    }

    [Fact]
    public void KeysCompareByParentOrdinallyThenPosition()
    {
        Assert.True(CheckIns.CompareKeys(CheckIn("KR10", 5), CheckIn("KR2", 0)) < 0);
        Assert.True(CheckIns.CompareKeys(CheckIn("KR2", 1), CheckIn("KR2", 0)) > 0);
        Assert.Equal(0, CheckIns.CompareKeys(CheckIn("KR2", 3), CheckIn("KR2", 3)));
    }

    private static CheckInRow CheckIn(string keyResult, int ordinal) => new() { ParentId = keyResult, Ordinal = ordinal };

    private static GoalRow Goal(string id, int ordinal) => new() { Id = id, Ordinal = ordinal };
}
