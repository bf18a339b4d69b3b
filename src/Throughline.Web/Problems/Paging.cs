namespace Throughline.Web.Problems;

/// <summary>How lists page: <c>offset</c> (from 0) and <c>limit</c> (1 to 500, 50 when absent).</summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static IResult? Check(int? offset, int? limit)
    {
        if (offset is < 0)
        {
            return ApiProblems.BadField("offset", "The offset counts from 0; it cannot be negative.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.BadField("limit", $"The limit is from 1 to {MaxLimit}; leave it out for {DefaultLimit}.");
        }

        return null;
    }

    public static (int Offset, int Limit) Resolve(int? offset, int? limit) => (offset ?? 0, limit ?? DefaultLimit);
}
