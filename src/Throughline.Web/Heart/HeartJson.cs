using Throughline.Core.Heart;
using Throughline.Core.Reports.Packet;

namespace Throughline.Web.Heart;

/// <summary>The answers to the five questions, each 1 to 5; a question left out (null) is skipped.</summary>
public sealed record PulseRequest(int? Hope, int? Empowerment, int? Accountability, int? Results, int? Trust)
{
    public IReadOnlyList<(HeartDimension Dimension, int? Score)> Scores() =>
    [
        (HeartDimension.Hope, Hope),
        (HeartDimension.Empowerment, Empowerment),
        (HeartDimension.Accountability, Accountability),
        (HeartDimension.Results, Results),
        (HeartDimension.Trust, Trust),
    ];

    /// <summary>The JSON field of a dimension's answer.</summary>
    public static string FieldOf(HeartDimension dimension) => PulseBook.NameOf(dimension);
}

/// <summary>A pulse round: the calendar quarter <c>2026Q4</c>, from its first to its last day.</summary>
public sealed record PulseRoundResponse(string Id, string Label, DateOnly Start, DateOnly End)
{
    public static PulseRoundResponse Of(ReviewQuarter round) => new(round.ToString(), round.Label, round.Start, round.End);
}

/// <summary>Whether the caller answered the current round, and whether they may.</summary>
public sealed record PulseStatusResponse(PulseRoundResponse Round, bool Answered, bool CanAnswer);

/// <summary>One ingredient of a value: a survey part withheld for anonymity has neither value nor count.</summary>
public sealed record HeartPartResponse(string Name, double? Value, string Detail);

/// <summary>
/// One dimension of one unit: its own and rolled-up value, the rolled-up value at the end of the previous round
/// and the change; trend is up, down, same, new (unknown then, known now) or null (unknown now).
/// </summary>
public sealed record HeartDimensionResponse(
    HeartDimension Dimension, double? Own, double? Rolled, double? Previous, double? Change, string? Trend, IReadOnlyList<HeartPartResponse> Parts);

public sealed record HeartUnitResponse(
    string Id, string Name, string? Parent, int Depth, int People, double? Index, double? PreviousIndex, double? IndexChange, string? IndexTrend,
    IReadOnlyList<HeartDimensionResponse> Dimensions);

/// <summary>
/// The HEART index of every unit as of a date, with the round whose survey it uses, compared with the end of
/// the previous round (with that round's survey).
/// </summary>
public sealed record HeartResponse(
    DateOnly AsOf, PulseRoundResponse Round, PulseRoundResponse PreviousRound, int AnonymityThreshold, IReadOnlyList<HeartUnitResponse> Units);
